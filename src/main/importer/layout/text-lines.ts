// The line model for sources that give text alone (text files, Word): the text's own lines.
import type { SourceLine } from '../../../shared/source-line'

/** Non-blank lines with their 1-based line numbers; a form feed is a page break, not text. */
export function linesFromText(text: string): SourceLine[] {
  const out: SourceLine[] = []
  text.split(/\r\n?|\n/).forEach((raw, i) => {
    const line = raw.replace(/^\ufeff/, '').replace(/\f/g, '')
    if (line.trim() !== '') out.push({ no: i + 1, text: line })
  })
  return out
}

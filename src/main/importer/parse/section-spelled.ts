// A 栏目 band set letter-spaced across the page, which pdftotext (default mode) writes a character or
// two to a line ('国 务' / '院' / '文 件'): its last line alone reads as a 栏目 ('文件', the tail every
// 栏目 name shares). The lines over it spell the rest of the name.
import { compact, isBlank, type SourceLine } from './lines'

/** Characters a line of a letter-spaced band holds at most (pdftotext writes it a character or two to a line). */
export const BAND_LINE = 2
/** Lines (blanks among them) a band's letters take at most. */
const BAND_REACH = 24

/**
 * The 栏目 the band ending on line `i` spells: the lines over it of a character or two each (blank
 * lines between), read down to it, make a name the 目录 lists (`sections`). Null when none does.
 */
export function spelledSection(lines: readonly SourceLine[], i: number, sections: ReadonlySet<string>): string | null {
  let name = compact(lines[i].text)
  for (let k = i - 1; k >= 0 && k >= i - BAND_REACH; k--) {
    if (isBlank(lines[k].text)) continue
    const c = compact(lines[k].text)
    if (c.length > BAND_LINE) break
    name = c + name
    if (sections.has(name)) return name
  }
  return null
}

/**
 * Each band that spells a 栏目 the 目录 lists written whole on its last line, its pieces' lines
 * blank (line indexes stay): the columns' reading, taking each piece for a line of one column or
 * the other, would part the letters between them (a title of '国务院文', a line of '办公厅件').
 * Text without layout only.
 */
export function joinSpelledBands(lines: readonly SourceLine[], from: number, sections: ReadonlySet<string>): SourceLine[] {
  const out = [...lines]
  if (sections.size === 0 || lines.some((l) => l.layout)) return out
  for (let i = from; i < out.length; i++) {
    const last = compact(out[i].text)
    if (last.length === 0 || last.length > BAND_LINE) continue
    const name = spelledSection(out, i, sections)
    if (name === null || name === last) continue
    // The pieces over it, down to where the name is spelled whole.
    let rest = name.slice(0, name.length - last.length)
    for (let k = i - 1; k >= from && rest.length > 0; k--) {
      const c = compact(out[k].text)
      if (c === '') continue
      rest = rest.slice(0, rest.length - c.length)
      out[k] = { ...out[k], text: '' }
    }
    out[i] = { ...out[i], text: name }
  }
  return out
}

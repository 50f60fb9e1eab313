// Quotation marks written apart from their line. Word sets “ ” ‘ ’ in a Western font, so a PDF it
// saves draws them in runs of their own; text that follows the drawing order (`pdftotext -raw`,
// converters that copy the content stream) writes them on a line of their own, and leaves a space
// where each stood in its line: '“ ”' then '兴县农村 厕所革命 实施方案'. Read as it is, the marks'
// line is taken for a 目录 section or a heading, and the title loses its quotes. Where the next
// line holds exactly as many gaps as the line has marks, each mark goes back into its gap, in order.
import { isBlank } from '../parse/lines'

/** A line of quotation marks alone, spaces between them. */
const MARKS_ALONE = /^\s*[“”‘’](?:\s*[“”‘’])*\s*$/
/** A gap a mark left: one space between two characters that are not spaces. */
const GAP = /(?<=\S) (?=\S)/g
/** A text shows the drawing order only when several of its lines are marks alone. */
const MIN_MARK_LINES = 3

/** The text with each line of quotation marks alone put back into the gaps of the line under it. */
export function restoreStrayMarks(text: string): string {
  const lines = text.split('\n')
  if (lines.filter((l) => MARKS_ALONE.test(l)).length < MIN_MARK_LINES) return text
  const out: string[] = []
  for (let i = 0; i < lines.length; i++) {
    if (!MARKS_ALONE.test(lines[i])) {
      out.push(lines[i])
      continue
    }
    const marks = lines[i].replace(/\s+/g, '')
    let next = i + 1
    while (next < lines.length && isBlank(lines[next]) && !lines[next].includes('\f')) next++
    const gaps = next < lines.length ? [...lines[next].matchAll(GAP)].length : 0
    if (gaps !== marks.length) {
      out.push(lines[i])
      continue
    }
    let k = 0
    lines[next] = lines[next].replace(GAP, () => marks[k++])
    // The blank lines between go with the marks' line.
    i = next - 1
  }
  return out.join('\n')
}

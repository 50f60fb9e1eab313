// The 版记's last line: the printing office and the 印发 date ('国务院办公厅  2019年1月26日印发'),
// set at the two ends of one line at the foot of a document's last page. The date is the day it was
// printed, never the 成文日期; the office is no signature and no running head.
import { isBlank, type SourceLine } from './lines'

export const PRINTED_ON = /^(19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$/

/** Whether the next non-blank line after `i` is a 印发 date (pdftotext gave the office its own line). */
export function beforePrintedOn(lines: readonly SourceLine[], i: number): boolean {
  for (let k = i + 1; k < lines.length && k <= i + 3; k++) {
    if (!isBlank(lines[k].text)) return PRINTED_ON.test(lines[k].text.trim())
  }
  return false
}

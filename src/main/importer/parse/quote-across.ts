// A bracketed 文号 set on a line of its own in the middle of a quoted title the text cites
// ('你省《关于恳请解决巴东县官渡口镇马鬃山村' / '（鄂政文〔2004〕15 号）' / '地质险情有关问题的请示》
// 收悉。'): pdftotext -layout put the 文号, set in another face, a little above the line it ends, and
// the quote runs on across it. A document's head never stands inside an open 《》: the 文号 is cited.
import { endsSentence, type SourceLine } from './lines'

/** Lines looked at on either side of the 文号 (blank ones between). */
const REACH = 2

/** The nearest line of text `step` away from `i` within REACH, trimmed, or ''. */
function nearText(lines: SourceLine[], i: number, step: number): string {
  for (let k = i + step; k >= 0 && k < lines.length && Math.abs(k - i) <= REACH; k += step) {
    const t = lines[k].text.trim()
    if (t) return t
  }
  return ''
}

/** The line above leaves a 《 open, and the line under the 文号 closes it before opening another. */
export function quoteAcross(lines: SourceLine[], numIdx: number): boolean {
  const above = nearText(lines, numIdx, -1)
  const open = above.lastIndexOf('《')
  if (open < 0 || above.indexOf('》', open) >= 0) return false
  const under = nearText(lines, numIdx, 1)
  const close = under.indexOf('》')
  return close >= 0 && !under.slice(0, close).includes('《')
}

/** Lines of the sentence above a 文号 looked back over for a quote it leaves open. */
const SENTENCE_REACH = 4

/**
 * The sentence right above the 文号 opens a 《 it does not close ('根据《吕梁市人民政府办公室关于印发' /
 * '吕梁市全面推行…' / '程记录制度…实施' / '（吕政办发〔2019〕23 号）'): the 文号 stands inside the cited
 * title, whose end the column reading put elsewhere. Looked back to the last line that ends a sentence
 * or a blank: a document's head never stands inside an open 《》, and its title closes what it opens.
 */
export function quoteOpenAbove(lines: SourceLine[], numIdx: number): boolean {
  let open = 0
  for (let k = numIdx - 1; k >= 0 && k >= numIdx - SENTENCE_REACH; k--) {
    const t = lines[k].text.trim()
    if (!t || endsSentence(t)) break
    open += [...t].filter((c) => c === '《').length - [...t].filter((c) => c === '》').length
  }
  return open > 0
}

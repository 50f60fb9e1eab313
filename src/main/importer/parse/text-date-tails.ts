// A date under a signature set in a narrow column wraps its last character: '二〇〇四年四月二十七'
// / '日'. pdftotext, writing three columns a few lines of each in turn, puts that '日' a few
// lines further down, among the other columns' lines. A person reads the date whole.
import { compact, type SourceLine } from './lines'

/** A date that stops after its day's number: the 日 wrapped to the next line. */
const DAY_OPEN = /^[〇零一二三四五六七八九\d]{4}年[一二三四五六七八九十\d]{1,2}月[一二三四五六七八九十\d]{1,3}$/
/** How far down the wrapped 日 may stand: a few lines of each other column. */
const REACH = 12

/**
 * Each date line that lacks its 日, with the 日 found alone on a line below it put back; that line
 * becomes blank, so line indexes stay. Text without layout only.
 */
export function joinDateTails(lines: readonly SourceLine[], from = 0): SourceLine[] {
  const out = [...lines]
  if (lines.some((l) => l.layout)) return out
  for (let i = from; i < out.length; i++) {
    if (!DAY_OPEN.test(compact(out[i].text))) continue
    for (let k = i + 1; k < out.length && k <= i + REACH; k++) {
      if (compact(out[k].text) !== '日') continue
      out[i] = { ...out[i], text: `${out[i].text.trimEnd()}日` }
      out[k] = { ...out[k], text: '' }
      break
    }
  }
  return out
}

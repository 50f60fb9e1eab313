// A date under a signature set in a narrow column wraps its last character: '二〇〇四年四月二十七'
// / '日'. pdftotext, writing three columns a few lines of each in turn, puts that '日' a few
// lines further down, among the other columns' lines. A person reads the date whole.
import { compact, type SourceLine } from './lines'

/** A date that stops after its day's number: the 日 wrapped to the next line. */
const DAY_OPEN = /^[〇零一二三四五六七八九\d]{4}年[一二三四五六七八九十\d]{1,2}月[一二三四五六七八九十\d]{1,3}$/
/**
 * How far down the wrapped 日 may stand: a few lines of each other column, counted without the
 * blank lines pdftotext sets between a column's blocks (a two-column page written a block of each
 * column in turn puts as many blanks as lines between them).
 */
const REACH = 12

/**
 * Each date line that lacks its 日, with the 日 found alone on a line below it put back; that line
 * becomes blank, so line indexes stay. A date with none below takes a lone 日 left over above it
 * (pdftotext may write the column's wrapped line a turn early). Text without layout only.
 */
export function joinDateTails(lines: readonly SourceLine[], from = 0): SourceLine[] {
  const out = [...lines]
  if (lines.some((l) => l.layout)) return out
  const open: number[] = []
  for (let i = from; i < out.length; i++) {
    if (!DAY_OPEN.test(compact(out[i].text))) continue
    if (!takeDay(out, i, i + 1, out.length - 1, 1)) open.push(i)
  }
  // Only 日 no date below claimed: the nearest above first.
  for (const i of open) takeDay(out, i, i - 1, from, -1)
  return out
}

/** Puts the first lone 日 from line a toward line b (step ±1), within REACH lines not blank, back on date line i. */
function takeDay(out: SourceLine[], i: number, a: number, b: number, step: 1 | -1): boolean {
  for (let k = a, seen = 0; (step > 0 ? k <= b : k >= b) && seen < REACH; k += step) {
    const text = compact(out[k].text)
    if (text !== '') seen++
    if (text !== '日') continue
    out[i] = { ...out[i], text: `${out[i].text.trimEnd()}日` }
    out[k] = { ...out[k], text: '' }
    return true
  }
  return false
}

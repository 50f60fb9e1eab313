// A page written line by line (pdftotext, by height) that holds two bands: a Word section ends
// mid-page and the next document's section starts under it, each band set in two columns.
//
//   upper band:  A (left) …请示 / 省交通运输厅：…      |  A (right) …兴县人民政府 / 二〇二二年… / 公开属性：主动公开
//   lower band:  B (left) 兴人社发〔2022〕9 号 / title… |  B (right) …
//
// The page reads left-top, right-top, left-bottom, right-bottom. Two streams over the whole page
// cannot read so: each stream would have to cross from one band into the other, and the reading
// that joins best pairs the bands' columns crosswise. A person finds the band line where the new
// document's 文号 (one the 目录 lists) stands in the left column while the old document closes
// in the right one: its date or public 附注 is the right column's last line above the 文号 (the
// genre's order: title, body, signature, date, 附注, then the next document). As the converter
// writes lines by height, the lines before the 文号 are the upper band's and the rest the
// lower's: each band is read as two streams of its own (text-two-streams.ts). A lower band at
// the page's foot may hold only the new document's head, its title begun at the left column's foot
// and gone on at the right's (county-docx-2col-b page 3: '兴政函〔2022〕61 号', two lines of the
// title; beside them its last two lines and '省交通运输厅：'): that band reads in the text's order.
import { docNumberOfLine, isIssuerText } from './header'
import { compact } from './lines'
import { isRecipientsLine } from './doubt-signals'
import { parseDateLine } from './dates'
import { isPublicLabel, marksPublic } from './public-note'
import { anchorDefects, type TocAnchors } from './toc-anchors'
import { twoStreams } from './text-two-streams'
import { displayWidth } from './text-flow'
import { joinCost, type JoinContext, type Unit } from './text-joins'

/** Lines each band must hold at least (in each of its columns: a band of one column is no band). */
const MIN_BAND = 4
/**
 * How much worse (join cost) than two streams over the page the bands may read: the genre's
 * order (a closing right over the band line, the new document's 文号, title and recipients in a
 * row) says more than the joins, which the crosswise pairing of the bands' columns reads well too.
 */
const SLACK = 4

/** Lines after the new document's title a band at the page's foot may hold (its recipients). */
const HEAD_TAIL = 2

/** A left column's last line written between the closing and the 文号 fills the column within this. */
const FOOT_WITHIN = 3

/** A document's last line: its date, or its public 附注. */
function closes(text: string): boolean {
  return parseDateLine(text) !== null || isPublicLabel(text) || marksPublic(text)
}

/**
 * The run's texts read band by band (each band's left column, then its right, a blank line
 * between the columns), or null when the run holds no band line or reads no better so.
 */
export function bandStreams(run: Unit[], plain: JoinContext, anchors?: TocAnchors): string[] | null {
  if (!anchors || anchors.byNumber.size === 0) return null
  // The 目录's word on each join: a 文号 goes on into its title, a title's lines into each other.
  const ctx = { ...plain, anchors }
  const n = run.length
  if (n < 4 * MIN_BAND || run.some((u) => u.column !== undefined)) return null
  const heads: number[] = []
  for (let k = 2 * MIN_BAND; k < n - 1; k++) {
    const num = docNumberOfLine(run[k].text)
    if (num && anchors.byNumber.has(num.docNumber)) heads.push(k)
  }
  if (heads.length === 0) return null
  const whole = twoStreams(run, ctx)
  if (!whole) return null
  const j = (a: Unit | undefined, b: Unit | undefined): number => (a && b ? joinCost(ctx, a, b) : 0)
  const pieces = (part: Unit[], columns: number[]): [Unit[], Unit[]] => [part.filter((_, k) => columns[k] === 0), part.filter((_, k) => columns[k] === 1)]
  const [wl, wr] = pieces(run, whole.columns)
  const wholeCost = whole.cost + j(wl[wl.length - 1], wr[0])
  let best: Unit[][] | null = null
  let bestCost = wholeCost + SLACK
  for (const h of heads) {
    // The line right above the band line (by height) is the old document's last: its date or
    // 附注, at the right column's foot. The upper band's left column may end level with that date,
    // its last line (filling the column) written between the date and the 文号, the 附注 under the
    // date written after the new title (county-docx-2col-b page 8): that line ends the upper
    // band's left column, and the 附注 the right one's.
    const shift = closes(run[h - 1].text) ? 0 : closes(run[h - 2].text) && displayWidth(run[h - 1].text.trim()) >= ctx.full - FOOT_WITHIN ? 1 : -1
    if (shift < 0) continue
    const upper = shift ? [...closingRight(run.slice(0, h - 1)), { ...run[h - 1], column: 0 }] : closingRight(run.slice(0, h))
    const up = upperStreams(upper, ctx, anchors)
    // The new document's 文号, title and recipients in a row, in the lower band's left column.
    const lower = holdTitle(run.slice(h), 0, anchors)
    // A band at the page's foot that holds only the new document's head (文号, title, recipients)
    // reads in the text's order: its title goes on from the left column's foot at the right's.
    const held = lower.findLastIndex((u) => u.column === 0)
    const head = held > 0 && lower.slice(0, held + 1).every((u) => u.column === 0) && lower.length - held - 1 <= HEAD_TAIL
    if (!head && (!lower.some((u) => u.column === 1) || n - h < 2 * MIN_BAND)) continue
    const down = head ? { columns: lower.map(() => 0), cost: lower.slice(1).reduce((c, u, i) => c + joinCost(ctx, lower[i], u), 0) } : twoStreams(lower, ctx)
    if (!up || !down) continue
    const [ul, ur] = pieces(run.slice(0, h), up.columns)
    const [dl, dr] = pieces(run.slice(h), down.columns)
    const note = dr[0]
    if (shift && note && (marksPublic(note.text) || isPublicLabel(note.text))) ur.push(dr.shift()!)
    if (ur.length < MIN_BAND || ul.length < MIN_BAND || (!head && (dr.length < MIN_BAND || dl.length < MIN_BAND))) continue
    const cost = up.cost + down.cost + j(ul[ul.length - 1], ur[0]) + j(ur[ur.length - 1], dl[0]) + j(dl[dl.length - 1], dr[0])
    if (cost < bestCost) [best, bestCost] = [[ul, ur, dl, dr], cost]
  }
  if (!best) return null
  const seq = best.flatMap((p, k) => (k === 0 ? p.map((u) => u.text) : ['', ...p.map((u) => u.text)]))
  // A band reading that parts what the 目录 keeps together (a 文号 from its title) is no reading.
  const asStreams = [...wl.map((u) => u.text), '', ...wr.map((u) => u.text)]
  return anchorDefects(seq, anchors) <= anchorDefects(asStreams, anchors) ? seq : null
}

/** Lines above the 附注 the old document's date is looked for within. */
const CLOSING_WITHIN = 4

/**
 * The upper band with the old document's closing held at the right column's foot: its last line
 * (date or 附注), and above a 附注 the date and the signature over it (the genre's order), which
 * the converter may have written with a line of the left column between them.
 */
function closingRight(part: Unit[]): Unit[] {
  const out = [...part]
  const right = (i: number): void => void (out[i] = { ...part[i], column: 1 })
  const last = part.length - 1
  right(last)
  if (parseDateLine(part[last].text) !== null) return out
  for (let i = last - 1; i > 0 && i >= last - CLOSING_WITHIN; i--) {
    if (parseDateLine(part[i].text) === null) continue
    right(i)
    // The signature over the date: the nearest issuer's name above it (a line of the left
    // column may stand between them in the text).
    for (let m = i - 1; m > 0 && m >= i - CLOSING_WITHIN; m--) {
      if (!isIssuerText(compact(part[m].text))) continue
      right(m)
      break
    }
    break
  }
  return out
}

/**
 * The upper band's two streams: a document that starts in it has its 文号, title and recipients
 * held in one column, the 文号's column tried either way; at the band's top it is the left's
 * (the right column's top goes on from the left's foot: no document starts there).
 */
function upperStreams(part: Unit[], ctx: JoinContext, anchors: TocAnchors): { columns: number[]; cost: number } | null {
  const at = part.findIndex((u, i) => i < part.length - 1 && isAnchoredNumber(u.text, anchors))
  if (at < 0) return twoStreams(part, ctx)
  const tries = (at < TOP_WITHIN ? [0] : [0, 1]).map((col) => twoStreams(holdTitle(part, at, anchors, col), ctx))
  return tries.reduce((a, b) => (b && (!a || b.cost < a.cost) ? b : a), null)
}

function isAnchoredNumber(text: string, anchors: TocAnchors): boolean {
  const num = docNumberOfLine(text)
  return num !== null && anchors.byNumber.has(num.docNumber)
}

/** Lines from the band's top a 文号 is taken to stand in the left column within. */
const TOP_WITHIN = 4

/** Lines after a 文号 looked through for its title's lines (the other column's lines among them). */
const TITLE_WITHIN = 16
/** Lines after a 文号 its title's first line is looked for within. */
const TITLE_STARTS_WITHIN = 3
/** Lines after the title the recipients' line is looked for within. */
const RECIPIENTS_WITHIN = 12

/**
 * The part with the 文号 at `at` held in column `col`, and with it the lines after it that spell
 * the 目录's title for it in order: the genre sets the title right at its 文号, while the other
 * column's lines beside them may hold a piece of the title too (an attachment's own title, '兴县
 * 依法关闭…实施方案'), which the 目录's word alone would read after the 文号. When the
 * recipients' line follows ('各乡（镇）人民政府、县直各有关单位：'), it is held there too, and the
 * lines between, which the converter wrote from beside them, in the other column.
 */
export function holdTitle(part: Unit[], at: number, anchors: TocAnchors, col = 0): Unit[] {
  const num = docNumberOfLine(part[at].text)
  const k = num ? anchors.byNumber.get(num.docNumber) : undefined
  if (k === undefined) return part
  const title = anchors.titles[k]
  const out = [...part]
  out[at] = { ...part[at], column: col }
  let spelled = ''
  let last = at
  for (let i = at + 1; i < part.length && i <= at + TITLE_WITHIN && spelled.length < title.length; i++) {
    const flat = compact(part[i].text).normalize('NFKC')
    if (part[i].column !== undefined) continue
    if (flat === '' || !title.startsWith(spelled + flat)) {
      // The other column's lines beside the 文号 may come first; the title starts close under it.
      if (spelled === '' && i - at >= TITLE_STARTS_WITHIN) break
      continue
    }
    spelled += flat
    out[i] = { ...part[i], column: col }
    last = i
  }
  // A title not spelled whole is no title's run of lines (a signature spells a title's start).
  if (spelled !== title) return part.map((u, i) => (i === at ? out[at] : u))
  for (let i = last + 1; i < part.length && i <= last + RECIPIENTS_WITHIN; i++) {
    if (!isRecipientsLine(part[i].text)) continue
    out[i] = { ...part[i], column: col }
    for (let m = at + 1; m < i; m++) if (out[m].column === undefined) out[m] = { ...part[m], column: 1 - col }
    break
  }
  return out
}

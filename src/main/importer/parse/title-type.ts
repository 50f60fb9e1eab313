// A document's title as the page sets it (PDF): larger than the body text, centred or across
// the columns, in one face and size over its 1–4 wrapped lines. Where the page shows it, it
// bounds the title exactly; the text rules only guess where a title above a 文号 begins.
import type { LineLayout } from '../../../shared/source-line'
import { folded, type SourceLine } from './lines'

/**
 * Titles are set larger than the body by more than this: 二号 over 三号 (1.38), and in two-column
 * gazettes 小四 over 五号 (1.14) or LaTeX's \large over 10 pt (1.2).
 */
const TITLE_SIZE = 1.1
/**
 * Wrapped title lines: at most this many. A joint title set inside one column of a two-column
 * page ('A B C关于印发…的通知' at 二号 in 12 characters a line) takes six or seven.
 */
const MAX_TITLE_LINES = 8

/**
 * A line set as a title: large, and centred, across the columns, or a full wrapped line; or in
 * a title face (小标宋, bold 宋, 黑体) even where it falls short of the right edge (a narrow column's first line).
 */
export function isTitleType(l: LineLayout | undefined): l is LineLayout {
  if (l === undefined || l.relSize <= TITLE_SIZE) return false
  const boldFace = l.bold || l.font === 'biaosong' || l.font === 'song-bold' || l.font === 'hei'
  return l.align === 'centre' || l.align === 'full' || l.spans || (l.align === 'left' && boldFace)
}

/**
 * Sizes read by OCR are measured from the boxes, not given: a short line's (a title's last
 * '的通知', or '年）》通知' with its brackets set narrow) is off by up to this share.
 */
const OCR_SIZE_SHARE = 0.2

function sameFace(a: SourceLine, b: SourceLine): boolean {
  const [x, y] = [a.layout, b.layout]
  if (!x || !y || x.font !== y.font || x.bold !== y.bold) return false
  const slack = x.measured && y.measured ? OCR_SIZE_SHARE * Math.max(x.size, y.size) : 0.5
  return Math.abs(x.size - y.size) < slack
}

/**
 * The title lines right above the 文号 line at `numIdx` by their typography, or null when the
 * page does not show one: the run of title-set lines in one face (a section heading or masthead
 * above it is set in another).
 */
export function titleAboveByType(lines: readonly SourceLine[], numIdx: number, floor: number): number[] | null {
  if (!lines[numIdx].layout) return null
  const out: number[] = []
  let face: SourceLine | null = null
  for (let i = numIdx - 1; i >= floor && out.length < MAX_TITLE_LINES; i--) {
    if (lines[i].text.trim() === '') continue
    if (!isTitleType(lines[i].layout) || (face && !sameFace(face, lines[i]))) break
    face = lines[i]
    out.push(i)
  }
  return out.length > 0 ? out.reverse() : null
}

/**
 * The title lines right below the 文号 line at `numIdx` (a 文号 set above its title), by their
 * typography: the run of title-set lines in one face; empty when the page does not show one.
 */
export function titleBelowByType(lines: readonly SourceLine[], numIdx: number): number[] {
  if (!lines[numIdx].layout) return []
  const out: number[] = []
  let face: SourceLine | null = null
  for (let i = numIdx + 1; i < lines.length && out.length < MAX_TITLE_LINES; i++) {
    if (lines[i].text.trim() === '') continue
    if (!isTitleType(lines[i].layout) || (face && !sameFace(face, lines[i]))) break
    face = lines[i]
    out.push(i)
  }
  return out
}


/** Runs of title-set lines in one face from `from` on, skipping lines already taken. */
function titleRuns(lines: readonly SourceLine[], from: number, used: Set<number>): number[][] {
  const runs: number[][] = []
  let run: number[] = []
  const close = (): void => {
    if (run.length > 0 && run.length <= MAX_TITLE_LINES) runs.push(run)
    run = []
  }
  for (let i = from; i < lines.length; i++) {
    if (lines[i].text.trim() === '') continue
    const prev = run.length > 0 ? lines[run[run.length - 1]] : undefined
    if (!isTitleType(lines[i].layout) || used.has(i)) close()
    else {
      if (prev && !sameFace(prev, lines[i])) close()
      run.push(i)
    }
  }
  close()
  return runs
}

/**
 * Where 目录 entries not found by their 文号 or their exact text begin in the body: a run of
 * title-set lines that spells the entry's title, or, on the page the 目录 gives (the printed
 * page label), one that ends with it or is its tail (an issuer prefix printed or left out).
 */
export function titlesByType(
  lines: readonly SourceLine[],
  from: number,
  entries: readonly { title: string; page: number | null }[],
  used: Set<number>,
): number[][] {
  if (entries.length === 0) return []
  const runs = titleRuns(lines, from, used).map((idx) => ({ idx, text: folded(idx.map((i) => lines[i].text).join('')), label: lines[idx[0]].layout?.pageLabel }))
  const taken = new Set<number>()
  const out: number[][] = []
  for (const e of entries) {
    const title = folded(e.title)
    const k = runs.findIndex((r, n) => !taken.has(n) && (r.text === title || (onPage(r.label, e.page) && overlaps(r.text, title))))
    if (k < 0) continue
    taken.add(k)
    out.push(runs[k].idx)
  }
  return out
}

function onPage(label: string | undefined, page: number | null): boolean {
  return label !== undefined && page !== null && label === String(page)
}

function overlaps(run: string, title: string): boolean {
  return Math.min(run.length, title.length) >= 6 && (run.endsWith(title) || title.endsWith(run))
}

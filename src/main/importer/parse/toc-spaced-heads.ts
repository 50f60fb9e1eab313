// 栏目 names a 目录 prints letter-spaced on a band ('国　务　院　文　件'), which pdftotext's default
// text writes a character or two to a line ('国 务' / '院' / '文 件'), the heading's other letter
// ('录') read between them where the band stands beside it.
import { compact, isBlank, type SourceLine } from './lines'
import { SECTION } from './sections'

/** Characters a band's letters stand on at most each. */
const SPACED = 2
/** Lines a spelled name runs over at least: fewer are a title's cut tail ('通' / '知'). */
const MIN_RUN = 3

const short = (text: string): boolean => /^[\u4e00-\u9fff（）、]{1,2}$/.test(compact(text))

/**
 * The lines of the 目录's first page (from `start`, its heading) with each 栏目 name spelled a
 * character or two to a line joined onto its first line (the others blank), so the 目录 reads it as
 * a heading; the lines after that page unchanged (the body's bands are placed spelled apart). A
 * run is joined only when it spells a 栏目 name (国务院文件, …函件, 人事任免).
 */
export function joinSpacedHeadings(lines: SourceLine[], start: number): SourceLine[] {
  const out = lines.slice()
  const samePage = (k: number): boolean => lines[k].no !== lines[k - 1].no && lines[k].layout?.page === lines[k - 1].layout?.page
  for (let i = start + 1; i < lines.length && samePage(i); i++) {
    if (!short(lines[i].text) || /^(录|次)$/.test(compact(lines[i].text))) continue
    const run: number[] = []
    let spelled = ''
    for (let k = i; k < lines.length && (k === i || samePage(k)); k++) {
      const t = compact(lines[k].text)
      if (isBlank(lines[k].text) || /^(录|次)$/.test(t)) continue
      if (t.length > SPACED || !short(t)) break
      run.push(k)
      spelled += t
    }
    if (run.length < MIN_RUN || !SECTION.test(spelled)) continue
    out[run[0]] = { ...lines[run[0]], text: spelled }
    for (const k of run.slice(1)) out[k] = { ...lines[k], text: '' }
    i = run[run.length - 1]
  }
  return out
}

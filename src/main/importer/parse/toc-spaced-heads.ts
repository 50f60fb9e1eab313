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
/** A band's piece set letter-spaced ('国 务 院 文'): single hanzi a space apart. */
export const spacedOut = (text: string): boolean => /^[\u4e00-\u9fff](?:\s+[\u4e00-\u9fff])+$/.test(text.trim())
/** The other column's lines written between a band's pieces at most (pdftotext writes blocks in its order). */
const MAX_BETWEEN = 12

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
    if (!(short(lines[i].text) || spacedOut(lines[i].text)) || /^(录|次)$/.test(compact(lines[i].text))) continue
    const run: number[] = []
    let spelled = ''
    for (let k = i; k < lines.length && (k === i || samePage(k)); k++) {
      const t = compact(lines[k].text)
      if (isBlank(lines[k].text) || /^(录|次)$/.test(t)) continue
      if (t.length > SPACED || !short(t)) break
      run.push(k)
      spelled += t
    }
    if (run.length < MIN_RUN || !SECTION.test(spelled)) {
      const apart = bandApart(lines, i, samePage)
      if (!apart) continue
      run.splice(0, run.length, ...apart.run)
      spelled = apart.spelled
    }
    out[run[0]] = { ...lines[run[0]], text: [...spelled].join(' ') }
    for (const k of run.slice(1)) out[k] = { ...lines[k], text: '' }
    i = run[run.length - 1]
  }
  return out
}

/**
 * A letter-spaced band's pieces with the other column's lines written between them ('国 务 院 文' /
 * '国务院办公厅关于湖北省…' / '件'): from a piece set letter-spaced (line `i`), the pieces a character
 * or two to a line, or spaced out, until they spell a 栏目 name, passing over lines that are not a
 * band's (`MAX_BETWEEN` at most); null when they spell none.
 */
function bandApart(lines: SourceLine[], i: number, samePage: (k: number) => boolean): { run: number[]; spelled: string } | null {
  if (!spacedOut(lines[i].text)) return null
  const run: number[] = []
  let spelled = ''
  let between = 0
  for (let k = i; k < lines.length && (k === i || samePage(k)) && between <= MAX_BETWEEN; k++) {
    const t = compact(lines[k].text)
    if (isBlank(lines[k].text) || /^(录|次)$/.test(t)) continue
    if (!short(t) && !spacedOut(lines[k].text)) {
      between++
      continue
    }
    run.push(k)
    spelled += t
    if (SECTION.test(spelled)) return { run, spelled }
  }
  return null
}

/** A 栏目 name set letter-spaced on its band ('国 务 院 文 件', as joined above): its name, else null. */
export function bandHeading(text: string): string | null {
  const name = compact(text)
  return spacedOut(text) && SECTION.test(name) ? name : null
}

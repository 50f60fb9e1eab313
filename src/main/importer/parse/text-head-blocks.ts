// A document's head that pdftotext writes as one block, its title whole and its 文号 under or over
// it, among the other column's lines: a Word page that sets a head at the left column's foot, its
// rest heading the right column, and the next document starting under that (city-docx-sw-s0 p9:
// '兴县人民政府关于 2022 年不动' / '产解遗及清零行动补缴出让金' / '方案和土地合宗的请示的批复' /
// '（兴政函〔2022〕46 号）' between the right column's signature and date). The 目录 names the
// block whole: a two-stream reading that parts it has crossed the columns, and the 目录-guided
// reading that keeps it, and every other whole head, is taken (text-streams.ts asks).
import { folded, isBlank } from './lines'
import { docNumberOfLine } from './header'
import { anchorDefects, opensDocument, partedFromTitle, spellsTitle, tocOrderBreaks, tocTitleOf, type TocAnchors } from './toc-anchors'
import { byTocReading } from './text-toc-reading'
import type { JoinContext, Unit } from './text-joins'

/** A title is set on at most this many lines in a column. */
const TITLE_LINES = 4

/**
 * The lines right over (`step` −1) or under (1) line `k` that spell `title` (toc-anchors.ts
 * spellsTitle), as many as still do, in the text's order; null when none do.
 */
export function titleBeside(lines: readonly string[], k: number, title: string, step: number): string[] | null {
  let flat = ''
  let best: string[] | null = null
  const got: string[] = []
  for (let j = k + step, n = 0; j >= 0 && j < lines.length && n < TITLE_LINES; j += step, n++) {
    const piece = folded(lines[j])
    if (piece === '' || !title.includes(piece)) break
    flat = step < 0 ? piece + flat : flat + piece
    if (step < 0) got.unshift(lines[j])
    else got.push(lines[j])
    if (spellsTitle(flat, title)) best = [...got]
  }
  return best
}

/** The 目录's title of the 文号 line `text`, if it lists it. */
function listedTitle(anchors: TocAnchors, text: string): string | undefined {
  const num = docNumberOfLine(text)
  return num ? tocTitleOf(anchors, num.docNumber) : undefined
}

/**
 * 文号 lines the 目录 lists that `texts` (blank lines skipped) print right beside their title
 * spelt whole: the lines just over it, or just under it, each a piece of that title and together
 * all of it (its issuer's name the 目录 sets before 关于 aside, toc-anchors.ts spellsTitle).
 */
export function wholeHeads(anchors: TocAnchors, texts: readonly string[]): Set<string> {
  const lines = texts.filter((t) => !isBlank(t))
  const out = new Set<string>()
  lines.forEach((t, k) => {
    const title = listedTitle(anchors, t)
    if (title !== undefined && (titleBeside(lines, k, title, -1) || titleBeside(lines, k, title, 1))) out.add(t)
  })
  return out
}

/**
 * The run's reading when the one taken (`base`, the text's own joins' or its order) parts a 文号
 * from the title the text as written prints beside it. A run opening with a listed 文号 under a
 * band line (`opens`) takes the 目录-guided reading that parts nothing the 目录 keeps together,
 * goes back in its order no more, and opens that document as the genre does. Elsewhere the parted
 * head must be one the text prints whole as a block, and the guided reading must print every such
 * head whole too (a reading that mends one head by breaking the next is no better); then the
 * reading that changes least is taken: `base` with the block put back together where its 文号
 * stands, when that parts nothing either, else the guided reading. Null: `base` stays.
 */
export function headBlockReading(run: Unit[], ctx: JoinContext, anchors: TocAnchors, base: string[], opens: boolean): string[] | null {
  const written = run.map((u) => u.text)
  if (partedFromTitle(anchors, written, base) === 0 || anchorDefects(base, anchors) > 0) return null
  const whole = opens ? new Set<string>() : wholeHeads(anchors, written)
  if (!opens && [...whole].every((t) => wholeHeads(anchors, base).has(t))) return null
  const fits = (seq: string[]): boolean => tocOrderBreaks(seq, anchors) <= tocOrderBreaks(base, anchors)
  const mend = byTocReading(run, ctx, anchors, (seq) => anchorDefects(seq, anchors) + partedFromTitle(anchors, written, seq))
  if (!mend || mend.defects > 0 || !fits(mend.seq)) return null
  if (opens) return opensDocument(anchors, mend.seq, run[0].text) ? mend.seq : null
  const read = wholeHeads(anchors, mend.seq)
  if (![...whole].every((t) => read.has(t))) return null
  const rejoined = blocksRejoined(anchors, written, base)
  return anchorDefects(rejoined, anchors) === 0 && partedFromTitle(anchors, written, rejoined) === 0 && fits(rejoined) ? rejoined : mend.seq
}

/**
 * `base` with each whole head of the text as written (`written`) that it parts put back together
 * where its 文号 stands: the block's title lines taken from where the reading put them.
 */
export function blocksRejoined(anchors: TocAnchors, written: readonly string[], base: readonly string[]): string[] {
  const lines = written.filter((t) => !isBlank(t))
  const kept = wholeHeads(anchors, base)
  let out = [...base]
  for (const num of wholeHeads(anchors, written)) {
    const title = listedTitle(anchors, num)
    const k = lines.indexOf(num)
    if (kept.has(num) || title === undefined) continue
    const over = titleBeside(lines, k, title, -1)
    const block = over ? [...over, num] : [num, ...(titleBeside(lines, k, title, 1) ?? [])]
    if (block.some((t) => out.filter((o) => o === t).length !== 1)) continue
    const rest = out.filter((t) => t === num || !block.includes(t))
    const at = rest.indexOf(num)
    out = [...rest.slice(0, at), ...block, ...rest.slice(at + 1)]
  }
  return out
}

// A 目录 set without a 文号 column (city-docx-sw-toctable: a borderless table of title and page)
// still anchors each head: the body prints its document's 文号 right under (or over) the title
// the 目录 spells, so that 文号 names that entry. Read from the text as written, before its
// columns are read: a head pdftotext writes whole as one block (text-head-blocks.ts) shows it.
// Only entries that list no 文号 are given one, and only a pairing both ways alone.
import { docNumberOfLine } from './header'
import { isBlank, type SourceLine } from './lines'
import type { TocAnchors } from './toc-anchors'
import { titleBeside } from './text-head-blocks'

/**
 * `anchors` with each 目录 entry that lists no 文号 given the one the text (from line `from`)
 * prints right beside its title spelt whole, when that 文号 stands so by no other title, the
 * title by no other 文号, and the 目录 lists that 文号 for no entry.
 */
export function withBodyNumbers(anchors: TocAnchors, lines: readonly SourceLine[], from: number): TocAnchors {
  const listed = new Set(anchors.byNumber.values())
  const open = anchors.titles.map((_, k) => k).filter((k) => !listed.has(k))
  if (open.length === 0) return anchors
  const texts = lines.slice(from).map((l) => l.text).filter((t) => !isBlank(t))
  const found = new Map<string, Set<number>>()
  texts.forEach((t, j) => {
    const num = docNumberOfLine(t)?.docNumber
    if (!num || anchors.byNumber.has(num)) return
    for (const k of open) {
      const title = anchors.titles[k]
      if (!titleBeside(texts, j, title, -1) && !titleBeside(texts, j, title, 1)) continue
      found.set(num, (found.get(num) ?? new Set()).add(k))
    }
  })
  const byTitle = new Map<number, string[]>()
  for (const [num, ks] of found) if (ks.size === 1) for (const k of ks) byTitle.set(k, [...(byTitle.get(k) ?? []), num])
  const byNumber = new Map(anchors.byNumber)
  for (const [k, nums] of byTitle) if (nums.length === 1) byNumber.set(nums[0], k)
  return byNumber.size === anchors.byNumber.size ? anchors : { ...anchors, byNumber, roles: new Map() }
}

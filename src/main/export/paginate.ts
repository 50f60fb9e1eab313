// Puts line items onto pages of 22 grid lines, keeping chains together; adds page numbers.
import {
  ASCENT,
  BLOCK_BOTTOM,
  BLOCK_RIGHT,
  LINES_PER_PAGE,
  MARGIN_LEFT,
  PAGE_HEIGHT,
  PAGE_NUMBER_GAP,
  PAGE_WIDTH,
  SIZE_4,
  lineTop,
} from './grid'
import type { LayoutPage, Measure, Rule, Run } from './types'

/** One or more grid lines that move as a whole; run and rule y are relative to its top. */
export interface Item {
  height: number
  runs: Run[]
  rules: Rule[]
  keepWithPrev?: boolean // never the first item of a page when the previous item can come along
  pageBreak?: boolean // starts a new page
  space?: boolean // blank line: dropped at the top of a page
}

export function spaceItem(keepWithPrev = false): Item {
  return { height: 1, runs: [], rules: [], space: true, keepWithPrev }
}

function placePage(items: Item[]): LayoutPage {
  const page: LayoutPage = { runs: [], rules: [], linesUsed: 0 }
  for (const it of items) {
    const top = lineTop(page.linesUsed)
    for (const r of it.runs) page.runs.push({ ...r, y: r.y + top })
    for (const r of it.rules) page.rules.push({ ...r, y1: r.y1 + top, y2: r.y2 + top })
    page.linesUsed += it.height
  }
  return page
}

const used = (items: Item[]): number => items.reduce((s, it) => s + it.height, 0)

/** Fills pages greedily; an item that must keep with its predecessor pulls the chain along. */
export function paginate(items: Item[]): LayoutPage[] {
  const pages: Item[][] = [[]]
  for (const it of items) {
    let page = pages[pages.length - 1]
    if (it.pageBreak && page.length) pages.push((page = []))
    if (it.space && page.length === 0) continue
    if (used(page) + it.height > LINES_PER_PAGE && page.length) {
      let k = page.length
      let needsPrev = it.keepWithPrev ?? false
      while (needsPrev && k > 1 && page.length - k < 4) needsPrev = page[--k].keepWithPrev ?? false
      const carry = it.keepWithPrev ? page.splice(k) : []
      while (carry.length && carry[0].space) carry.shift()
      pages.push((page = carry))
    }
    page.push(it)
  }
  return pages.map(placePage)
}

/** "— N —" in 4号 Song, 7 mm under the block; odd pages right, even pages left, one char in. */
export function addPageNumbers(pages: LayoutPage[], first: number, measure: Measure): void {
  pages.forEach((page, i) => {
    if (page.blank) return
    const n = first + i
    const text = `— ${n} —`
    const w = measure(text, 'song', SIZE_4)
    const x = n % 2 === 1 ? BLOCK_RIGHT - SIZE_4 - w : MARGIN_LEFT + SIZE_4
    const y = BLOCK_BOTTOM + PAGE_NUMBER_GAP + ASCENT * SIZE_4
    page.runs.push({ x, y, text, font: 'song', size: SIZE_4, charSpacing: 0 })
  })
}

/** A small provenance line centred in the bottom margin of every page. */
export function addFooter(pages: LayoutPage[], text: string, measure: Measure): void {
  const size = 9
  const w = measure(text, 'song', size)
  for (const page of pages) {
    if (page.blank) continue
    const y = PAGE_HEIGHT - 36
    page.runs.push({ x: (PAGE_WIDTH - w) / 2, y, text, font: 'song', size, charSpacing: 0, color: '#666666' })
  }
}

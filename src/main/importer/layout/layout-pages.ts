// Positioned runs of every page → the lines in reading order, with their typography:
// furniture removed, columns read one after another, wrapped lines joined again.
import { classifyFont, type FontFace } from './font-class'
import { readingBlocks, type Block } from './columns'
import { pageGrid } from './column-grid'
import { regionBlocks } from './column-regions'
import { findFurniture } from './page-furniture'
import { markCellStarts } from './cell-stops'
import { continuesAcross, describeLine, measureGroups, type Placed } from './line-layout'
import {
  dropDuplicates,
  groupLines,
  pageLines,
  reflowLines,
  type PageLine,
  type Reflowed,
  type TextRun,
} from './pdf-lines'
import { joinWrapped } from './pdf-reflow'
import { rebuildTables } from './table-rows'
import type { Rule } from './ruling-lines'
import type { SourceLine } from '../../../shared/source-line'

export interface PositionedPage {
  width: number
  height: number
  runs: TextRun[]
  /** Ruling lines, read for pages that may hold a table (see table-candidates). */
  rules?: Rule[]
}

export interface LaidOut {
  /** Lines of every page, pages joined by a line holding only '\f' (the parser's input). */
  text: string
  lines: SourceLine[]
  /** Each page's text lines, for the check that the file has a text layer. */
  pages: string[][]
  /** Per page: printed page number, and the heads/footers removed. */
  furniture: { label?: string; removed: string[] }[]
}

/** Lines of each page's blocks, in reading order, before the reflow. */
function placeAll(pages: PositionedPage[]): {
  placed: Placed[][]
  furniture: LaidOut['furniture']
} {
  const baselines = rebuildTables(pages).map((runs) => groupLines(dropDuplicates(runs.filter((r) => r.str.length > 0))))
  const found = findFurniture(pages.map((p, i) => ({ height: p.height, lines: baselines[i] })))
  const kept = baselines.map((lines, i) => lines.filter((_, n) => !found[i].removed.has(n)))
  kept.forEach(markCellStarts)
  const { gutters, shared } = pageGrid(kept)
  const placed = kept.map((lines, i) => {
    return (regionBlocks(lines, gutters[i], shared) ?? readingBlocks(lines, gutters[i])).map(
      (block: Block): Placed => ({ block, lines: pageLines(block.runs), page: i + 1 }),
    )
  })
  const furniture = found.map((f) => ({ label: f.label, removed: f.removedText }))
  return { placed, furniture }
}

/** The line written last, which the next column's or page's first line may continue. */
interface Open {
  line: SourceLine
  page: string[]
  index: number
  last: PageLine
  placed: Placed
}

export function layoutPages(pages: PositionedPage[], fonts: Map<string, FontFace> = new Map()): LaidOut {
  const { placed, furniture } = placeAll(pages)
  const metrics = measureGroups(placed.flat())
  const textPages: string[][] = []
  const lines: SourceLine[] = []
  let no = 1
  let open: Open | null = null
  placed.forEach((blocks, p) => {
    const out: string[] = []
    for (const block of blocks) {
      reflowLines(block.lines, metrics.margins(block.block)).forEach((r, k) => {
        if (k === 0 && open && continuesAcross(open.line.text, { line: open.last, placed: open.placed }, { line: r.first, placed: block }, metrics)) {
          extend(open, r)
          open = { ...open, last: r.last, placed: block }
          return
        }
        if (r.gapBefore && out.length > 0) out.push('')
        out.push(r.text)
        const face = fonts.get(r.first.font ?? '') ?? classifyFont(undefined)
        const layout = describeLine(r, block, pages[p].height, face, metrics, furniture[p].label)
        const line: SourceLine = { no: no + out.length - 1, text: r.text, layout, ...(r.text.includes('\t') ? { whole: true } : {}) }
        lines.push(line)
        open = { line, page: out, index: out.length - 1, last: r.last, placed: block }
      })
    }
    textPages.push(out)
    no += out.length + 1
  })
  const text = textPages.map((l) => l.join('\n')).join('\n\f\n')
  return { text, lines, pages: textPages, furniture }
}

/** Appends a continuation to the open line, in the text and in the line model. */
function extend(open: Open, r: Reflowed): void {
  const text = joinWrapped(open.line.text, r.text)
  open.line.text = text
  open.page[open.index] = text
  if (open.line.layout) open.line.layout.parts += r.parts
}

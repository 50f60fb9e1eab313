// Where each block came from: the source lines it was built from and, for a PDF, its extent on
// each page (issue 12, item 5), so a document can be shown beside its original page.
import type { BlockSource, PageBox } from '../../../shared/domain'
import type { LineLayout } from '../../../shared/source-line'
import type { SourceLine } from './lines'

/** Lines of ink a reflowed paragraph spans below its first baseline, at 公文 spacing (about 1.5). */
const LINE_PITCH = 1.5

/** Ink above a baseline and below it, as shares of the font size. */
const ASCENT = 0.88
const DESCENT = 0.12

function round(n: number): number {
  return Math.round(n * 10) / 10
}

/**
 * A line's box. The layout gives its first visual line exactly; a paragraph the PDF wrapped
 * (`parts` > 1) is taken to run on at the usual line pitch under it.
 */
function lineBox(l: LineLayout): PageBox {
  const box: PageBox = {
    page: l.page,
    x0: l.x0,
    x1: l.x1,
    top: l.y - l.size * ASCENT,
    bottom: l.y + l.size * (DESCENT + LINE_PITCH * (Math.max(1, l.parts) - 1)),
  }
  if (l.pageLabel) box.pageLabel = l.pageLabel
  return box
}

function union(a: PageBox, b: PageBox): PageBox {
  return { ...a, x0: Math.min(a.x0, b.x0), x1: Math.max(a.x1, b.x1), top: Math.min(a.top, b.top), bottom: Math.max(a.bottom, b.bottom) }
}

/** One box per page the block's lines lie on, in the order met. */
function boxesOf(layouts: LineLayout[]): PageBox[] {
  const byPage = new Map<number, PageBox>()
  for (const l of layouts) {
    const box = lineBox(l)
    const had = byPage.get(l.page)
    byPage.set(l.page, had ? union(had, box) : box)
  }
  return [...byPage.values()].map((b) => ({ ...b, x0: round(b.x0), x1: round(b.x1), top: round(b.top), bottom: round(b.bottom) }))
}

/** The layout of each source line number (lines split at a form feed share one: the first wins). */
export function layoutIndex(lines: readonly SourceLine[]): Map<number, LineLayout> {
  const map = new Map<number, LineLayout>()
  for (const l of lines) if (l.layout && !map.has(l.no)) map.set(l.no, l.layout)
  return map
}

/** A block's source from the line numbers it was built from. */
export function blockSource(nos: readonly number[], layouts: Map<number, LineLayout>): BlockSource {
  // A loop, not Math.min(...nos): a block of 100 000 lines would overflow the call's arguments.
  let lineFrom = Infinity
  let lineTo = -Infinity
  for (const n of nos) {
    lineFrom = Math.min(lineFrom, n)
    lineTo = Math.max(lineTo, n)
  }
  const source: BlockSource = { lineFrom, lineTo }
  const known = nos.map((n) => layouts.get(n)).filter((l): l is LineLayout => l !== undefined)
  if (known.length > 0) source.boxes = boxesOf(known)
  return source
}

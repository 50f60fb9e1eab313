// The OCR marks of the lines a block was read from, kept with the block's source: the lowest
// confidence, the unsure characters as indexes into the block's text and into each line, and
// their estimated boxes on the page. 对照原文 and the review screen highlight them from this, long
// after the line model itself is gone (only the text and block sources are saved).
import type { BlockOcr, ParsedIssue, PageBox } from '../../../shared/domain'
import type { LineLayout, SourceLine } from '../../../shared/source-line'

/** A paragraph's later visual lines sit this many font sizes under the one before (公文 spacing). */
const LINE_PITCH = 1.5
/** Ink above and below a baseline, as shares of the font size (as in parse/block-sources.ts). */
const ASCENT = 0.88
const DESCENT = 0.12
/** More boxes than this per block are not kept (a badly scanned page would bloat the row). */
const MAX_BOXES = 200

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/

/** The width of a text in ems: CJK and full-width characters 1, the rest half. */
function ems(text: string): number {
  let n = 0
  for (const c of text) n += WIDE.test(c) ? 1 : 0.5
  return n
}

const round = (n: number): number => Math.round(n * 10) / 10

/**
 * Where character `k` of a line stands on its page. The layout knows the first visual line's ink
 * exactly; a joined paragraph's later lines run from the column's left edge at the usual pitch.
 */
export function charBox(l: LineLayout, text: string, k: number): PageBox {
  const before = ems(text.slice(0, k))
  const width = ems(text[k] ?? '一')
  const firstEms = (l.x1 - l.x0) / l.size
  // A single visual line: share its ink out by the characters' widths, so the ends stay exact.
  const em = l.parts <= 1 ? (l.x1 - l.x0) / Math.max(ems(text), 1) : l.size
  let row = 0
  let x = l.x0 + before * em
  if (l.parts > 1 && before >= Math.floor(firstEms)) {
    const left = l.x0 - l.indent * l.size
    const fullEms = Math.max(1, Math.floor((l.x1 - left) / l.size))
    const rest = before - Math.floor(firstEms)
    row = 1 + Math.floor(rest / fullEms)
    x = left + (rest % fullEms) * l.size
  }
  const base = l.y + row * l.size * LINE_PITCH
  const box: PageBox = { page: l.page, x0: round(x), x1: round(x + width * em), top: round(base - l.size * ASCENT), bottom: round(base + l.size * DESCENT) }
  if (l.pageLabel) box.pageLabel = l.pageLabel
  return box
}

/** Index in the block's text of character `k` of `line`, or -1 when the block does not hold it. */
function inBlock(blockText: string, line: string, k: number, lineAt: number): number {
  if (lineAt >= 0) return lineAt + k - (line.length - line.trimStart().length)
  // The block changed the line (spaces dropped, a label cut off): find the character with its neighbours.
  for (const [a, b] of [[2, 3], [1, 2], [0, 1]] as const) {
    const from = Math.max(0, k - a)
    const probe = line.slice(from, k + b)
    const at = probe.trim().length > 1 || a === 0 ? blockText.indexOf(probe) : -1
    if (at >= 0) return at + (k - from)
  }
  return -1
}

/** The OCR marks of one block built from `lines` (in order); null when none was read by OCR. */
export function blockOcr(blockText: string, lines: SourceLine[]): BlockOcr | null {
  const read = lines.filter((l) => l.ocr)
  if (!read.length) return null
  const out: BlockOcr = { confidence: 1, low: [], lines: [], boxes: [] }
  let cursor = 0
  for (const l of read) {
    const marks = l.ocr!
    out.confidence = Math.min(out.confidence, marks.confidence)
    const t = l.text.trim()
    const lineAt = t ? blockText.indexOf(t, cursor) : -1
    if (lineAt >= 0) cursor = lineAt + t.length
    if (!marks.low.length) continue
    out.lines.push([l.no, [...marks.low]])
    for (const k of marks.low) {
      const at = inBlock(blockText, l.text, k, lineAt)
      if (at >= 0 && at < blockText.length) out.low.push(at)
      if (l.layout && out.boxes.length < MAX_BOXES) out.boxes.push(charBox(l.layout, l.text, k))
    }
  }
  out.low = [...new Set(out.low)].sort((a, b) => a - b)
  out.confidence = Math.round(out.confidence * 1000) / 1000
  return out
}

/** Gives every block source of the issue its OCR marks, from the lines it was read from. */
export function markBlocks(parsed: ParsedIssue, lines: SourceLine[]): ParsedIssue {
  const byNo = new Map<number, SourceLine>()
  for (const l of lines) if (!byNo.has(l.no)) byNo.set(l.no, l)
  for (const doc of parsed.documents) {
    doc.sources?.forEach((s, i) => {
      const span: SourceLine[] = []
      for (let n = s.lineFrom; n <= s.lineTo; n++) {
        const l = byNo.get(n)
        if (l) span.push(l)
      }
      const marks = blockOcr(doc.blocks[i]?.text ?? '', span)
      if (marks) s.ocr = marks
    })
  }
  return parsed
}

// What OCR left on a document, for the review screen and 对照原文: whether it was read from a scan,
// its unsure characters split out of a text for highlighting, and their boxes on the page. Pure.
import type { BlockSource, PageBox } from '../../shared/domain'

/** The document was read from a scan by OCR (every such document carries the reason OCR). */
export function isOcr(doc: { reasons?: { code: string }[] | null }): boolean {
  return doc.reasons?.some((r) => r.code === 'OCR') ?? false
}

/** Boxes of the characters OCR was unsure of, on every page of the document. */
export function lowBoxes(sources: BlockSource[] | null | undefined): PageBox[] {
  return (sources ?? []).flatMap((s) => s.ocr?.boxes ?? [])
}

/** How many characters OCR was unsure of in the document. */
export function lowCount(sources: BlockSource[] | null | undefined): number {
  return (sources ?? []).reduce((n, s) => n + (s.ocr?.low.length ?? 0), 0)
}

export interface LowSegment {
  text: string
  low?: boolean
}

/** `text` cut into runs, the characters at `low` (code-unit indexes) marked. */
export function splitLow(text: string, low: readonly number[]): LowSegment[] {
  const at = new Set(low.filter((i) => i >= 0 && i < text.length))
  if (!at.size) return [{ text }]
  const out: LowSegment[] = []
  for (let i = 0; i < text.length; i++) {
    const isLow = at.has(i)
    const last = out[out.length - 1]
    if (last && (last.low ?? false) === isLow) last.text += text[i]
    else out.push(isLow ? { text: text[i], low: true } : { text: text[i] })
  }
  return out
}

/** Unsure characters by source line number (from the blocks' OCR marks). */
export function lowByLine(sources: BlockSource[] | null | undefined): Map<number, number[]> {
  const map = new Map<number, number[]>()
  for (const s of sources ?? []) for (const [no, at] of s.ocr?.lines ?? []) map.set(no, [...(map.get(no) ?? []), ...at])
  return map
}

// Snippets for the paths without FTS5 snippet(): a window around the first match, matches marked.
import { MARK_END, MARK_START } from '../../shared/domain'

const WINDOW = 24

/** Marks every occurrence of `needle` in a window of `text` around the first one. */
export function markNeedle(text: string, needle: string, window = WINDOW): string | null {
  const at = needle ? text.indexOf(needle) : -1
  if (at < 0) return null
  return markSpan(text, at, at + needle.length, window, needle)
}

/** Marks [start, end) (and, with `needle`, its other occurrences) in a window around it. */
export function markSpan(text: string, start: number, end: number, window = WINDOW, needle?: string): string {
  const from = Math.max(0, start - Math.floor(window / 2))
  const to = Math.min(text.length, Math.max(end + Math.floor(window / 2), from + window))
  const slice = text.slice(from, to).replace(/\s+/g, ' ')
  const head = from > 0 ? '…' : ''
  const tail = to < text.length ? '…' : ''
  if (needle) return head + slice.split(needle).join(MARK_START + needle + MARK_END) + tail
  const a = start - from
  const b = end - from
  return head + slice.slice(0, a) + MARK_START + slice.slice(a, b) + MARK_END + slice.slice(b) + tail
}

/** Marks character positions a fuzzy matcher reported (inclusive index pairs). */
export function markRanges(text: string, ranges: readonly (readonly [number, number])[]): string {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0])
  let out = ''
  let pos = 0
  for (const [s, e] of sorted) {
    if (s < pos) continue
    out += text.slice(pos, s) + MARK_START + text.slice(s, e + 1) + MARK_END
    pos = e + 1
  }
  return out + text.slice(pos)
}

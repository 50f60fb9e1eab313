// A letter-spaced 栏目 band in text that keeps each line's place (pdftotext -layout): its hanzi set
// one by one with even runs of spaces between them ('国 务 院 办      公      厅      函      件').
// Set wide in a column of a two-column 目录, its last hanzi can fall where the right column
// starts; the run before it keeps the band's rhythm, and a gutter breaks it.

const HANZI = /[\u4e00-\u9fff]/

/**
 * Whether the run of spaces at `at` (`length` long) is a letter-spaced word's spacing: a lone
 * hanzi on each side, the one before it set after a run as long (a cell either way), and the one
 * after it the row's end or followed by a run as long.
 */
export function inSpacedRhythm(text: string, at: number, length: number): boolean {
  if (length < 2) return false
  const before = text[at - 1] ?? ''
  const after = text[at + length] ?? ''
  if (!HANZI.test(before) || !HANZI.test(after) || text[at - 2] !== ' ') return false
  const prev = /( +)$/.exec(text.slice(0, at - 1))?.[1].length ?? 0
  if (Math.abs(prev - length) > 1) return false
  const rest = text.slice(at + length + 1)
  if (rest.trim() === '') return true
  const next = /^( +)\S/.exec(rest)?.[1].length ?? 0
  return Math.abs(next - length) <= 1
}

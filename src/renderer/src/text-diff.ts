// What a body correction changed: paragraphs matched by a longest common subsequence, and inside a
// paragraph that was edited, the characters. Pure, so tests run in Node.

export type Piece = { kind: 'same' | 'removed' | 'added'; text: string }

export type ParagraphChange =
  | { kind: 'same'; text: string }
  | { kind: 'removed'; text: string }
  | { kind: 'added'; text: string }
  | { kind: 'changed'; pieces: Piece[] }

/** Beyond this many table cells the middle is shown as removed + added rather than diffed. */
const MAX_CELLS = 4_000_000

/** LCS over a[i..] × b[j..] as a list of same / removed / added items (indices into a and b). */
function lcs<T>(a: readonly T[], b: readonly T[]): { kind: Piece['kind']; i: number; j: number }[] {
  const n = a.length
  const m = b.length
  const out: { kind: Piece['kind']; i: number; j: number }[] = []
  if (n * m > MAX_CELLS) {
    for (let i = 0; i < n; i++) out.push({ kind: 'removed', i, j: -1 })
    for (let j = 0; j < m; j++) out.push({ kind: 'added', i: -1, j })
    return out
  }
  // len[i][j]: LCS length of a[i..] and b[j..], filled from the end.
  const len = new Uint32Array((n + 1) * (m + 1))
  const at = (i: number, j: number): number => i * (m + 1) + j
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      len[at(i, j)] = a[i] === b[j] ? len[at(i + 1, j + 1)] + 1 : Math.max(len[at(i + 1, j)], len[at(i, j + 1)])
    }
  }
  let i = 0
  let j = 0
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) out.push({ kind: 'same', i: i++, j: j++ })
    else if (i < n && (j === m || len[at(i + 1, j)] >= len[at(i, j + 1)])) out.push({ kind: 'removed', i: i++, j: -1 })
    else out.push({ kind: 'added', i: -1, j: j++ })
  }
  return out
}

/** Common prefix and suffix first: most edits touch a few characters of a long text. */
export function diffChars(before: string, after: string): Piece[] {
  const a = [...before]
  const b = [...after]
  let p = 0
  while (p < a.length && p < b.length && a[p] === b[p]) p++
  let s = 0
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++
  const pieces: Piece[] = []
  const push = (kind: Piece['kind'], ch: string): void => {
    const last = pieces[pieces.length - 1]
    if (last?.kind === kind) last.text += ch
    else if (ch) pieces.push({ kind, text: ch })
  }
  push('same', a.slice(0, p).join(''))
  const midA = a.slice(p, a.length - s)
  const midB = b.slice(p, b.length - s)
  for (const step of lcs(midA, midB)) push(step.kind, step.kind === 'added' ? midB[step.j] : midA[step.i])
  push('same', a.slice(a.length - s).join(''))
  return pieces
}

/** How alike two paragraphs are: the character pairs they share. */
function likeness(a: string, b: string): number {
  const pairs = new Set<string>()
  for (let k = 0; k + 1 < a.length; k++) pairs.add(a.slice(k, k + 2))
  let n = 0
  for (let k = 0; k + 1 < b.length; k++) if (pairs.has(b.slice(k, k + 2))) n++
  return n
}

/** Removed and added paragraphs between two kept ones: each added one pairs, in order, with the most alike removed one. */
function pairUp(removed: string[], added: string[]): ParagraphChange[] {
  const out: ParagraphChange[] = []
  let next = 0
  added.forEach((text, k) => {
    const last = removed.length - (added.length - k) // leave one removed paragraph for each added one still to pair
    if (next > last || next >= removed.length) return void out.push({ kind: 'added', text })
    let best = next
    for (let r = next + 1; r <= last; r++) if (likeness(removed[r], text) > likeness(removed[best], text)) best = r
    for (const gone of removed.slice(next, best)) out.push({ kind: 'removed', text: gone })
    out.push({ kind: 'changed', pieces: diffChars(removed[best], text) })
    next = best + 1
  })
  for (const gone of removed.slice(next)) out.push({ kind: 'removed', text: gone })
  return out
}

/** Paragraph changes; removed paragraphs next to added ones pair up as edits. */
export function diffParagraphs(before: readonly string[], after: readonly string[]): ParagraphChange[] {
  const out: ParagraphChange[] = []
  let removed: string[] = []
  let added: string[] = []
  const flush = (): void => {
    out.push(...pairUp(removed, added))
    removed = []
    added = []
  }
  for (const step of lcs(before, after)) {
    if (step.kind === 'same') {
      flush()
      out.push({ kind: 'same', text: before[step.i] })
    } else if (step.kind === 'removed') removed.push(before[step.i])
    else added.push(after[step.j])
  }
  flush()
  return out
}

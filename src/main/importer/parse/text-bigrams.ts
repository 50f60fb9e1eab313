// How well one line's text runs on into another, judged by the issue's own text. A person reading
// two columns that a converter wrote side by side ('…各直' / '际先进水平…' / '属机构：') knows
// that 直属 is a word and 直际 is not. The issue itself shows which characters follow which:
// every pair of neighbours inside a line is a pair the typesetter printed together. A line break
// mid-word joins such a pair; a wrong join makes a pair the text never shows.

/** Pseudo-count of the smoothing towards a character's overall frequency. */
const SMOOTH = 5
/** Bounds of a pair's score: one join must not outweigh the rest of the page. */
const MAX_SCORE = 3
/**
 * A pair the text never prints says less than one it prints often: one issue is too little text
 * to have printed every word (the true join's pair may occur nowhere else).
 */
const MIN_SCORE = -1

export interface Bigrams {
  /** log P(b | a) / P(b): > 0 where the text often prints b after a, < 0 where it never does. */
  score(a: string, b: string): number
  /**
   * How well line `b` goes on from line `a`: the score of the pair across the join, plus
   * TRIGRAM for each three characters across it that the text prints elsewhere ('高效' + '发展':
   * 效发展 and 高效发).
   */
  join(a: string, b: string): number
  /** The same, from a line's last two characters and the next line's first two (tail, head). */
  joinEnds(x: string[], y: string[]): number
}

/** Lines longer than this (characters) are not counted. */
const MAX_LINE = 200
/** Weight of three characters across a join that the text prints elsewhere. */
const TRIGRAM = 1.5

const isSpace = (c: string): boolean => c === ' ' || c === '\u00a0' || c === '\u3000' || c === '\t'

/** Pair counts of neighbouring characters (spaces skipped) over the given lines. */
export function countBigrams(texts: Iterable<string>): Bigrams {
  const pairs = new Map<string, number>()
  const triples = new Set<string>()
  const left = new Map<string, number>()
  const right = new Map<string, number>()
  let total = 0
  for (const t of texts) {
    // A line far wider than any column is no typeset line: it would cost time and tell nothing.
    if (t.length > MAX_LINE) continue
    let prev = ''
    let before = ''
    for (const c of t) {
      if (isSpace(c)) continue
      if (before) triples.add(before + prev + c)
      if (prev) {
        pairs.set(prev + c, (pairs.get(prev + c) ?? 0) + 1)
        left.set(prev, (left.get(prev) ?? 0) + 1)
        right.set(c, (right.get(c) ?? 0) + 1)
        total++
      }
      before = prev
      prev = c
    }
  }
  const score = (a: string, b: string): number => {
    if (!a || !b || total === 0) return 0
    const pb = ((right.get(b) ?? 0) + 1) / (total + right.size + 1)
    const p = ((pairs.get(a + b) ?? 0) + SMOOTH * pb) / ((left.get(a) ?? 0) + SMOOTH)
    return Math.max(MIN_SCORE, Math.min(MAX_SCORE, Math.log(p / pb)))
  }
  const joinEnds = (x: string[], y: string[]): number => {
    let s = score(x[x.length - 1] ?? '', y[0] ?? '')
    if (x.length === 2 && y.length >= 1 && triples.has(x.join('') + y[0])) s += TRIGRAM
    if (x.length >= 1 && y.length === 2 && triples.has(x[x.length - 1] + y.join(''))) s += TRIGRAM
    return s
  }
  return { score, joinEnds, join: (a: string, b: string): number => joinEnds(tail(a, 2), head(b, 2)) }
}

/** The last `n` characters of a line that are not spaces. */
export function tail(s: string, n: number): string[] {
  return [...s].filter((c) => !isSpace(c)).slice(-n)
}

/** The first `n` characters of a line that are not spaces. */
export function head(s: string, n: number): string[] {
  return [...s].filter((c) => !isSpace(c)).slice(0, n)
}

/** The last character of a line that is not a space. */
export function lastChar(s: string): string {
  const t = [...s.trimEnd()]
  return t[t.length - 1] ?? ''
}

/** The first character of a line that is not a space. */
export function firstChar(s: string): string {
  return [...s.trimStart()][0] ?? ''
}

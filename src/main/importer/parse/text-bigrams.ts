// How well one line's text runs on into another, judged by the issue's own text. A person reading
// two columns that a converter wrote side by side ('…各直' / '际先进水平…' / '属机构：') knows
// that 直属 is a word and 直际 is not. The issue itself shows which characters follow which:
// every pair of neighbours inside a line is a pair the typesetter printed together. A line break
// mid-word joins such a pair; a wrong join makes a pair the text never shows.
//
// Tried and dropped (s42): the language's words as well, from jieba's dictionary (70,860 words of
// two to four hanzi, frequency ≥ 20). On 20,000 breaks between two hanzi in the corpus texts, a
// word spans 52% of true joins and 5.7% of false ones, a strong signal alone; added to this score
// (+2.2 a word across the join, −0.67 none, weighted 0.25), plain-text rows moved tuning +44
// paragraphs but −9 fields, held-out −43 paragraphs and −5 fields; added only where the issue never
// prints the pair, +61 paragraphs on 13 tuning rows but −6 fields. The column readings' costs
// (text-stays.ts) are weighed against this score's scale: a new term needs them weighed again.

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
  /** The same from code points (codes()): no strings built per join. */
  joinCodes(x: readonly number[], y: readonly number[]): number
}

/** A line end's characters as code points, for Bigrams.joinCodes. */
export const codes = (chars: string[]): number[] => chars.map((c) => c.codePointAt(0) ?? 0)

/** Lines longer than this (characters) are not counted. */
const MAX_LINE = 200
/** Weight of three characters across a join that the text prints elsewhere. */
const TRIGRAM = 1.5

const isSpace = (c: string): boolean => c === ' ' || c === '\u00a0' || c === '\u3000' || c === '\t'

const codeOf = (c: string): number => c.codePointAt(0) ?? 0

/**
 * Dense ids below this keep a pair's key a small integer (id * DENSE + id); a text of more
 * distinct characters (never a gazette) keys the rest apart above PAST_DENSE.
 */
const DENSE = 2 ** 15
const PAST_DENSE = 2 ** 30
const CODE = 2 ** 21

/** Pair counts of neighbouring characters (spaces skipped) over the given lines. */
export function countBigrams(texts: Iterable<string>): Bigrams {
  // Characters by dense id, pairs by a number: a join is scored many times a page (the two-stream
  // reading tries every line against the other column's last), and string keys would build and
  // hash a new string each time. The Basic Plane's ids in a table, the rest in a map.
  const plane = new Int32Array(0x10000).fill(-1)
  const astral = new Map<number, number>()
  let ids = 0
  const idOf = (c: number): number => (c < 0x10000 ? plane[c] : (astral.get(c) ?? -1))
  const intern = (c: number): number => {
    let id = idOf(c)
    if (id < 0) {
      id = ids++
      if (c < 0x10000) plane[c] = id
      else astral.set(c, id)
    }
    return id
  }
  const pairKey = (a: number, b: number): number => (a < DENSE && b < DENSE ? a * DENSE + b : PAST_DENSE + a * CODE + b)
  const pairs = new Map<number, number>()
  // The third characters printed after each pair.
  const triples = new Map<number, Set<number>>()
  const left: number[] = []
  const right: number[] = []
  let total = 0
  for (const t of texts) {
    // A line far wider than any column is no typeset line: it would cost time and tell nothing.
    if (t.length > MAX_LINE) continue
    let prev = -1
    let before = -1
    for (const ch of t) {
      if (isSpace(ch)) continue
      const c = intern(codeOf(ch))
      if (before >= 0) {
        const key = pairKey(before, prev)
        let third = triples.get(key)
        if (!third) triples.set(key, (third = new Set()))
        third.add(c)
      }
      if (prev >= 0) {
        const key = pairKey(prev, c)
        pairs.set(key, (pairs.get(key) ?? 0) + 1)
        left[prev] = (left[prev] ?? 0) + 1
        right[c] = (right[c] ?? 0) + 1
        total++
      }
      before = prev
      prev = c
    }
  }
  // Characters seen on a pair's right: right.size of a map of them.
  let rightSize = 0
  for (const n of right) if (n) rightSize++
  // P(b) for each id, worked out once.
  const pOf = Float64Array.from({ length: ids }, (_, b) => ((right[b] ?? 0) + 1) / (total + rightSize + 1))
  const unseen = 1 / (total + rightSize + 1)
  const scoreIds = (a: number, b: number): number => {
    if (total === 0) return 0
    const pb = b < 0 ? unseen : pOf[b]
    const n = a < 0 || b < 0 ? 0 : (pairs.get(pairKey(a, b)) ?? 0)
    const p = (n + SMOOTH * pb) / ((a < 0 ? 0 : (left[a] ?? 0)) + SMOOTH)
    return Math.max(MIN_SCORE, Math.min(MAX_SCORE, Math.log(p / pb)))
  }
  const printed = (a: number, b: number, c: number): boolean => a >= 0 && b >= 0 && c >= 0 && triples.get(pairKey(a, b))?.has(c) === true
  const joinCodes = (x: readonly number[], y: readonly number[]): number => {
    if (x.length === 0 || y.length === 0) return 0
    const xl = idOf(x[x.length - 1])
    const y0 = idOf(y[0])
    let s = scoreIds(xl, y0)
    if (x.length === 2 && printed(idOf(x[0]), xl, y0)) s += TRIGRAM
    if (y.length === 2 && printed(xl, y0, idOf(y[1]))) s += TRIGRAM
    return s
  }
  const score = (a: string, b: string): number => (!a || !b ? 0 : scoreIds(idOf(codeOf(a)), idOf(codeOf(b))))
  const joinEnds = (x: string[], y: string[]): number => joinCodes(x.map(codeOf), y.map(codeOf))
  return { score, joinEnds, joinCodes, join: (a: string, b: string): number => joinEnds(tail(a, 2), head(b, 2)) }
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

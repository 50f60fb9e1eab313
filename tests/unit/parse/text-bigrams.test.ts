// Character pairs of the issue's own text (text-bigrams.ts), keyed by code points so that a join
// builds no string: the two-stream reading scores every line against the other column's last.
// The joins read from a line's ends as code points (joinCodes) and as characters (join) agree.
import { describe, expect, it } from 'vitest'
import { codes, countBigrams, head, tail } from '../../../src/main/importer/parse/text-bigrams'

const lines = ['坚持高效发展，推动高质量发展', '加快建设现代化经济体系', '高效发展是第一要务', '𠀋𠀋字在扩展区']

describe('a join scored from code points', () => {
  const g = countBigrams(lines)

  it('reads a word the text prints across the join better than one it never prints', () => {
    // 效发: printed twice; 效体: never.
    expect(g.join('坚持高效', '发展')).toBeGreaterThan(0)
    expect(g.join('坚持高效', '体系')).toBeLessThan(g.join('坚持高效', '发展'))
  })

  it('counts three characters across the join the text prints elsewhere (高效 + 发展)', () => {
    const pairOnly = g.score('效', '发')
    expect(g.join('高效', '发展')).toBeCloseTo(pairOnly + 3, 6)
  })

  it('gives the same score from code points as from characters, astral ones too', () => {
    for (const [a, b] of [['推动高质量', '发展'], ['经济', '体系'], ['扩展𠀋', '𠀋字'], ['', '发展'], ['高效', '']]) {
      expect(g.joinCodes(codes(tail(a, 2)), codes(head(b, 2)))).toBe(g.join(a, b))
    }
  })

  it('scores nothing without text, and a character it never saw as rare', () => {
    expect(countBigrams([]).join('高效', '发展')).toBe(0)
    expect(g.score('高', '龘')).toBeLessThan(0)
  })
})

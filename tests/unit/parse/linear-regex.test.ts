// Every pass over input text stays linear on 100,000-character pathological lines. A line of
// 80,000 non-breaking spaces between two Latin letters took over a minute to parse (the space-
// near-CJK regex retried from every position of the run). Caps are generous hang guards.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeText, formatDateLine } from '../../../src/main/export/text-normalize'
import { parseEntry } from '../../../src/main/export/name-list'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { collapseSpaces } from '../../../src/main/importer/parse/lines'
import { htmlToLines } from '../../../src/main/importer/read/html-lines'
import { dropLayoutSpaces } from '../../../src/main/export/text-normalize'
import { findDocNumbers, normalizeDocNumber } from '../../../src/shared/doc-number'
import { pathologicalText } from '../../support/hostile-files'

const N = 100_000
const UNITS = ['\u00a0', ' ', '\u3000', ' \u00a0\u3000', '\t', '。', '，', '…', '〔', '〔2022〕', '1', '１', '甲 ', '（', '：', '年', '号']

function ms(f: () => unknown): number {
  const t0 = performance.now()
  f()
  return performance.now() - t0
}

describe('100,000-character pathological lines', () => {
  for (const unit of UNITS) {
    const label = JSON.stringify(unit)
    it(`parses an issue holding a line of ${label}`, () => {
      const text = pathologicalText(unit, N)
      const took = ms(() => parseIssue(text))
      console.log(`parse ${label}: ${took.toFixed(0)} ms`)
      expect(took).toBeLessThan(10_000)
    })

    it(`normalises, finds 文号 in and reads as HTML a line of ${label}`, () => {
      const line = `a${unit.repeat(Math.ceil(N / unit.length))}b`
      const took = ms(() => {
        normalizeText(line)
        formatDateLine(line)
        parseEntry(line)
        findDocNumbers(line)
        normalizeDocNumber(line)
        htmlToLines(`<p>${line}</p>`)
        collapseSpaces(line)
      })
      console.log(`text passes ${label}: ${took.toFixed(0)} ms`)
      expect(took).toBeLessThan(10_000)
    })
  }
})

// The regexes the linear pass replaced, kept here as the oracle for its results.
const CJK_PARSE = '\\u2014\\u2018-\\u201d\\u2026\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef'
const CJK_EXPORT = '\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef\\u2014\\u2026\\u201c\\u201d\\u2018\\u2019'
const OLD_PARSE = new RegExp(`[ \\u3000\\u00a0]+(?=[${CJK_PARSE}])|(?<=[${CJK_PARSE}])[ \\u3000\\u00a0]+`, 'g')
const OLD_EXPORT = new RegExp(`\\s+(?=[${CJK_EXPORT}])|(?<=[${CJK_EXPORT}])\\s+`, 'g')

describe('the linear space pass removes exactly what the old regex removed', () => {
  const text = fc.string({ unit: fc.constantFrom(' ', '\u3000', '\u00a0', '\ufeff', '\n', 'a', '甲', '—', '“'), maxLength: 14 })

  it('in the parser', () => {
    fc.assert(
      fc.property(text, (s) => {
        const old = s.replace(OLD_PARSE, '').replace(/[ \u00a0]{2,}/g, ' ').trim()
        expect(collapseSpaces(s)).toBe(old)
      }),
      { numRuns: 3000, seed: 20220701 },
    )
  })

  it('in export normalisation', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(dropLayoutSpaces(s)).toBe(s.replace(OLD_EXPORT, '').replace(/\s+/g, ' ').trim())
      }),
      { numRuns: 3000, seed: 20220701 },
    )
  })
})

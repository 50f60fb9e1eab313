// Properties of 文号 normalisation: idempotent, spelling-blind, total, and honest about positions.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findDocNumbers, normalizeDocNumber } from '../../../src/shared/doc-number'
import { params, timed, TIME_CAP_MS } from './fuzz-config'

const agencyArb = fc.string({
  unit: fc.constantFrom(...'兴政发办函晋人社厅吕自然资字县委'),
  minLength: 2,
  maxLength: 8,
})
const BRACKETS = [['〔', '〕'], ['[', ']'], ['【', '】'], ['(', ')'], ['（', '）'], ['［', '］'], ['', '']]
const FULL_DIGITS = (s: string): string =>
  s.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))

const spelledArb = fc.record({
  agency: agencyArb,
  year: fc.integer({ min: 1900, max: 2099 }),
  serial: fc.integer({ min: 1, max: 99999 }),
  brackets: fc.constantFrom(...BRACKETS),
  space: fc.constantFrom('', ' ', '  ', '\u3000', '\t'),
  fullWidth: fc.boolean(),
  nian: fc.boolean(),
  hao: fc.boolean(),
  zeros: fc.constantFrom('', '0', '00'),
})

const textArb = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...'兴政发〔〕[]()（）2022年第号 0１８根据和'), maxLength: 200 }),
)

describe('normalizeDocNumber', () => {
  it('normalises every spelling of {agency, year, serial} to 机关〔年〕号', () => {
    fc.assert(
      fc.property(spelledArb, (p) => {
        const [open, close] = p.brackets
        const s = p.space
        const year = `${p.year}${p.nian ? '年' : ''}`
        const serial = `${p.zeros}${p.serial}${s}${p.hao ? '号' : ''}`
        let text = `${p.agency}${s}${open}${s}${year}${s}${close}${s}${serial}`
        if (p.fullWidth) text = FULL_DIGITS(text)
        // Without brackets and 号 the year and serial run together and cannot be told apart.
        fc.pre(open !== '' || p.nian || s !== '')
        expect(normalizeDocNumber(text)).toBe(`${p.agency}〔${p.year}〕${p.serial}号`)
      }),
      params(1000),
    )
  })

  it('is idempotent and never throws', () => {
    fc.assert(
      fc.property(textArb, (x) => {
        const { value: once, ms } = timed(() => normalizeDocNumber(x))
        expect(ms).toBeLessThan(TIME_CAP_MS)
        if (once !== null) expect(normalizeDocNumber(once)).toBe(once)
      }),
      params(2000),
    )
  })
})

describe('findDocNumbers', () => {
  it('never throws; every match is the input text at its index, and normalised', () => {
    fc.assert(
      fc.property(textArb, (x) => {
        const { value: found, ms } = timed(() => findDocNumbers(x))
        expect(ms).toBeLessThan(TIME_CAP_MS)
        for (const m of found) {
          expect(x.slice(m.index, m.index + m.raw.length)).toBe(m.raw)
          expect(normalizeDocNumber(m.docNumber)).toBe(m.docNumber)
        }
      }),
      params(2000),
    )
  })
})

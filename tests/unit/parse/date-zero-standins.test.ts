// A Chinese-numeral year whose zero is not 〇: typed as the digit ('二0二二年', as county offices
// often type it), or left as U+FFFD by text extraction where the font has no 〇 (GB2312 fonts:
// city-xe-dense was first set in AR PL SungtiL GB, and pdftotext gave '二�二二年六月九日' for
// every date; FandolFang lacks ○, see prov-xe-toc2 in scripts/typeset/README.md).
import { describe, expect, it } from 'vitest'
import { parseDateLine } from '../../../src/main/importer/parse/dates'

describe('Chinese-numeral years with a stand-in zero', () => {
  it('reads the digit 0 and U+FFFD as 〇', () => {
    expect(parseDateLine('二0二二年六月九日')).toBe('2022-06-09')
    expect(parseDateLine('二０二二年六月十七日')).toBe('2022-06-17')
    expect(parseDateLine('二\uFFFD一八年十一月六日')).toBe('2018-11-06')
    expect(parseDateLine('二\uFFFD\uFFFD五年三月三日')).toBe('2005-03-03')
  })

  it('needs two real digits of the year', () => {
    expect(parseDateLine('\uFFFD\uFFFD\uFFFD二年六月九日')).toBeNull()
    expect(parseDateLine('2022年6月9日')).toBe('2022-06-09')
  })
})

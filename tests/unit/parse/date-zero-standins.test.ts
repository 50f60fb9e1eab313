// A Chinese-numeral year whose zero is not 〇: typed as the digit ('二0二二年', as county offices
// often type it), or left as U+FFFD by text extraction where the font has no 〇 (GB2312 fonts:
// city-xe-dense was first set in AR PL SungtiL GB, and pdftotext gave '二�二二年六月九日' for
// every date; FandolFang lacks ○, see prov-xe-toc2 in scripts/typeset/README.md).
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseDateLine } from '../../../src/main/importer/parse/dates'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { REPO_ROOT } from '../../support/sample'

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

  it('puts back a 〇 lost as a blank where only one place makes a year (county-web-mixed)', () => {
    // Chromium printed 〇 from a fallback font (the body font, AR PL SungtiL GB, has none), and
    // pdftotext wrote its glyph as a space: '二 二二年五月十二日', read as '二二二年…'.
    const text = readFileSync(join(REPO_ROOT, 'tests/fixtures/typeset/tuning/county-web-mixed/county-web-mixed.txt'), 'utf8')
    expect(text).toContain('二 二二年五月十二日')
    expect(parseDateLine('二 二二年五月十二日')).toBe('2022-05-12')
    expect(parseDateLine('二二二年六月七日')).toBe('2022-06-07')
    expect(parseDateLine('一九九年五月十二日')).toBe('1990-05-12')
    // 二〇〇六 or 二〇六〇: no one place.
    expect(parseDateLine('二〇六年一月一日')).toBeNull()
    expect(parseDateLine('二二二年5月1日')).toBeNull()
  })

  it('puts back the leading 二 of a year read as 〇〇四 (county-web-mixed)', () => {
    // The same fallback 〇s, read this time as text, but on a line of their own: pdftotext wrote
    // the body font's 二 four lines further down ('〇〇四年一月十六日' … '二'). No year in range
    // starts with 〇, so the lost numeral is the leading 二.
    const text = readFileSync(join(REPO_ROOT, 'tests/fixtures/typeset/tuning/county-web-mixed/county-web-mixed.txt'), 'utf8')
    expect(text).toContain('\n〇〇四年一月十六日\n')
    expect(parseDateLine('〇〇四年一月十六日')).toBe('2004-01-16')
    expect(parseDateLine('〇二二年五月十二日')).toBe('2022-05-12')
    // The 通报 of 国务院办公厅 closes on it, and the next document keeps its own date.
    const docs = parseIssue(text).documents
    const report = docs.find((d) => d.title.includes('煤矿瓦斯爆炸事故'))
    expect(report?.date).toBe('2004-01-16')
    const pledge = docs.find((d) => d.docNumber === '兴政函〔2022〕51号')
    expect(pledge?.date).toBe('2022-06-07')
  })
})

// The provincial sweep round 2's -layout text (scripts/typeset/sweep_prov2.py): rows pdftotext
// writes that the column reading took apart wrongly.
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { bannersAcross } from '../../../src/main/importer/layout/text-layout-banners'
import { rowKind } from '../../../src/main/importer/layout/text-layout-rows'
import { typesetText } from '../../support/typeset-files'

/** A page of a layout's -layout text as the column reading gives it, rows trimmed. */
const readPage = (layout: string, page: number): string[] =>
  readLayoutColumns(typesetText(layout, 'layout.txt')).split('\f')[page - 1].split('\n').map((r) => r.trim())

describe("a 目录 row holding the right column's banner one space after a full title line (prov2-joint6)", () => {
  // '国务院办公厅关于辽宁省在曾培炎副总理考察 【人事任免】': the widest title line beside the right
  // column holds digits ('国务院关于同意组建 2008 年北京奥运会首都国'), which count half an em each
  // and measured past the full lines of ideographs: the row was not cut, the 栏目 lost.
  it('is cut there, the title line measured against full lines of ideographs, not one with digits', () => {
    const page = readPage('prov2-joint6', 2)
    expect(page).toContain('国务院办公厅关于辽宁省在曾培炎副总理考察')
    const banner = page.indexOf('【人事任免】')
    expect(banner).toBeGreaterThan(page.indexOf('【部门文件】'))
    expect(page[banner + 1]).toBe('国务院办公厅关于调整国务院第二次全国污染')
  })
})

describe("a banner flush left with the right column's own banner on the row under it (prov2-a4, 目录)", () => {
  const rows = [
    '   国办发〔2004〕7 号                                                                      汝财发〔2022〕37 号',
    '【国务院办公厅函件】',
    '                                                                                    【人事任免】',
    '国务院办公厅关于辽宁省在曾培炎副总理考察工',
    '   作时所提问题和建议办理情况的函. . . . . . . . .·10·                                             国务院办公厅关于调整国务院第二次全国污染源',
  ]
  it("is the left column's, not one across the page that cuts the columns into bands", () => {
    const kinds = rows.map((r) => rowKind(r, 84, 21))
    expect(kinds.map((k) => k.kind)).toEqual(['both', 'left', 'right', 'left', 'both'])
    expect(bannersAcross(kinds, 84, rows)[1].kind).toBe('left')
    // With the right column's text under it instead, it stands across.
    const under = [...rows.slice(0, 2), '                                                                                    国务院办公厅关于调整国务院']
    expect(bannersAcross(under.map((r) => rowKind(r, 84, 21)), 84, under)[1].kind).toBe('across')
  })

  it('reads the 目录 page with each 栏目 over its own entries', () => {
    const page = readPage('prov2-a4', 2)
    const at = (s: string): number => page.indexOf(s)
    expect(at('【国务院办公厅函件】')).toBeLessThan(at('国务院办公厅关于四川省在温家宝总理考察工作'))
    expect(at('国务院办公厅关于辽宁省在曾培炎副总理考察工')).toBe(at('【国务院办公厅函件】') + 1)
  })
})

describe("a name list's row beside a 文号 set in from the right column's edge (prov2-95, page 7)", () => {
  it('is cut at the run of spaces the gutter lies in, not at the one between name and post', () => {
    const row = '  成    员：何亚非   外交部部长助理              国函〔2018〕145 号'
    expect(rowKind(row, 25, 21)).toMatchObject({ kind: 'both', left: '  成    员：何亚非   外交部部长助理' })
    const page = readPage('prov2-95', 7)
    expect(page).toContain('成    员：何亚非   外交部部长助理')
    expect(page).toContain('国函〔2018〕145 号')
  })
})

describe("a left line's last staircase piece, a lone mark, one space before the right column's line (prov2-a0, page 18)", () => {
  // '          （鄂政文〔2004〕15 号）' / '                        ， 20 时 35 分。据三峡地震台网测定，这两次震'
  const row = '                        ， 20 时 35 分。据三峡地震台网测定，这两次震'

  it('is a row of both columns, the mark the left one’s: the space beside a digit is no gutter by itself', () => {
    expect(rowKind(row, 31, 21)).toEqual({ kind: 'both', left: '                        ，', right: '20 时 35 分。据三峡地震台网测定，这两次震' })
  })

  it('puts the mark back at its line’s end, and the left column reads on down to its foot before the right one', () => {
    const page = readPage('prov2-a0', 18)
    expect(page).toContain('（鄂政文〔2004〕15 号），')
    expect(page.indexOf('根据曾培炎副总理的批示，国土资源部迅速组织')).toBe(page.indexOf('（鄂政文〔2004〕15 号），') + 1)
    expect(page.indexOf('根据曾培炎副总理的批示，国土资源部迅速组织')).toBeLessThan(page.indexOf('挥部等单位专家组成的专家组，于 2004 年 4 月'))
  })
})

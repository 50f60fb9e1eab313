// A band of three columns in pdftotext -layout text whose one-em gutters are a single cell where a
// column's line is full (prov-xe-3col-mast, 【建议提案答复】): the rows are cut where the widths add up
// and the band is read column by column, after the rows above it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { rowColumns, threeBand } from '../../../src/main/importer/layout/text-layout-three'
import { REPO_ROOT } from '../../support/sample'

const FILE = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', 'prov-xe-3col-mast', 'prov-xe-3col-mast.layout.txt')
const TEXT = readFileSync(FILE, 'utf8')
const page = (text: string, n: number): string[] => text.split('\f')[n - 1].split('\n').map((l) => l.trim()).filter((l) => l !== '')

/** Whether the lines hold `seq` one after the other. */
function inOrder(lines: string[], seq: string[]): boolean {
  const i = lines.indexOf(seq[0])
  return i >= 0 && seq.every((s, k) => lines[i + k] === s)
}

describe('rowColumns', () => {
  const edges = [0, 22, 40] as const
  it('cuts a row of three lines joined at single spaces where each is a column wide', () => {
    expect(rowColumns('  国家经贸委《关于解决当前黄金 持。黄金生产企业要按照两个根本性 号）的有关规定，同时参照黄金税收', 16, edges)).toEqual([
      [2, '国家经贸委《关于解决当前黄金'],
      [0, '持。黄金生产企业要按照两个根本性'],
      [0, '号）的有关规定，同时参照黄金税收'],
    ])
  })

  it('gives a piece pdftotext set left of its column edge, too wide where it starts, to the next column', () => {
    expect(rowColumns('                  金管理部门，按照政企分开的原则进 听取民意的建议收悉，现答复如下：', 16, edges)).toEqual([
      null,
      [0, '金管理部门，按照政企分开的原则进'],
      [0, '听取民意的建议收悉，现答复如下：'],
    ])
  })

  it('cuts a title line set larger inside a column at its one space between ideographs', () => {
    expect(rowColumns('国务院办公厅关于黄金经济政 资规模每年仍按 10 亿元安排，所需  另外，白银的经济政策继续按照', 16, edges)).toEqual([
      [0, '国务院办公厅关于黄金经济政'],
      [0, '资规模每年仍按 10 亿元安排，所需'],
      [0, '另外，白银的经济政策继续按照'],
    ])
  })
})

describe('threeBand', () => {
  it('finds the band under the banner, not the two-column rows above it', () => {
    const rows = TEXT.split('\f')[10].split('\n')
    const band = threeBand(rows)
    expect(band).not.toBeNull()
    expect(rows.slice(0, band!.start).some((r) => r.includes('【建议提案答复】'))).toBe(true)
    expect(band!.columns[0][0].trim()).toBe('国务院办公厅文件')
    expect(band!.columns[1][0].trim()).toBe('由中国人民建设银行贷款；续建项目，')
    expect(band!.columns[2][0].trim()).toBe('产环节的增值税，配售环节的增值税')
  })

  it('finds none on a page of two columns', () => {
    expect(threeBand(TEXT.split('\f')[9].split('\n'))).toBeNull()
  })
})

describe('readLayoutColumns on three joined columns', () => {
  const lines = page(readLayoutColumns(TEXT), 11)
  it('reads each column down, the in-column masthead document first', () => {
    expect(inOrder(lines, ['国务院办公厅文件', '国办函〔1996〕16 号', '国务院办公厅关于黄金经济政', '策有关问题的复函', '国家经贸委、冶金部：', '国家经贸委《关于解决当前黄金', '生产问题的意见》和冶金部《关于“九'])).toBe(true)
    expect(inOrder(lines, ['（本文有删减）', '国务院办公厅对十届全国人大', '四次会议第 7264 号建议的答', '复', '（国办函〔2006〕69 号）', '邓明义代表：', '您提出的关于请总理网上博客', '听取民意的建议收悉，现答复如下：'])).toBe(true)
  })

  it('reads the two-column rows above the band before it', () => {
    expect(lines.indexOf('在地震重点监视防御区，使防震减灾知识家喻户晓。')).toBeLessThan(lines.indexOf('【建议提案答复】'))
    expect(lines.indexOf('一九九七年一月二十日')).toBeLessThan(lines.indexOf('【建议提案答复】'))
    expect(lines.indexOf('【建议提案答复】')).toBeLessThan(lines.indexOf('国务院办公厅文件'))
  })
})

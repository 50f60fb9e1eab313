// web3-sw-xbs.layout.txt, the page printed 17 (Chromium, three columns): the left column closes a
// document (its signature, date and public note) and, under two blank rows, the next one's title
// and member list begin; the middle and right columns carry that list on from the page's top to its
// foot. pdftotext leaves the two blank rows across the page (the title's leading), which read as
// a band's end: the middle and right columns' top rows were read before the new document's title,
// and the two name lists side by side, neither a column of text wide, were not split at all.
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { isTwoColumns } from '../../../src/main/importer/layout/text-layout-runs'
import { findGutter, rowKind } from '../../../src/main/importer/layout/text-layout-rows'
import { typesetText } from '../../support/typeset-files'

const text = typesetText('web3-sw-xbs', 'layout.txt')
const page = text.split('\f').find((p) => p.includes('高俊君 县人社局局长'))!.split('\n')

describe('two name lists side by side in a side of a page of three columns', () => {
  // The middle and right columns' rows at the page's top, past the left column's lines (a wrapped
  // entry's rest, '副', sets out two cells past them).
  const top = page.slice(page.findIndex((r) => r.includes('高俊君')), page.findIndex((r) => r.includes('张培国')) + 1)
  const side = top.map((r) => r.slice(22)).filter((r) => r.trim() !== '')
  const gutter = findGutter(side, Math.max(...side.map((r) => r.length)))!
  const run = side.map((r) => rowKind(r, gutter, undefined))

  it('are two columns in a side read again, not on a page of their own', () => {
    expect(run.every((r) => r.kind === 'both')).toBe(true)
    expect(isTwoColumns(run, true)).toBe(true)
    // Lines of eleven ems or fewer: no column of text on a page read for the first time.
    expect(isTwoColumns(run)).toBe(false)
  })
})

describe('a column of text beside a name list, in a side read again', () => {
  // The page's right column (the notice's last paragraph) set beside its middle one's list: the
  // list may stand on either side of the side's gutter.
  const words = ['委员会下设办公室，办公室设在', '公安局禁毒大队，县禁毒办主任', '同志兼任，副主任由杨旭兵同志', '体负责县禁毒委员会日常工作。', '领导小组组成人员如有变动，由', '职人员自行替补，领导小组办公', '态调整，不再另行发文。', '特此通知。']
  const entries = ['刘晓永 县司法局副局长', '贺建军 县教科局副局长', '白海凤 县发改局副局长', '刘学智 县卫体局副局长', '高 峰 县民政局副局长', '刘梅萍 县财政局副局长', '郭永兴 市生态环境局兴', '县分局副局长']
  const rowsOf = (left: readonly string[], right: readonly string[]): string[] => left.map((l, k) => `${l.padEnd(22, ' ')}  ${right[k]}`)
  const runOf = (rows: readonly string[]) => rows.map((r) => rowKind(r, findGutter(rows, Math.max(...rows.map((x) => x.length)))!, undefined))

  it('is two columns with the list on the right or on the left', () => {
    expect(isTwoColumns(runOf(rowsOf(words, entries)), true)).toBe(true)
    expect(isTwoColumns(runOf(rowsOf(entries, words)), true)).toBe(true)
  })
})

describe('a left column closing a document beside columns that run on', () => {
  const lines = readLayoutColumns(text).split('\n').map((l) => l.trim())
  const at = (line: string): number => lines.indexOf(line)

  it('reads the left column whole, then the middle one, then the right one', () => {
    // The left column: the closing, then the next document's title and the list's first entries.
    expect(at('公开属性：主动公开')).toBeLessThan(at('兴县人民政府办公室关于'))
    expect(at('刘旭耀 县公安局常务副局长')).toBeLessThan(at('高俊君 县人社局局长'))
    // The middle column from the page's top to its foot, then the right one's.
    expect(at('检察长')).toBeLessThan(at('刘晓永 县司法局副局长'))
    expect(at('刘振平 县交通局副局长')).toBeLessThan(at('原科伟 县农业农村局副局长'))
    expect(at('张培国 蔡家崖火车站负')).toBeLessThan(at('责人'))
    expect(at('高俊君 县人社局局长')).toBeGreaterThan(0)
  })
})

// Titles by their typography (PDF lines with layout): the title over a 文号 bounded by its face,
// and a 目录 entry the text cannot find (issuer-prefixed, no 关于, wrapped) found on its page.
import { describe, expect, it } from 'vitest'
import type { LineLayout, SourceLine } from '../../../src/shared/source-line'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { isTitleType, titleAboveByType } from '../../../src/main/importer/parse/title-type'

const BODY: Partial<LineLayout> = {}
const TITLE: Partial<LineLayout> = { size: 22, relSize: 1.38, font: 'biaosong', align: 'centre', indent: 6 }
const SECTION: Partial<LineLayout> = { size: 22, relSize: 1.38, font: 'hei', align: 'centre', indent: 10 }

function layout(page: number, over: Partial<LineLayout>): LineLayout {
  return { page, pageLabel: String(page - 2), column: 0, columns: 1, spans: false, x0: 80, x1: 300, y: 100, size: 16, relSize: 1, font: 'fangsong', bold: false, align: 'left', indent: 2, gapBefore: 0, parts: 1, ...over }
}

/** An issue as [text, page, face] rows; pages 3 and 4 are printed as 1 and 2. */
const ROWS: [string, number, Partial<LineLayout>][] = [
  ['兴县人民政府公报', 1, TITLE],
  ['2022年第2期（总第4期）', 1, BODY],
  ['目  录', 2, TITLE],
  ['县政府文件', 2, BODY],
  ['兴县人民政府关于做好春耕生产工作的通知（兴政发〔2022〕8号）……1', 2, BODY],
  ['部门文件', 2, BODY],
  ['2022年第一季度全县经济运行情况通报……2', 2, BODY],
  ['县政府文件', 3, SECTION],
  ['兴县人民政府', 3, TITLE],
  ['关于做好春耕生产工作的通知', 3, TITLE],
  ['兴政发〔2022〕8号', 3, { align: 'centre' }],
  ['各乡（镇）人民政府，县直各有关单位：', 3, { indent: 0 }],
  ['为做好今年春耕生产工作，现将有关事项通知如下。', 3, BODY],
  ['兴县人民政府', 3, { align: 'right' }],
  ['2022年3月1日', 3, { align: 'right' }],
  ['（此件公开发布）', 3, BODY],
  ['部门文件', 4, SECTION],
  ['兴县统计局2022年第一季度全县', 4, TITLE],
  ['经济运行情况通报', 4, TITLE],
  ['一季度，全县经济运行总体平稳，主要指标好于预期。', 4, BODY],
  ['兴县统计局', 4, { align: 'right' }],
  ['2022年4月10日', 4, { align: 'right' }],
]

function source(withLayout: boolean): { text: string; lines?: SourceLine[] } {
  const text = ROWS.map((r) => r[0]).join('\n')
  if (!withLayout) return { text }
  return { text, lines: ROWS.map(([t, page, face], i) => ({ no: i + 1, text: t, layout: layout(page, face) })) }
}

describe('titles by their typography', () => {
  it('takes large centred lines as title-set, body text not', () => {
    expect(isTitleType(layout(3, TITLE))).toBe(true)
    expect(isTitleType(layout(3, BODY))).toBe(false)
    // Left-set large text is a title only in a title face (a narrow column's first title line).
    expect(isTitleType(layout(3, { ...TITLE, font: 'song', align: 'left' }))).toBe(false)
    expect(isTitleType(layout(3, { ...TITLE, align: 'left' }))).toBe(true)
    expect(isTitleType(layout(3, { ...TITLE, align: 'right' }))).toBe(false)
  })

  it('finds a 目录 entry the text misses by its wrapped title on the labelled page', () => {
    const plain = parseIssue(source(false))
    expect(plain.documents.map((d) => d.title)).toEqual(['关于做好春耕生产工作的通知'])
    const paged = parseIssue(source(true))
    expect(paged.documents.map((d) => [d.title, d.category, d.docNumber])).toEqual([
      ['关于做好春耕生产工作的通知', '县政府文件', '兴政发〔2022〕8号'],
      ['兴县统计局2022年第一季度全县经济运行情况通报', '部门文件', null],
    ])
    expect(paged.documents[1]).toMatchObject({ issuers: ['兴县统计局'], date: '2022-04-10' })
  })

  it('checks each 目录 page against the page number printed where the title stands', () => {
    const codes = (i: ReturnType<typeof parseIssue>): string[][] => i.documents.map((d) => (d.reasons ?? []).map((r) => r.code))
    const confirmed = parseIssue(source(true))
    expect(codes(confirmed).flat()).not.toContain('NOT_ON_TOC_PAGE')
    const moved = source(true)
    moved.text = moved.text.replace('（兴政发〔2022〕8号）……1', '（兴政发〔2022〕8号）……5')
    const doubted = parseIssue(moved)
    expect(doubted.documents[0].tocPage).toBe(5)
    expect(codes(doubted)[0]).toContain('NOT_ON_TOC_PAGE')
    expect(codes(doubted)[1]).not.toContain('NOT_ON_TOC_PAGE')
    // Text alone shows no printed pages, so it raises no such doubt.
    expect(codes(parseIssue(moved.text)).flat()).not.toContain('NOT_ON_TOC_PAGE')
  })

  it('takes the page of the title, not of a 文号 set above it at the foot of the page before (county-lo-autonum)', () => {
    // The 文号 ends printed page 1; the title and its text stand on page 2, as the 目录 says.
    const rows: [string, number, Partial<LineLayout>][] = ROWS.flatMap((r): [string, number, Partial<LineLayout>][] => {
      if (r[0] === '兴政发〔2022〕8号') return []
      if (r[0].endsWith('（兴政发〔2022〕8号）……1')) return [[r[0].replace('……1', '……2'), r[1], r[2]]]
      if (r[0] === '兴县人民政府' && r[2] === TITLE) return [['兴政发〔2022〕8号', 3, { align: 'right' }], [r[0], 4, r[2]]]
      return [[r[0], r[1] === 3 && r[0] !== '县政府文件' ? 4 : r[1], r[2]]]
    })
    const text = rows.map((r) => r[0]).join('\n')
    const issue = parseIssue({ text, lines: rows.map(([t, page, face], i) => ({ no: i + 1, text: t, layout: layout(page, face) })) })
    expect(issue.documents[0]).toMatchObject({ docNumber: '兴政发〔2022〕8号', tocPage: 2 })
    expect((issue.documents[0].reasons ?? []).map((r) => r.code)).not.toContain('NOT_ON_TOC_PAGE')
  })

  it('keeps an OCR’d title whole though its short last line’s size is estimated 0.7 pt off', () => {
    // Sizes as OCR measured them on the fixture scan (detection at 1280 px): 16.8 and 16.1 pt.
    const rows: [string, Partial<LineLayout>][] = [
      ['兴县人民政府关于印发全面落实保障农民工工资支付相关制度', { ...TITLE, font: 'song', size: 16.8, relSize: 1.46, align: 'full' }],
      ['的通知', { ...TITLE, font: 'song', size: 16.1, relSize: 1.4 }],
      ['兴政发〔2022〕8号', { align: 'centre', size: 12 }],
    ]
    const lines = (ocr: boolean): SourceLine[] =>
      rows.map(([text, face], i) => ({ no: i + 1, text, layout: { ...layout(3, face), measured: ocr } }))
    expect(titleAboveByType(lines(true), 2, 0)).toEqual([0, 1])
    // A text layer's sizes are exact: lines 0.7 pt apart are set in two sizes.
    expect(titleAboveByType(lines(false), 2, 0)).toEqual([1])
  })
})

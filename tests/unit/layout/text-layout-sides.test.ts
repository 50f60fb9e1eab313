// A column's rows of -layout text once its page is split at the gutter. Three Word- and XeTeX-born
// pages of the tuning layouts: a page set at a line and a half (county-docx-sw-c0, page 7), whose
// blank rows inside paragraphs made the parser read its left column's paragraphs as blocks of two
// columns written block by block (a reply's first paragraph put inside the 承诺函 beside it); a
// page whose lines pdftotext cut at a pair of full-width marks ('管。' / ' （生态环境部指导）…',
// city-xe-toc2fang-b page 13); and a name table set in the left column (city-docx-sw-tables page
// 14), whose posts, on rows where the right column is blank, were read as the right column's lines;
// a form of narrow cells (city-docx-sw-norule page 13, a 推荐表 at the left column's foot going on at
// the right column's head), written a character to a row, read as lines of single characters.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { REPO_ROOT } from '../../support/sample'

const TUNING = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning')
const layoutText = (name: string): string => readFileSync(join(TUNING, name, `${name}.layout.txt`), 'utf8')
/** One page of a layout, read, each row trimmed. */
const readPage = (text: string, page: number): string[] => readLayoutColumns(text.split('\f')[page - 1]).split('\n').map((r) => r.trim())

describe('a column set at a line and a half', () => {
  const text = layoutText('county-docx-sw-c0')
  const page = readPage(text, 7)

  it('loses the blank rows pdftotext rounds its leading to, inside and between paragraphs', () => {
    const first = page.indexOf('一、同意将位于兴县瓦塘镇兴汉村，编号为')
    expect(first).toBeGreaterThan(0)
    expect(page[first + 1]).toBe('2021-09 号宗地，面积为 154370 平方米的国有')
    const land = page.indexOf('增建设用地 8.4075 公顷。占用永久基本农田')
    expect(page[land + 1]).toBe('1.3857 公顷，占用生态红线 0.2667 公顷，本项')
    expect(page[page.indexOf('目不在城镇开发边界内。') + 1]).toBe('根据《自然资源部关于做好近期国土空间规')
  })

  it('keeps each document’s paragraphs in its own body', () => {
    const docs = parseIssue(readLayoutColumns(text)).documents
    const pledge = docs.find((d) => d.docNumber === '兴政函〔2022〕51号')
    const reply = docs.find((d) => d.docNumber === '兴政函〔2022〕62号')
    expect(pledge?.blocks.some((b) => b.text.startsWith('你单位'))).toBe(false)
    expect(reply?.blocks.some((b) => b.text.startsWith('你单位《关于2021-09号宗地'))).toBe(true)
    expect(pledge?.blocks.some((b) => b.text.startsWith('根据《自然资源部') && b.text.endsWith('空间规模。'))).toBe(true)
  })
})

describe('a line pdftotext wrote in two pieces at a pair of full-width marks', () => {
  const page = readPage(layoutText('city-xe-toc2fang-b'), 13)

  it('is one line again: the head, then the rest from its mark', () => {
    expect(page).toContain('管。（生态环境部指导）全面实施危险废物电')
    expect(page).toContain('控水平。（生态环境部、交通运输部指导）开')
    expect(page).toContain('制度试点。（生态环境部指导）落实《医疗废')
    expect(page).toContain('物管理条例》，强化地方政府医疗废物集中处')
    expect(page).not.toContain('管。')
  })

  it('leaves a paragraph that opens with a quote or a numbered heading under the line before', () => {
    expect(page).toContain('（五）提升风险防控能力，强化危险废物')
    expect(page[page.indexOf('（五）提升风险防控能力，强化危险废物') - 1]).toBe('工业和信息化部指导）')
  })

  it('leaves a bracketed 文号 alone on its row under the line it follows (prov-sw-a0, page 7)', () => {
    const cited = readPage(layoutText('prov-sw-a0'), 7)
    const at = cited.indexOf('运营商有关事项的通知》')
    expect(at).toBeGreaterThan(0)
    expect(cited[at + 1]).toBe('（兴政发〔2022〕10 号）')
  })
})

describe('a name table in the left column', () => {
  const page = readPage(layoutText('city-docx-sw-tables'), 14)

  it('reads each name with its post, the right column blank beside it or not', () => {
    expect(page).toContain('赵雪鸿\u3000\u3000县工信局局长')
    expect(page).toContain('李志鸿\u3000\u3000县乡村振兴局局长')
    expect(page.some((r) => r === '县工信局局长' || r === '赵雪鸿')).toBe(false)
  })

  it('puts a post wrapped in its cell back after its start', () => {
    expect(page).toContain('裴亚军\u3000\u3000县政府信息和金融服务中心主任')
    expect(page).not.toContain('服务中心主任')
  })

  it('leaves a 文号 set under a table’s last row on its line (county-docx-2col-b, page 11)', () => {
    const form = readPage(layoutText('county-docx-2col-b'), 11)
    expect(form).toContain('兴政办函〔2022〕6 号')
  })
})

describe('a form of narrow cells, a character to a row', () => {
  const page = readPage(layoutText('city-docx-sw-norule'), 13)

  it('reads each of its rows whole, cells read down and set apart by tabs', () => {
    expect(page).toContain('基本情况\t姓名\t性别\t出生年月')
    expect(page).toContain('政治面貌\t参加工作时间')
    expect(page).toContain('现任职务\t任现职时间')
    expect(page).toContain('派出单位意见\t(盖章)年月日')
  })

  it('joins a row cut at the left column\'s foot to its rest at the right column\'s head', () => {
    expect(page).toContain('学位\t在职教育\t毕业院校及专业')
  })

  it('keeps the last cell set before the gutter in the form, not in the right column\'s text', () => {
    const next = page.indexOf('调查，能全面、准确、及时了解城乡居民收入、')
    expect(page[next + 1]).toBe('消费及其他生活状况，为国民经济核算和居民消')
  })
})

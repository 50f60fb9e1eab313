// A document's head read from two columns pdftotext wrote line by line, where documents start
// mid-column (XeLaTeX issues): the 主送机关 goes on from its own title in its column, whatever the
// other column's line the converter wrote between them (city-xe-span-mid.txt page 8: the title
// '国务院办公厅关于国家综合性消防救援车辆' / '悬挂应急救援专用号牌有关事项的通知' over '各省、自治区、
// 直辖市人民政府，国务院各部委、各'); and a 栏目 heading set across the page under a band whose
// right column ended its document on a short line ('充分发挥协调委的作用。') parts the two bands,
// though the left column's foot, written last, runs to the edge (city-xe-midcol-b.txt page 6).
// The excerpts are the file's lines; the paragraphs expected are its truth.
import { describe, expect, it } from 'vitest'
import { joinCost } from '../../../src/main/importer/parse/text-joins'
import { headingAcross } from '../../../src/main/importer/parse/text-columns'
import { tocAnchors } from '../../../src/main/importer/parse/toc-anchors'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetTruth, typesetText, flat } from '../../support/typeset-files'
import { unit, noGrams as grams } from './join-units'

const toc = tocAnchors([
  { category: '国务院办公厅文件', title: '国务院办公厅关于国家综合性消防救援车辆悬挂应急救援专用号牌有关事项的通知', docNumber: '国办发〔2018〕114号', page: 6 },
  { category: '国务院办公厅函件', title: '国务院办公厅对十届全国人大四次会议第7240号建议的答复', docNumber: '国办函〔2006〕71号', page: 12 },
])

describe('a 主送机关 under its title’s last line', () => {
  const ctx = { full: 46, grams, toc }
  const bare = { full: 46, grams }
  const title = unit('悬挂应急救援专用号牌有关事项的通知')

  it('reads on from the title when it opens with bodies named one after another, or salutes', () => {
    const address = unit('各省、自治区、直辖市人民政府，国务院各部委、各')
    expect(joinCost(ctx, title, address)).toBeLessThanOrEqual(joinCost(bare, title, address) - 4)
    const salute = unit('周桂英等代表：')
    expect(joinCost(ctx, unit('7240 号建议的答复'), salute)).toBeLessThanOrEqual(joinCost(bare, unit('7240 号建议的答复'), salute) - 4)
  })

  it('says nothing of a 主送机关 naming one body, nor under a line no title of the 目录 holds', () => {
    const one = unit('县自然资源局：')
    expect(joinCost(ctx, title, one)).toBe(joinCost(bare, title, one))
    const address = unit('各省、自治区、直辖市人民政府，国务院各部委、各')
    expect(joinCost(ctx, unit('关于做好防汛工作的通知'), address)).toBe(joinCost(bare, unit('关于做好防汛工作的通知'), address))
  })
})

describe('a 栏目 heading under a band whose right column ended on a short line', () => {
  const at = (texts: string[]): { lines: { no: number; text: string }[]; full: number } => ({ lines: texts.map((text, no) => ({ no, text })), full: 44 })
  const foot = '任，副主任分别由民航华北管理局、北京奥组委'

  it('is set across the page: the band above ends there', () => {
    expect(headingAcross(at(['充分发挥协调委的作用。', '', foot, '', '二、国务院办公厅文件', '国办发〔1996〕2 号']), 4)).toBe(true)
  })

  it('stands in a column where the line before the open foot runs on', () => {
    expect(headingAcross(at(['关系到人民生命和财产安全，关系到国家经济建', '', foot, '', '二、国务院办公厅文件', '国办发〔1996〕2 号']), 4)).toBe(false)
  })

  it('gives 国函〔2006〕38号 its members’ list, in the whole issue', () => {
    const name = 'city-xe-midcol-b'
    const doc = parseIssue(typesetText(name)).documents.find((d) => d.docNumber === '国函〔2006〕38号')
    const blocks = new Set(doc?.blocks.map((b) => flat(b.text)))
    const rows = typesetTruth(name).find((d) => d.docNumber === '国函〔2006〕38号')!.paragraphs.map(flat).filter((p) => /^(刘金国|吉林|王伟|蔡旭敏|龚正|马健)/.test(p))
    expect(rows.length).toBe(6)
    for (const p of rows) expect(blocks.has(p)).toBe(true)
  })
})

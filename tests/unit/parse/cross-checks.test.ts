// Cross-checks between a document's own fields (cross-checks.ts), found by the converter-fault
// measure (scripts/confidence-faults.ts): each fault below is one the measure applies to a tuning
// layout's text, which left wrong fields in documents the confidence called sure.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ParsedDocument } from '../../../src/shared/domain'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { isDoubtful } from '../../../src/main/importer/parse/confidence'
import { categoryVsIssuers, numberVsIssuers, titleCut, titleHoldsTwo } from '../../../src/main/importer/parse/cross-checks'

const NEW = ['NUMBER_VS_ISSUERS', 'TITLE_HOLDS_TWO', 'TITLE_CUT', 'CATEGORY_VS_ISSUERS']

function layout(name: string): string {
  return readFileSync(path.resolve(process.cwd(), `tests/fixtures/typeset/tuning/${name}/${name}.txt`), 'utf8')
}

/** The layout's text with the line that starts with `line` dropped (a converter that lost it). */
function dropped(name: string, line: string): ParsedDocument[] {
  const lines = layout(name).split('\n')
  const at = lines.findIndex((l) => l.startsWith(line))
  expect(at, line).toBeGreaterThanOrEqual(0)
  lines[at] = ''
  return parseIssue(lines.join('\n')).documents
}

const codes = (d: ParsedDocument): string[] => (d.reasons ?? []).map((r) => r.code)

describe('cross-checks between a document’s fields', () => {
  it('gives none of the new reasons to the documents of a clean issue', () => {
    for (const name of ['city-lo-fang', 'prov-xe-yearpages']) {
      for (const d of parseIssue(layout(name)).documents) expect(codes(d).filter((c) => NEW.includes(c)), `${name} ${d.title}`).toEqual([])
    }
  })

  it('sees two 目录 entries run together into one title (a 目录 row lost)', () => {
    const docs = dropped('city-lo-fang', '批复（国函〔2018〕145 号）')
    const glued = docs.find((d) => d.title.includes('示范区的国务院关于'))!
    expect(codes(glued)).toContain('TITLE_HOLDS_TWO')
    expect(isDoubtful(glued.confidence!)).toBe(true)
    // A title citing another document names its unit and 关于 after a verb, and stays.
    expect(titleHoldsTwo('关于转发省政府关于加强安全生产工作的通知的通知')).toBe(false)
    expect(titleHoldsTwo('关于贯彻落实国务院关于加强质量工作的意见的实施意见')).toBe(false)
    expect(titleHoldsTwo('兴县财政局兴县教育局关于做好资助工作的通知')).toBe(false)
    // The sample's own title: a report that cites the letter it answers, 文号 and all.
    expect(titleHoldsTwo('关于上报吕梁市打击盗采矿产资源专项行动领导小组办公室关于（晋攻坚办）移〔2022〕资源开采33号问题线索督查核查的调查情况报告')).toBe(false)
    // city-web-2col: a 目录 row's 文号 moved onto the next title.
    expect(titleHoldsTwo('（国办函〔2004〕71号）国务院办公厅关于同意以哈尔滨市名义申办2009年第二十四届世界大学生冬季运动会的复函')).toBe(true)
    expect(titleHoldsTwo('关于印发兴县绿色低碳县城实施方案的通知（兴政发〔2022〕兴县人民政府关于申请培育乡村e镇工作的报告')).toBe(true)
    // swap-xe-3col-answers1's plain text: a 目录 entry cut mid-title, an answer's entry run into it
    // (the 目录's two columns interleaved), its unit and 对 in the middle.
    expect(titleHoldsTwo('关于国家综合性消防救援车辆悬挂应急国务院办公厅对全国政协十届三次会议第2741号提案的答复')).toBe(true)
    expect(titleHoldsTwo('国务院办公厅对全国政协十届三次会议第2741号提案的答复')).toBe(false)
    expect(titleHoldsTwo('关于进一步做好对口支援工作的通知')).toBe(false)
  })

  it('sees a title cut at a joining word (its 文号 line lost, the title taken short)', () => {
    const docs = dropped('city-pdfkit-2col', '国发〔1981〕88号')
    const cut = docs.find((d) => d.title.startsWith('关于授权香港特别行政区'))!
    expect(cut.title.endsWith('范围和')).toBe(true)
    expect(codes(cut)).toContain('TITLE_CUT')
    expect(isDoubtful(cut.confidence!)).toBe(true)
    expect(titleCut('关于山西、安徽省四起的通报特大煤矿瓦斯爆炸事故调查处理情况', null)).toBe(true)
    expect(titleCut('专利代理条例', null)).toBe(false)
  })

  it('sees a 栏目 carried on to a document of another kind of issuer (a heading read late)', () => {
    // prov-xe-yearpages: the 【国务院办公厅文件】 heading read after the first office document's title.
    const lines = layout('prov-xe-yearpages').split('\n')
    const from = lines.lastIndexOf('【国务院办公厅文件】')
    const [heading] = lines.splice(from, 1)
    const title = lines.findIndex((l, k) => k >= from && l.startsWith('国务院办公厅关于国家综合性消防救援'))
    lines.splice(title + 2, 0, heading)
    const docs = parseIssue(lines.join('\n')).documents
    const carried = docs.filter((d) => d.issuers[0] === '国务院办公厅' && d.category === '国务院文件')
    expect(carried.length).toBeGreaterThan(0)
    for (const d of carried) {
      expect(codes(d)).toContain('CATEGORY_VS_ISSUERS')
      expect(isDoubtful(d.confidence!)).toBe(true)
    }
    // Without an office 栏目 in the issue, 国务院文件 may hold the office's documents too.
    expect(categoryVsIssuers({ ...carried[0], category: '国务院文件' }, ['国务院文件', '省政府文件'])).toBe(false)
  })

  it('sees a 文号 whose 代字 names another kind of unit than the signature', () => {
    const docs = parseIssue(layout('county-1col-heads')).documents
    const office = docs.find((d) => d.docNumber?.startsWith('兴政办'))!
    const government = docs.find((d) => d.docNumber?.startsWith('兴政函'))!
    expect(numberVsIssuers(office)).toBe(false)
    expect(numberVsIssuers(government)).toBe(false)
    // Each with the other's 文号 (a neighbour's 文号 taken): the 代字 and the signature disagree.
    expect(numberVsIssuers({ ...office, docNumber: government.docNumber })).toBe(true)
    expect(numberVsIssuers({ ...government, docNumber: office.docNumber })).toBe(true)
    // A department's 代字 with 政 in it (民政, 财政) is its own.
    expect(numberVsIssuers({ ...office, docNumber: '兴民政发〔2022〕3号', issuers: ['兴县民政局'] })).toBe(false)
    expect(categoryVsIssuers({ ...government, category: '县政府文件' }, ['县政府文件', '县政府办公室文件'])).toBe(false)
  })
})

// A three-column page as Chromium prints it and pdftotext writes it in its default mode
// (tests/fixtures/typeset/tuning/prov-web-3col): titles across the page or inside a column, a 文号
// set over its title at a column's head, a title starting low in a column beside a list, and the
// 目录's last 栏目 heading written after its entries. The lines are real lines of the tuning file;
// the documents and fields expected are its truth.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { unweaveTitles } from '../../../src/main/importer/parse/text-woven-titles'
import { tocTitleAbove } from '../../../src/main/importer/parse/title-across'
import type { TruthDoc } from '../../../bench/lib/accuracy-score'

const DIR = path.resolve(__dirname, '../../fixtures/typeset/tuning/prov-web-3col')
const text = readFileSync(path.join(DIR, 'prov-web-3col.txt'), 'utf8')
const truth = (JSON.parse(readFileSync(path.join(DIR, 'prov-web-3col.truth.json'), 'utf8')) as { documents: TruthDoc[] }).documents
const lines = (texts: string[]): { no: number; text: string }[] => texts.map((t, i) => ({ no: i + 1, text: t }))

describe('a three-column web page in plain text', () => {
  const issue = parseIssue(text)

  it('finds every document with its 文号, 栏目 and date', () => {
    expect(issue.documents.map((d) => d.docNumber)).toEqual(truth.map((d) => d.docNumber))
    expect(issue.documents.map((d) => d.category)).toEqual(truth.map((d) => d.category))
    expect(issue.documents.map((d) => d.date)).toEqual(truth.map((d) => d.date))
  })

  it('gives a 文号 set over a title at a column head to that title, not to the title under it with its own', () => {
    const above = issue.documents.find((d) => d.docNumber === '兴政函〔2022〕43号')
    expect(above?.title).toBe('关于兴县殡仪馆及骨灰堂建设项目国有建设用地使用权划拨方案的请示的批复')
    const own = issue.documents.find((d) => d.docNumber === '兴政函〔2022〕50号')
    expect(own?.title).toBe('关于兴县经济技术开发区控制性详细规划（2021-2035）的批复')
    expect(own?.date).toBe('2022-06-06')
  })

  it('keeps the entries of a name list apart under its own headings', () => {
    const texts = issue.documents[0].blocks.map((b) => b.text.replace(/\s+/g, ''))
    for (const entry of ['张德霖自然资源部党组成员', '庄国泰生态环境部副部长', '梁言顺中央宣传部副部长']) expect(texts).toContain(entry)
  })

  it('files the documents under a 目录 heading written at the foot of its page, after its entries', () => {
    const office = issue.documents.filter((d) => d.category === '县政府办公室文件').map((d) => d.docNumber)
    expect(office).toEqual(['兴政办函〔2022〕6号', null])
  })
})

describe('a title woven line by line with the column beside it', () => {
  it('is read column by column from the row it starts on', () => {
    const woven = lines([
      '（28个）',
      '1. 兴县发展和改革局',
      '兴县人民政府办公室关于调整',
      '2. 兴县工业和信息化局',
      '兴县小水网工程建设领导小组',
      '3. 兴县教育科技局',
      '的通知',
      '4. 兴县公安局',
      '各乡（镇）人民政府、县直各有关单',
      '5. 兴县财政局',
      '位：',
    ])
    const entries = [{ category: '县政府办公室文件', title: '兴县人民政府办公室关于调整兴县小水网工程建设领导小组的通知', docNumber: null, page: 7 }]
    expect(unweaveTitles(woven, 0, entries).map((l) => l.text)).toEqual([
      '（28个）',
      '1. 兴县发展和改革局',
      '2. 兴县工业和信息化局',
      '3. 兴县教育科技局',
      '4. 兴县公安局',
      '5. 兴县财政局',
      '兴县人民政府办公室关于调整',
      '兴县小水网工程建设领导小组',
      '的通知',
      '各乡（镇）人民政府、县直各有关单',
      '位：',
    ])
  })
})

describe('a title across the page, its 文号 written under the left column', () => {
  const page = lines([
    '国务院办公厅关于调整国家教材委员会组成人员的通知',
    '各省、自治区、直辖市人民政府，国务',
    '院各部委、各直属机构：',
    '根据机构设置、人员变动情况和工',
    '（二）专家委员（按姓氏笔划为',
    '序）',
    '',
    '（国办发〔2018〕109号）',
  ])
  const title = '国务院办公厅关于调整国家教材委员会组成人员的通知'

  it('is the 目录 title of that 文号, found above the column lines', () => {
    expect(tocTitleAbove(page, 7, 0, [4, 5], title)).toEqual([0])
  })

  it('is not looked for when the text under it does not open the document with its recipients', () => {
    const cut = page.filter((_, k) => k !== 1 && k !== 2)
    expect(tocTitleAbove(cut, 5, 0, [2, 3], title)).toEqual([])
  })
})

// A document that starts mid-page under a band line (prov-xe-inner.txt page 5, lines 457–511 of
// tests/fixtures/typeset/tuning: the 【国务院文件】 heading across the page, then 国发〔2004〕18 号 and
// its title in the right column while the left column holds the page's other text, written line
// by line). The text prints the 文号 beside its own title; the reading by the joins alone parted
// them. A reading that keeps them together, parts nothing else the 目录 keeps together and opens
// the document as the genre does (文号, title whole, 主送机关) is taken.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isBlank } from '../../../src/main/importer/parse/lines'
import { opensDocument, partedFromTitle, tocAnchors } from '../../../src/main/importer/parse/toc-anchors'
import { parseIssue, parseIssueTraced } from '../../../src/main/importer/parse/parse-issue'

const TUNING = path.resolve(__dirname, '../../fixtures/typeset/tuning')
const file = readFileSync(path.join(TUNING, 'prov-xe-inner', 'prov-xe-inner.txt'), 'utf8')
const NUMBER = '国发〔2004〕18 号'
const TITLE = '国务院关于印发《国务院工作规则》的通知'
const anchors = tocAnchors([
  { category: '国务院文件', title: TITLE, docNumber: '国发〔2004〕18号', page: 3 },
  { category: '国务院文件', title: '国务院关于加强和规范新开工项目管理的通知', docNumber: '国发〔2007〕64号', page: 9 },
])

describe('a 文号 printed beside its own title (partedFromTitle, opensDocument)', () => {
  it('counts a reading that parts the 文号 from the title the text prints beside it', () => {
    const written = [NUMBER, '', TITLE, '各省、自治区、直辖市人民政府，国务院各部委、各', '二、国务院工作以邓小平理论和“三个代表”']
    expect(partedFromTitle(anchors, written, written)).toBe(0)
    expect(partedFromTitle(anchors, written, [NUMBER, '二、国务院工作以邓小平理论和“三个代表”', '', TITLE])).toBe(1)
  })

  it('says nothing of a 文号 the text prints apart from its title, or between its title and another’s', () => {
    expect(partedFromTitle(anchors, [NUMBER, '二、国务院工作以邓小平理论和“三个代表”', TITLE], [NUMBER])).toBe(0)
    expect(partedFromTitle(anchors, ['国务院关于加强和规范新开工', NUMBER, TITLE], [NUMBER])).toBe(0)
  })

  it('knows the genre’s opening: 文号, the title whole, the 主送机关', () => {
    expect(opensDocument(anchors, [NUMBER, TITLE, '各省、自治区、直辖市人民政府，国务院各部委、各', '直属机构：'], NUMBER)).toBe(true)
    expect(opensDocument(anchors, [NUMBER, TITLE, '二、国务院工作以邓小平理论和“三个代表”'], NUMBER)).toBe(false)
    expect(opensDocument(anchors, [NUMBER, '国务院关于印发', '直属机构：'], NUMBER)).toBe(false)
  })
})

describe('prov-xe-inner.txt page 5: 国发〔2004〕18 号 under the 【国务院文件】 band line', () => {
  it('reads the 文号, its title and its 主送机关 together', () => {
    // The text as the parser reads it, its columns put in order.
    const read = parseIssueTraced(file).lines.map((l) => l.text).filter((t) => !isBlank(t))
    const k = read.indexOf(NUMBER)
    expect(read.slice(k, k + 4)).toEqual([NUMBER, TITLE, '各省、自治区、直辖市人民政府，国务院各部委、各', '直属机构：'])
  })

  it('gives the 通知 its one paragraph whole, under its 主送机关', () => {
    const doc = parseIssue(file).documents.find((d) => d.docNumber === '国发〔2004〕18号')!
    const paras = doc.blocks.map((b) => b.text)
    expect(paras.slice(0, 2)).toEqual(['各省、自治区、直辖市人民政府，国务院各部委、各直属机构：', '《国务院工作规则》已经2004年6月16日召开的国务院第54次常务会议修订通过，现予印发。'])
  })
})

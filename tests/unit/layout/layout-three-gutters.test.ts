// Where three-column `pdftotext -layout` pages (Chromium, the held-out city-web-3col's genre) are
// cut into columns: a name list's post stands a run of spaces after the holder's name, or a lone
// space, inside the left column (cut there as if at the gutter, the post was read into the next
// column); a title over the page stops short of the second gutter in cells, and a short band of
// three above it shows no gutter of its own.
import { describe, expect, it } from 'vitest'
import { readSource } from '../../../src/main/importer/read/read-source'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText } from '../../support/typeset-files'

/** The issue as the importer reads a `.layout.txt` file. */
async function readLayout(layout: string): Promise<ReturnType<typeof parseIssue>> {
  const src = await readSource(new TextEncoder().encode(typesetText(layout, 'layout.txt')), `${layout}.layout.txt`)
  return parseIssue(src.text)
}

const blocksOf = (issue: ReturnType<typeof parseIssue>, title: string): string[] =>
  (issue.documents.find((d) => (d.title ?? '').includes(title))?.blocks ?? []).map((b) => b.text.replace(/\s+/g, ''))

describe('a name list in the left column of three', () => {
  it('keeps a post whose run of spaces ends short of the gutter (city-web-3col-lists page 7)', async () => {
    // '     组 长：韩 正      国务院副总理                             等财政管理…': the spaces
    // between name and post end at cell 18, past the gutter's share of the page but short of where
    // the middle column's lines start (the gutter, 23): they were taken for it, over the run after
    // the post that reaches the right column.
    const issue = await readLayout('city-web-3col-lists')
    const members = blocksOf(issue, '第二次全国污染源普查领导小组')
    expect(members).toContain('组长：韩正国务院副总理')
    expect(members).toContain('副组长：丁学东国务院副秘书长')
    // The middle column's notice has no post read into its opening paragraph.
    const next = blocksOf(issue, '对真抓实干成效明显地方进一步加大激励支持力度')
    expect(next.some((b) => b.startsWith('为进一步健全正向激励机制，充分激发'))).toBe(true)
  })

  it('keeps a post after a lone space in a row that ends short of the gutter (city-web-3col-b page 11)', async () => {
    // '     常务副主任：钟连山 县政府副县' / '长、公安局局长': a row beside a blank middle column.
    const issue = await readLayout('city-web-3col-b')
    const members = blocksOf(issue, '兴县禁毒委员会成员单位及组成人员')
    expect(members).toContain('常务副主任：钟连山县政府副县长、公安局局长')
    // The page prints this one's post wrapped as a paragraph of its own ('院长').
    expect(members).toContain('委员：陈志军县人民法院常务副')
  })
})

describe('a title over a page of three columns read at its second gutter', () => {
  it('parts the right column above it from the page under it (county-web-3col page 6)', async () => {
    // '          国务院关于做好当前和今后一个时期促进就业工作的若干意见' ends at cell 39, short
    // of the second gutter (47) the page is read at: it crosses the first (23) as one run. Read as
    // the left side's row, the right column of the 批复 above ran on past it into the 意见.
    const issue = await readLayout('county-web-3col')
    const reply = blocksOf(issue, '首都国际机场协调委员会的批复')
    expect(reply).toContain('四、工作要求')
    expect(reply.at(-1)).not.toContain('最高不超过300万元')
    expect(blocksOf(issue, '促进就业工作的若干意见')).not.toContain('四、工作要求')
  })

  it('reads the short band of three above it column by column (county-web-3col-tail page 12)', async () => {
    // Four rows of three balanced columns over a banner and a joint title over the page (a lone
    // space between its units): the title's rows part the band from the columns under them, and
    // the band's left side, too short to show its two columns, is read in the columns the page's
    // whole left side shows (the right side's were taken for it).
    const issue = await readLayout('county-web-3col-tail')
    const report = blocksOf(issue, '关于申请培育乡村e镇工作的报告')
    expect(report.some((b) => b.endsWith('为我县经济社会持续健康发展提供新动能、新平台、新支撑，助力乡村振兴。现申请开展乡村e镇培育工作。'))).toBe(true)
  })
})

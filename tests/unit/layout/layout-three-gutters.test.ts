// Where three-column `pdftotext -layout` pages (Chromium, the held-out city-web-3col's genre) are
// cut into columns: a name list's post stands a run of spaces after the holder's name, or a lone
// space, inside the left column (cut there as if at the gutter, the post was read into the next
// column).
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

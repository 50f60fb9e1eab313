// One-column texts of the typeset tuning layouts read as written where two-column repairs would
// misread them: a GB/T 9704 page (28 hanzi a line, county-lo-gbt.txt page 35) holding a
// document's 版记 and the next one's 文号 and title, which read 'better' split in two streams; and
// an attachment's title naming a table (county-lo-total.txt), whose first cells are no title's rest.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { tocAnchors, headsParted } from '../../../src/main/importer/parse/toc-anchors'

const TUNING = join(__dirname, '../../fixtures/typeset/tuning')
const issueOf = (layout: string): ReturnType<typeof parseIssue> => parseIssue(readFileSync(join(TUNING, layout, `${layout}.txt`), 'utf8'))

describe('a one-column page holding one document’s end and the next one’s head (county-lo-gbt)', () => {
  const issue = issueOf('county-lo-gbt')
  const doc = (n: string) => issue.documents.find((d) => d.docNumber === n)

  it('starts the next document at its 文号 and title, its body whole under them', () => {
    const blocks = doc('兴政办发〔2022〕15号')?.blocks.map((b) => b.text) ?? []
    expect(blocks.slice(0, 2)).toEqual(['各乡(镇)人民政府，县直各有关单位：', '《兴县2022年度地质灾害防治方案》已经县人民政府同意，现印发给你们，请认真贯彻落实。'])
  })

  it('leaves the document before it ending in its own paragraph, not in the next one’s head', () => {
    const blocks = doc('兴政办发〔2022〕8号')?.blocks.map((b) => b.text) ?? []
    expect(blocks.some((t) => t.includes('地质灾害防治方案'))).toBe(false)
    expect(blocks.some((t) => t.startsWith('在县政府门户网站设立专栏'))).toBe(true)
  })
})

describe('headsParted', () => {
  const anchors = tocAnchors([{ category: '县政府办公室文件', title: '兴县人民政府办公室关于印发兴县2022年度地质灾害防治方案的通知', docNumber: '兴政办发〔2022〕15号', page: 36 }])
  const written = ['2022 年 5 月 8 日印发', '兴政办发〔2022〕15 号', '兴县人民政府办公室关于印发兴县 2022 年度', '地质灾害防治方案的通知']

  it('counts a 文号 a reading takes away from the title spelt out right under it', () => {
    expect(headsParted(anchors, written, [written[0], written[2], written[3], written[1]])).toBe(1)
    expect(headsParted(anchors, written, written)).toBe(0)
  })

  it('says nothing of a 文号 over lines that do not spell its title out', () => {
    const apart = ['兴政办发〔2022〕15 号', '兴县人民政府办公室', '地质灾害防治方案的通知']
    expect(headsParted(anchors, apart, [apart[1], apart[0], apart[2]])).toBe(0)
  })
})

describe('an attachment’s title naming a table (county-lo-total)', () => {
  const blocks = issueOf('county-lo-total').documents.flatMap((d) => d.blocks)

  it('ends at 名单 or 表: the table’s first cell stays a cell', () => {
    const titles = blocks.filter((b) => b.kind === 'title').map((b) => b.text)
    expect(titles).toContain('兴县第一批非物质文化遗产项目代表性传承人名单')
    expect(titles).toContain('兴县人民政府办公室跟班轮训人员推荐表')
  })
})

// Lines of -layout text that stand as blocks of their own, whatever the widths say: a name list's
// member rows, and a forwarded document's 文号 alone at a page's foot.
//
// A one-column page of a name list in -layout text (tuning county-web-masthead-u, the 国家教材委员会
// notice): each member's row is a name, a space and the post ('马志明 院士、中科院数学与系统科学
// 研究院学术委员会主任'), under the list's heading '（二）专家委员（按姓氏笔划为序）'. The page holds
// nothing but such rows, so the text's usual width is theirs and the longer rows read as lines run
// to the edge: the heading and the rows under it were glued into one paragraph.
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { buildBlocks } from '../../../src/main/importer/parse/blocks'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { textEdges } from '../../../src/main/importer/parse/text-flow'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText } from '../../support/typeset-files'

const lines = splitLines(readLayoutColumns(typesetText('county-web-masthead-u', 'layout.txt')))
const edges = textEdges(lines)
const from = lines.findIndex((l) => l.text.includes('（二）专家委员'))
const blocks = buildBlocks(lines.slice(from, from + 12), undefined, edges).map((b) => b.text.replace(/\s/g, ''))

describe("a name list's rows in text that keeps the gap between a name and its post", () => {
  it('keeps the heading a block of its own', () => {
    expect(blocks[0]).toBe('（二）专家委员（按姓氏笔划为序）')
  })

  it('reads each member as a block of their own, however wide the row', () => {
    expect(blocks.slice(1, 5)).toEqual(['马敏教授、华中师范大学原党委书记', '马志明院士、中科院数学与系统科学研究院学术委员会主任', '马树超研究员、上海市教育科学研究院原副院长', '王湛江苏省原副省长'])
  })

  it('still runs a wrapped line of prose on', () => {
    const prose = buildBlocks(splitLines('  委员会下设办公室，办公室设在县\n公安局禁毒大队，县禁毒办主任由刘旭耀'))
    expect(prose).toHaveLength(1)
  })
})

// A 转发 notice's forwarded document (tuning city-xe-one2-b5, -layout text): its title and its 文号
// centred at the page's foot, its addressees at the next page's head. The page break was rejoined
// there, the 文号 glued to the addressees as one paragraph.
describe("a forwarded document's 文号 alone at a page's foot", () => {
  it('stays a block of its own over the page break', () => {
    const issue = parseIssue(readLayoutColumns(typesetText('city-xe-one2-b5', 'layout.txt')))
    const blocks = issue.documents.flatMap((d) => d.blocks.map((b) => b.text.replace(/\s/g, '')))
    expect(blocks).toContain('国发〔1981〕88号')
    expect(blocks).toContain('各省、市、自治区人民政府，国务院有关部委、直属机构：')
  })
})

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

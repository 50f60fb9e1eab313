// A page whose converter wrote the right column's first lines between the left column's title and
// its 文号 (city-xe-yearcols.txt page 3): the reading that puts the head back together is taken,
// though its joins read only a little better than the text as written.
import { describe, expect, it } from 'vitest'
import { isBlank, splitLines } from '../../../src/main/importer/parse/lines'
import { readStreams } from '../../../src/main/importer/parse/text-streams'
import { headsMended, inTurnNearTop } from '../../../src/main/importer/parse/text-head-mends'
import { tocAnchors } from '../../../src/main/importer/parse/toc-anchors'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText as text, typesetTruth as truth, flat } from '../../support/typeset-files'

const anchors = tocAnchors([
  { category: '国务院办公厅文件', title: '国务院办公厅关于加快发展体育竞赛表演产业的指导意见', docNumber: '国办发〔2018〕121号', page: 457 },
])

// city-xe-yearcols.txt lines 31–45 as pdftotext wrote them, and the left column's head read apart.
const written = ['育竞赛表演产业多样化、差异化发展，形成优势互补、', '相互协调的联动发展格局。', '（三）发展目标。到 2025 年，体育竞赛表演产业', '国务院办公厅关于加快发展体育竞赛表演', '产业的指导意见', '总规模达到 2 万亿元，基本形成产品丰富、结构合', '国办发〔2018〕121 号', '建设若干具有较大影响力的体育赛事城市和体育竞', '各省、自治区、直辖市人民政府，国务院各部委、各', '直属机构：']
const read = ['国务院办公厅关于加快发展体育竞赛表演', '产业的指导意见', '国办发〔2018〕121 号', '各省、自治区、直辖市人民政府，国务院各部委、各', '直属机构：', '', '育竞赛表演产业多样化、差异化发展，形成优势互补、', '相互协调的联动发展格局。', '（三）发展目标。到 2025 年，体育竞赛表演产业', '总规模达到 2 万亿元，基本形成产品丰富、结构合', '建设若干具有较大影响力的体育赛事城市和体育竞']

describe('a title and its 文号 the text as written parts', () => {
  it('counts the head a reading puts back together', () => {
    expect(headsMended(anchors, written, read)).toBe(1)
  })

  it('counts nothing where the text already prints the 文号 under its title, or without a 目录', () => {
    expect(headsMended(anchors, read, read)).toBe(0)
    expect(headsMended(tocAnchors([]), written, read)).toBe(0)
  })

  it('is asked of a reading that takes the page’s first lines in turn, not of two blocks traded', () => {
    // city-xe-yearcols.txt 31–125: the columns' first lines a few at a time, then block by block.
    expect(inTurnNearTop([0, 1, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0])).toBe(true)
    // county-lo-2col.txt 293–397: two documents' blocks, whose joins read better by chance.
    expect(inTurnNearTop([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0])).toBe(false)
  })

  it('reads the page’s first run with the head together (city-xe-yearcols.txt page 3)', () => {
    const lines = splitLines(text('city-xe-yearcols'))
    const out = readStreams(lines, 31, anchors).slice(31, 60).filter((l) => !isBlank(l.text)).map((l) => l.text)
    expect(out.slice(0, 4)).toEqual(['【国务院办公厅文件】', '国务院办公厅关于加快发展体育竞赛表演', '产业的指导意见', '国办发〔2018〕121 号'])
  })

  it('gives the document its salutation whole, not to the document before', () => {
    const doc = parseIssue(text('city-xe-yearcols')).documents.find((d) => d.docNumber === '国办发〔2018〕121号')
    const want = truth('city-xe-yearcols').find((d) => d.docNumber === '国办发〔2018〕121号')?.paragraphs[0]
    expect(want).toBeDefined()
    expect(new Set(doc?.blocks.map((b) => flat(b.text)))).toContain(flat(want ?? '-'))
  })
})

// A right column's line that pdftotext -layout cut into a staircase whose first piece is short: the
// piece ends a row that holds the left column's line, the rest is set down a row from the cell of
// the piece's last character. And staircases whose steps the plain rule misses: a piece of one
// hanzi, a step a cell wide of it after marks set half wide, a clause's end (；) over the rest,
// a staircase at a column's foot (prov2-a0.layout.txt, page 12: 国务院办公厅关于…煤矿…事故的通报).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { foldIdeographs } from '../../../src/main/importer/read/fold-glyphs'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { textEdges } from '../../../src/main/importer/parse/text-flow'
import { staircases } from '../../../src/main/importer/parse/text-staircases'

const read = (name: string): string =>
  readLayoutColumns(foldIdeographs(readFileSync(join(__dirname, '../../fixtures/typeset/tuning', name, `${name}.layout.txt`), 'utf8')))

/** Each line's edge as text-flow judges it, by the line's whole trimmed text. */
function edgesOf(name: string): (line: string) => string | undefined {
  const lines = splitLines(read(name))
  const edges = textEdges(lines)
  return (line) => {
    const at = lines.findIndex((l) => l.text.trim() === line)
    expect(at, line).toBeGreaterThanOrEqual(0)
    return edges.get(lines[at].no)
  }
}

describe("a right column's line whose short first piece ends a row of the left column (prov2-a0)", () => {
  const rows = read('prov2-a0').split('\n').map((r) => r.trim())

  it('takes the rest, set a row down from the cell of the piece’s last character, onto the piece', () => {
    // '反映出部分地方和企业安全生产责任制不落实， 分；' / '                       阳泉煤业集团公司总经理王体轩、董事长王'
    expect(rows).toContain('分；阳泉煤业集团公司总经理王体轩、董事长王')
    // '任公司（以下简称杏煤公司）北风井负责人张       升，' / '                            各地区、各部门、各单位必须从全面贯彻落'
    expect(rows).toContain('升，各地区、各部门、各单位必须从全面贯彻落')
  })
})

describe('staircases the plain step rule missed (prov2-a0)', () => {
  const edge = edgesOf('prov2-a0')

  it('reads a clause’s end over the rest of its line at a column’s foot as one line', () => {
    // '三矿矿长王忠太受到行政撤职、党内严重警告' / '处分；' / '  三矿党委书记李双祥受到党内严重警告处' / (the right column)
    expect(edge('处分；')).toBe('full')
    expect(edge('三矿党委书记李双祥受到党内严重警告处')).toBe('part')
  })

  it('reads a piece of one hanzi, and a step a cell wide after marks set half wide, as one line', () => {
    // '实' / '“三个代表”重要思想，' / '          维护人民群众生命财产' / '安全的高度，…'
    expect(edge('实')).toBe('full')
    expect(edge('“三个代表”重要思想，')).toBe('part')
    expect(edge('维护人民群众生命财产')).toBe('part')
  })

  it('keeps a paragraph’s last line, ending on a full stop at the page’s foot, apart from the next one’s first', () => {
    // '规定，要求排污和排水大户进行清洁生产审核。' / '  现将有关部门的报告一并报送您，供审阅。': a full stop.
    expect(edge('现将有关部门的报告一并报送您，供审阅。')).not.toBe('part')
  })
})

describe('a hanzi alone on its line in text without padding (city-2col-flow.txt, a name list cut by pdftotext)', () => {
  it('is no staircase piece of the line under it: plain text starts every line at the edge', () => {
    // '汤' (a name's first character) over the next paragraph, as the parser's steps put them.
    const plain = splitLines(['汤', '联席会议由教育部、发展改革委、工业和信息化部、', '财政部、人力资源社会保障部、农业农村部、国资委、'].join('\n'))
    expect(staircases(plain, () => 48).size).toBe(0)
    // Set in as a column's lines are in -layout text, the hanzi is the first piece of its line.
    const padded = splitLines(['    实', '    “三个代表”重要思想，', '              维护人民群众生命财产', '    安全的高度，充分认识加强煤矿安全生产工作的'].join('\n'))
    expect(staircases(padded, () => 42).get(0)).toEqual([0, 1, 2])
  })
})

describe('a signature set in under a paragraph’s last line at a page’s foot (county-docx-sw-cflow.layout.txt)', () => {
  it('is no staircase step, though it starts a cell past the line’s last character', () => {
    const rows = ['发展提供新动能、新平台、新支撑，助力乡村振', '兴。现申请开展乡村 e 镇培育工作。', '                  兴县人民政府', '']
    expect(staircases(splitLines(rows.join('\n')), () => 42).size).toBe(0)
  })
})

// -layout text of a 任免 section set in three narrow columns (tuning county-web-mixed.layout.txt,
// 五、人事任免): a name list whose entries, each a line or two, start set in by the column's
// first-line indent, their wrapped rest back at the column's edge. The pages hold too few full
// lines for narrowPage, yet none reaches the text's two-column width; and an entry's line that
// stops near the column's edge ends its entry when the next line is set in alike.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { textEdges } from '../../../src/main/importer/parse/text-flow'
import { pageWidths } from '../../../src/main/importer/parse/text-page-widths'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { foldIdeographs } from '../../../src/main/importer/read/fold-glyphs'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { readJoinedColumns } from '../../../src/main/importer/layout/text-joined-columns'

const tuning = (name: string): string => readJoinedColumns(readLayoutColumns(foldIdeographs(readFileSync(join(__dirname, '../../fixtures/typeset/tuning', name, `${name}.layout.txt`), 'utf8'))))

describe('a name list in three narrow columns (county-web-mixed.layout.txt, 五、人事任免)', () => {
  const text = tuning('county-web-mixed')
  const lines = splitLines(text)
  const at = (start: string): number => lines.findIndex((l) => l.text.trim().startsWith(start))

  it('reads the list’s pages at their columns’ width, though few lines fill a column', () => {
    const width = pageWidths(lines, 0, true)!
    expect(width(at('刘心学 县人民武装部副部长'))).toBeLessThan(32)
    expect(width(at('副组长：王瑞丰'))).toBeLessThan(32)
    // A page set in two columns keeps the text's width.
    expect(width(at('工程款未到位为由拖欠工资'))).toBeGreaterThan(42)
  })

  it('ends an entry set in over another set in alike; a first line over its wrapped rest goes on', () => {
    const edges = textEdges(lines)
    const edge = (start: string): string | undefined => edges.get(lines[at(start)].no)
    expect(edge('刘心学 县人民武装部副部长')).toBe('short')
    expect(edge('杨旭兵 县公安局禁毒大')).toBe('short')
    expect(edge('张三牛 县自然资源局执')).toBe('short')
    expect(edge('委员会下设办公室，办公室设')).toBe('indented')
    expect(edge('同志兼任，副主任由杨旭兵同')).toBe('indented')
  })

  it('gives the notice its entries and its paragraphs as printed', () => {
    const doc = parseIssue(text).documents.find((d) => (d.title ?? '').includes('禁毒委员会'))!
    const blocks = doc.blocks.map((b) => b.text.replace(/\s+/g, ''))
    expect(blocks).toContain('刘心学县人民武装部副部长')
    expect(blocks).toContain('刘利县委政法委副书记')
    expect(blocks).toContain('杨旭兵县公安局禁毒大')
    expect(blocks).toContain('张三牛县自然资源局执')
    expect(blocks).toContain('同志兼任，副主任由杨旭兵同志兼任，具')
    expect(blocks).toContain('体负责县禁毒委员会日常工作。')
  })
})

describe('a one-line paragraph set in over another in one column (county-pdfkit-1col.layout.txt)', () => {
  it('keeps its start: the full line over it ends its sentence and its paragraph', () => {
    const text = tuning('county-pdfkit-1col')
    const doc = parseIssue(text).documents.find((d) => (d.title ?? '').includes('职业教育工作部际联席会议'))!
    const blocks = doc.blocks.map((b) => b.text.replace(/\s+/g, ''))
    expect(blocks).toContain('撤销职业教育工作部际联席会议，其职能并入国务院职业教育工作部际联席会议。')
  })
})

describe('a numbered heading over a first line set in alike (prov2-a0.layout.txt, 国办发〔1996〕2号)', () => {
  const text = tuning('prov2-a0')
  const lines = splitLines(text)
  const at = (start: string): number => lines.findIndex((l) => l.text.trim().startsWith(start))

  it('ends the heading: the line under it is no wider, its digits and spaces only make it count full', () => {
    const edges = textEdges(lines)
    const edge = (start: string): string | undefined => edges.get(lines[at(start)].no)
    expect(edge('一、关于我国地震重点监视防御区的确定')).toBe('short')
    expect(edge('二、关于 1996 年度地震重点危险区的判定')).toBe('short')
    // A first line whose wrapped rest pdftotext set in as far runs on (prov-web-3col).
    const web = splitLines(tuning('prov-web-3col'))
    const first = web.findIndex((l) => l.text.trim().startsWith('对于达到法定使用期限且依法可以'))
    expect(textEdges(web).get(web[first].no)).toBe('indented')
  })

  it('gives the report its headings and paragraphs as printed', () => {
    const doc = parseIssue(text).documents.find((d) => d.docNumber === '国办发〔1996〕2号')!
    const blocks = doc.blocks.map((b) => b.text.replace(/\s+/g, ''))
    expect(blocks).toContain('一、关于我国地震重点监视防御区的确定')
    expect(blocks).toContain('二、关于1996年度地震重点危险区的判定')
    expect(blocks.some((b) => b.startsWith('年度地震趋势会商会是只根据震情因素'))).toBe(true)
  })
})

// -layout text of a LibreOffice issue whose headings are a list's numbers (tuning
// county-lo-autonum.layout.txt): '一、' then a tab to the heading's words, which wrap in a
// two-column page ('一、   全面落实劳动用工实名管理制' / '度'). The tab's cells fill the line on the
// page, so the line stops near its column's width; the wrapped end starts at the column's edge, an
// indent left of the heading, where a paragraph under it would start set in.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { textEdges } from '../../../src/main/importer/parse/text-flow'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { foldIdeographs } from '../../../src/main/importer/read/fold-glyphs'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { readJoinedColumns } from '../../../src/main/importer/layout/text-joined-columns'

const text = readJoinedColumns(readLayoutColumns(foldIdeographs(readFileSync(join(__dirname, '../../fixtures/typeset/tuning/county-lo-autonum/county-lo-autonum.layout.txt'), 'utf8'))))

describe('a numbered heading with a tab after its number, wrapped in a column (county-lo-autonum.layout.txt)', () => {
  it('counts the tab’s cells: the heading’s line is not short of its column', () => {
    const lines = splitLines(text)
    const edges = textEdges(lines)
    const edge = (start: string): string | undefined => edges.get(lines.find((l) => l.text.trim().startsWith(start))!.no)
    expect(edge('一、   全面落实劳动用工实名管理制')).not.toBe('short')
    expect(edge('二、   全面落实农民工工资专户和按')).not.toBe('short')
  })

  it('gives each heading its wrapped end, and the paragraph under it its own block', () => {
    const doc = parseIssue(text).documents.find((d) => (d.title ?? '').includes('保障农民工工资支付'))!
    const blocks = doc.blocks.map((b) => b.text.replace(/\s+/g, ''))
    expect(blocks).toContain('一、全面落实劳动用工实名管理制度')
    expect(blocks).toContain('二、全面落实农民工工资专户和按月足额支付农民工工资制度')
    expect(blocks).toContain('（一）施工总承包单位必须在本县范围内设立农民工工资专户。')
    expect(blocks).not.toContain('度')
  })

  it('leaves a heading at a page’s foot alone: the next page’s first line is no wrapped end', () => {
    // The same heading set last on its page, a head the next page alone prints over it: the last
    // line of a page says nothing by its width, so nothing after the break is the heading's.
    const foot = text.replace(/(\n\s*一、\s+全面落实劳动用工实名管理制\n)/, '$1\n                          -5-\n\f  部门文件\n\n')
    const doc = parseIssue(foot).documents.find((d) => (d.title ?? '').includes('保障农民工工资支付'))!
    const heading = doc.blocks.map((b) => b.text.replace(/\s+/g, '')).find((b) => b.startsWith('一、全面落实劳动用工实名管理制'))
    expect(heading).toBe('一、全面落实劳动用工实名管理制')
  })
})

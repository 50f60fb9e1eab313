// The OCR marks kept with a document's block sources, from the real boxes PP-OCRv4 gave for the
// scanned fixture (tests/fixtures/scans/county-1col-heads-scan.pdf): the unsure characters are
// found again in the blocks' text and on the page, where the line model put them.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { OcrBox } from '../../../src/main/importer/ocr/engine'
import { parseWithOcr } from '../../../src/main/importer/ocr/doubts'
import { blockOcr, charBox, markBlocks } from '../../../src/main/importer/ocr/block-marks'
import { repairLine } from '../../../src/main/importer/ocr/repair'
import { markLines, runsOfPage, type ReadBox } from '../../../src/main/importer/ocr/scan-lines'
import { layoutPages } from '../../../src/main/importer/layout/layout-pages'
import { lendHeads } from '../../../src/main/importer/read/read-pdf'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { linesFromText } from '../../../src/main/importer/layout/text-lines'
import type { LineLayout } from '../../../src/shared/source-line'
import { REPO_ROOT, SAMPLE_TXT } from '../../support/sample'

interface Page { width: number; height: number; px: { width: number; height: number }; boxes: OcrBox[] }
const PAGES = JSON.parse(readFileSync(join(REPO_ROOT, 'tests/fixtures/scans/county-1col-heads-scan.boxes.json'), 'utf8')) as Page[]

function read(): ReturnType<typeof layoutPages> {
  const boxes: ReadBox[][] = PAGES.map((p) => p.boxes.map((box) => ({ box, ...repairLine(box.text, box.scores) })))
  const laid = layoutPages(PAGES.map((p, i) => ({ width: p.width, height: p.height, runs: runsOfPage(boxes[i], p, p.px) })))
  markLines(laid.lines, boxes)
  lendHeads(laid.lines, laid.furniture.map((f) => f.removed))
  return laid
}

const layout = (over: Partial<LineLayout>): LineLayout => ({
  page: 2, column: 0, columns: 1, spans: false, x0: 100, x1: 400, y: 200, size: 15, relSize: 1, font: 'fangsong',
  bold: false, align: 'left', indent: 2, gapBefore: 0, parts: 1, ...over,
})

describe('OCR marks kept with the block sources', () => {
  it('finds every unsure character of the parsed document again in its blocks’ text', () => {
    const { lines, text } = read()
    const parsed = parseWithOcr(() => parseIssue({ text, lines }), lines)
    const [doc] = parsed.documents
    const marked = (doc.sources ?? []).filter((s) => s.ocr)
    expect(marked.length).toBe(doc.blocks.length)
    const byNo = new Map(lines.map((l) => [l.no, l]))
    let found = 0
    doc.sources!.forEach((s, i) => {
      for (const [no, at] of s.ocr!.lines) {
        const line = byNo.get(no)!
        expect(at).toEqual(line.ocr!.low)
        found += at.length
      }
      // Each index points at the same character the line had marked.
      const want = s.ocr!.lines.flatMap(([no, at]) => at.map((k) => byNo.get(no)!.text[k])).sort()
      expect(s.ocr!.low.map((k) => doc.blocks[i].text[k]).sort()).toEqual(want)
      expect(s.ocr!.boxes.length).toBe(s.ocr!.lines.reduce((n, [, at]) => n + at.length, 0))
      expect(s.ocr!.confidence).toBeGreaterThan(0)
      expect(s.ocr!.confidence).toBeLessThanOrEqual(1)
    })
    expect(found).toBeGreaterThan(0)
  })

  it('puts an unsure character’s box inside its line’s box on the page', () => {
    const { lines } = read()
    const line = lines.find((l) => l.ocr?.low.length && l.layout && l.layout.parts === 1)!
    const k = line.ocr!.low[0]
    const box = charBox(line.layout!, line.text, k)
    expect(box.page).toBe(line.layout!.page)
    expect(box.x0).toBeGreaterThanOrEqual(line.layout!.x0 - 0.1)
    expect(box.x1).toBeLessThanOrEqual(line.layout!.x1 + 0.1)
    expect(box.top).toBeLessThan(line.layout!.y)
    expect(box.bottom).toBeGreaterThan(line.layout!.y)
  })

  it('places a joined paragraph’s later characters on the next visual line, from the column’s edge', () => {
    const text = '一'.repeat(40)
    // 20 ems fit the first line (indented 2), 22 every later line.
    const l = layout({ parts: 2, x0: 130, x1: 430 })
    expect(charBox(l, text, 0)).toMatchObject({ x0: 130, top: 200 - 15 * 0.88 })
    const next = charBox(l, text, 21)
    expect(next.x0).toBe(115)
    expect(next.top).toBeCloseTo(200 + 22.5 - 13.2, 1)
  })

  it('maps a character through a block that dropped the line’s spaces', () => {
    const line = { no: 7, text: '各乡 镇人民政府', ocr: { confidence: 0.6, low: [4], repaired: [] } }
    const marks = blockOcr('各乡镇人民政府：', [line])
    expect(marks?.low.map((k) => '各乡镇人民政府：'[k])).toEqual(['人'])
    expect(marks?.lines).toEqual([[7, [4]]])
    expect(marks?.confidence).toBe(0.6)
  })

  it('adds nothing to an issue read from text', () => {
    const text = readFileSync(SAMPLE_TXT, 'utf8')
    const lines = linesFromText(text)
    const parsed = parseIssue({ text, lines })
    const before = JSON.stringify(parsed)
    expect(JSON.stringify(markBlocks(parsed, lines))).toBe(before)
  })
})

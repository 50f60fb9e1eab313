// From OCR boxes to the parser, without running the engine: the boxes PP-OCRv4 gave for the two
// pages of tests/fixtures/scans/county-1col-heads-scan.pdf (0.7° askew), kept as JSON, are turned
// into the line model, marked and parsed like a text layer.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { OcrBox } from '../../../src/main/importer/ocr/engine'
import { withOcrDoubts } from '../../../src/main/importer/ocr/doubts'
import { repairLine } from '../../../src/main/importer/ocr/repair'
import { markLines, pageSkew, runsOfPage, type ReadBox } from '../../../src/main/importer/ocr/scan-lines'
import { layoutPages } from '../../../src/main/importer/layout/layout-pages'
import { lendHeads } from '../../../src/main/importer/read/read-pdf'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { linesFromText } from '../../../src/main/importer/layout/text-lines'
import { REPO_ROOT, SAMPLE_TXT } from '../../support/sample'

interface Page { width: number; height: number; px: { width: number; height: number }; boxes: OcrBox[] }
const PAGES = JSON.parse(readFileSync(join(REPO_ROOT, 'tests/fixtures/scans/county-1col-heads-scan.boxes.json'), 'utf8')) as Page[]

function read(): { lines: ReturnType<typeof layoutPages>['lines']; text: string } {
  const boxes: ReadBox[][] = PAGES.map((p) => p.boxes.map((box) => ({ box, ...repairLine(box.text, box.scores) })))
  const laid = layoutPages(PAGES.map((p, i) => ({ width: p.width, height: p.height, runs: runsOfPage(boxes[i], p, p.px) })))
  markLines(laid.lines, boxes)
  lendHeads(laid.lines, laid.furniture.map((f) => f.removed))
  return laid
}

const line = (lines: ReturnType<typeof read>['lines'], text: string) => lines.find((l) => l.text.startsWith(text))

describe('OCR boxes as the line model', () => {
  it('measures the page’s 0.7° skew from the lines’ top edges', () => {
    const degrees = (pageSkew(PAGES[1].boxes) * 180) / Math.PI
    expect(Math.abs(Math.abs(degrees) - 0.7)).toBeLessThan(0.15)
  })

  it('sizes a title’s two lines alike, above the body, from the characters’ pitch', () => {
    const { lines } = read()
    const title = line(lines, '兴县人民政府关于印发')?.layout
    const tail = line(lines, '的通知')?.layout
    const body = line(lines, '一、全面落实劳动用工')?.layout
    expect(title && tail && body).toBeTruthy()
    expect(Math.abs((title?.size ?? 0) - (tail?.size ?? 0))).toBeLessThan(0.8)
    expect(title?.relSize).toBeGreaterThan(1.3)
    expect(body?.relSize).toBeGreaterThan(0.9)
    expect(body?.relSize).toBeLessThan(1.1)
  })

  it('marks the repaired 文号 brackets and the characters read unsure', () => {
    const { lines } = read()
    const n = line(lines, '兴政发〔2022〕8号')
    expect(n?.ocr?.repaired.map((i) => n.text[i])).toEqual(['〔', '2', '0', '2', '2', '〕', '8'])
    // The engine was unsure of the two brackets it misread ([ and ]): 0.52 and 0.60.
    expect(n?.ocr?.low.map((i) => n.text[i])).toEqual(['〔', '〕'])
    expect(line(lines, '各乡（镇）人民政府')?.ocr).toMatchObject({ low: [], repaired: [] })
  })

  it('parses into the document with its fields, doubtful for OCR and naming the repaired 文号', () => {
    const { lines, text } = read()
    const parsed = withOcrDoubts(parseIssue({ text, lines }), lines)
    expect(parsed.meta).toMatchObject({ gazette: '兴县人民政府公报', year: 2022, issueNo: 3 })
    const [doc] = parsed.documents
    expect(doc).toMatchObject({ docNumber: '兴政发〔2022〕8号', title: '关于印发全面落实保障农民工工资支付相关制度的通知', category: '县政府文件' })
    expect(doc.confidence).toBeLessThan(0.7)
    expect(doc.reasons?.slice(0, 3).map((r) => r.code)).toEqual(['OCR', 'OCR_REPAIRED', 'OCR_LOW_CONFIDENCE'])
    expect(doc.reasons?.[1].message).toContain('「兴政发〔2022〕8号」')
  })

  it('leaves an issue read from text untouched', () => {
    const text = readFileSync(SAMPLE_TXT, 'utf8')
    const lines = linesFromText(text)
    const parsed = parseIssue({ text, lines })
    const before = JSON.stringify(parsed)
    expect(JSON.stringify(withOcrDoubts(parsed, lines))).toBe(before)
  })
})

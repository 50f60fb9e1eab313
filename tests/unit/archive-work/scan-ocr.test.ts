// 登记扫描件 OCR'd on request: the registered document's page gives its body (searchable, in its
// history); the 文号 staff typed is kept, and where the scan reads otherwise it is reported. The
// engine's real boxes for the fixture scan stand in for running it (tests/fixtures/scans).
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OcrBox } from '../../../src/main/importer/ocr/engine'
import type { ScanOptions, ScanText } from '../../../src/main/importer/ocr/read-scan'
import { createScanOcrRuns } from '../../../src/main/archive-work/scan-ocr-runs'
import { createActivities } from '../../../src/main/maintenance/api'
import { createMutation } from '../../../src/main/maintenance/mutation'
import type { ScanOcrProgress } from '../../../src/shared/scan-ocr'
import { repairLine } from '../../../src/main/importer/ocr/repair'
import { markLines, runsOfPage, type ReadBox } from '../../../src/main/importer/ocr/scan-lines'
import { layoutPages } from '../../../src/main/importer/layout/layout-pages'
import { inProcessReader, ocrScannedIssue } from '../../../src/main/archive-work/scan-ocr'
import type { ScanOcrOutcome } from '../../../src/shared/scan-ocr'
import { REPO_ROOT } from '../../support/sample'
import { tempArchive, upload, type TempArchive } from './helpers'

interface Page { width: number; height: number; px: { width: number; height: number }; boxes: OcrBox[] }
const PAGES = JSON.parse(readFileSync(join(REPO_ROOT, 'tests/fixtures/scans/county-1col-heads-scan.boxes.json'), 'utf8')) as Page[]
const SCAN = readFileSync(resolve(REPO_ROOT, 'tests/fixtures/scans/county-1col-heads-scan.pdf'))
const TITLE = '关于印发全面落实保障农民工工资支付相关制度的通知'

/** What readScan gives for the fixture, from the engine's kept boxes. */
async function fixtureScan(): Promise<ScanText> {
  const boxes: ReadBox[][] = PAGES.map((p) => p.boxes.map((box) => ({ box, ...repairLine(box.text, box.scores) })))
  const laid = layoutPages(PAGES.map((p, i) => ({ width: p.width, height: p.height, runs: runsOfPage(boxes[i], p, p.px) })))
  markLines(laid.lines, boxes)
  return { text: laid.text, lines: laid.lines, pages: 2, mediaType: 'application/pdf', detail: '' }
}

let t: TempArchive
let issueId: number
let ids: number[]
let out: ScanOcrOutcome

beforeAll(async () => {
  t = tempArchive()
  const r = await t.api.catalogScannedIssue({
    gazette: '兴县人民政府公报', year: 2022, issueNo: 3, editor: '王档案', scan: upload('2022-03-扫描.pdf', SCAN),
    documents: [
      { docNumber: '兴政发〔2022〕9号', title: TITLE, issuer: '兴县人民政府', date: null, pageFrom: 2, pageTo: 2 },
    ],
  })
  issueId = r.issueId
  ids = r.documentIds
  out = await ocrScannedIssue(t.api.archive, { issueId, editor: '王档案' }, { reader: inProcessReader(fixtureScan), now: () => new Date('2026-12-02T00:00:00Z') })
})
afterAll(() => t.close())

describe('OCR of a registered scan', () => {
  it('fills the document’s body from its page, without the title and 文号 lines', async () => {
    expect(out.documents).toHaveLength(1)
    expect(out.documents[0]).toMatchObject({ id: ids[0], filled: true, pageFrom: 2, pageTo: 2 })
    expect(out.documents[0].characters).toBeGreaterThan(300)
    const doc = await t.api.getDocument({ id: ids[0] })
    expect(doc.paragraphs[0]).toMatch(/^各乡（镇）人民政府/)
    expect(doc.paragraphs.join('')).toContain('劳务分包单位')
    expect(doc.paragraphs.join('')).not.toContain(TITLE)
  })

  it('keeps what staff typed and lists where the scan disagrees', async () => {
    const doc = await t.api.getDocument({ id: ids[0] })
    expect(doc).toMatchObject({ title: TITLE, docNumber: '兴政发〔2022〕9号', scanned: true })
    expect(out.documents[0].disagreements).toEqual([{ field: 'docNumber', label: '文号', typed: '兴政发〔2022〕9号', ocr: '兴政发〔2022〕8号' }])
  })

  it('makes the body searchable and records it in the document’s history', async () => {
    expect((await t.api.searchDocuments({ query: '劳务分包单位' })).hits.map((h) => h.id)).toEqual([ids[0]])
    const history = await t.api.getDocumentHistory({ id: ids[0] })
    expect(history[0]).toMatchObject({ editor: '王档案', note: '由扫描件第 2–2 页文字识别（OCR）填入正文' })
  })

  it('refuses an issue with no registered scan', async () => {
    await expect(ocrScannedIssue(t.api.archive, { issueId: 999, editor: '王档案' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})

/** The fixture read as readScan reads: each page announced, a stop checked before each. */
async function pagedScan(_bytes: Uint8Array, _name: string, opts: ScanOptions): Promise<ScanText> {
  for (let page = 1; page <= 2; page++) {
    opts.signal?.throwIfAborted()
    opts.onPage?.({ page, pages: 2 })
    await new Promise((r) => setTimeout(r, 10))
  }
  return fixtureScan()
}

describe('OCR of a registered scan as the service runs it', () => {
  const progress: ScanOcrProgress[] = []
  const runs = (): ReturnType<typeof createScanOcrRuns> =>
    createScanOcrRuns({
      archive: () => t.api.archive,
      mutation: createMutation(createActivities(), () => t.api.archive.db),
      isolate: false,
      scan: pagedScan,
      onProgress: (p) => progress.push(p),
    })

  it('announces each page with its issue, and runs one OCR of an issue at a time', async () => {
    const r = runs()
    progress.length = 0
    const first = r.ocrScannedIssue({ issueId, editor: '王档案' })
    await expect(r.ocrScannedIssue({ issueId, editor: '王档案' })).rejects.toMatchObject({ code: 'BUSY' })
    expect((await first).documents[0].filled).toBe(true)
    expect(progress).toEqual([{ issueId, page: 1, pages: 2 }, { issueId, page: 2, pages: 2 }])
    expect(await r.cancelScanOcr({ issueId })).toEqual({ cancelled: false })
  })

  it('stops on 停止识别 between pages and fills nothing', async () => {
    const r = runs()
    progress.length = 0
    const before = (await t.api.getDocumentHistory({ id: ids[0] })).length
    const running = r.ocrScannedIssue({ issueId, editor: '王档案' })
    await expect.poll(() => progress.length).toBe(1)
    expect(await r.cancelScanOcr({ issueId })).toEqual({ cancelled: true })
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED', message: expect.stringContaining('已停止识别') })
    expect(progress).toEqual([{ issueId, page: 1, pages: 2 }])
    expect(await t.api.getDocumentHistory({ id: ids[0] })).toHaveLength(before)
  })
})

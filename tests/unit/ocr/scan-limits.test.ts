// OCR stops between pages: on cancel (the signal's reason is what the caller gets) and when a page
// outlasts its time limit (a TIMEOUT naming the file). Each costs one page: the fixture's cover.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../src/shared/errors'
import { readScan } from '../../../src/main/importer/ocr/read-scan'
import { DEFAULT_FILE_LIMITS, realPipeline, runPipeline } from '../../../src/main/importer/worker/pipeline'
import { REPO_ROOT } from '../../support/sample'

const SCAN = new Uint8Array(readFileSync(join(REPO_ROOT, 'tests/fixtures/scans/county-1col-heads-scan.pdf')))

describe('OCR of a scan', () => {
  it('stops after the page it is reading when cancelled, with the canceller’s reason', async () => {
    const controller = new AbortController()
    const pages: number[] = []
    const reason = new AppError('BUSY', '已取消')
    const reading = readScan(SCAN, '第3期.pdf', {
      signal: controller.signal,
      onPage: (p) => {
        pages.push(p.page)
        controller.abort(reason)
      },
    })
    await expect(reading).rejects.toBe(reason)
    expect(pages).toEqual([1])
  }, 120_000)

  it('refuses the file when a page outlasts the time per page, naming the file', async () => {
    const progress: string[] = []
    const run = runPipeline(realPipeline, SCAN, '第3期.pdf', { ...DEFAULT_FILE_LIMITS, ocrPageMs: 1 }, () => undefined, (p) =>
      progress.push(`${p.page}/${p.pages}`),
    )
    await expect(run).rejects.toMatchObject({ code: 'TIMEOUT', message: expect.stringMatching(/^「第3期\.pdf」文字识别一页超过/) })
    expect(progress).toEqual(['1/2'])
  }, 120_000)

  it('still refuses a scan when the pipeline has no OCR, as before', async () => {
    const { scan: _scan, ...textOnly } = realPipeline
    await expect(runPipeline(textOnly, SCAN, '第3期.pdf', DEFAULT_FILE_LIMITS, () => undefined)).rejects.toMatchObject({ code: 'SCANNED_PDF' })
  })
})

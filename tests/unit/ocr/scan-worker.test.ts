// OCR in the import worker: the host's time limit starts again at every page the worker
// announces, so a scan that takes far longer than the file's limit in all is still read, while
// the parse after the last page keeps the file's limit.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createWorkerRunner } from '../../../src/main/importer/worker/worker-runner'
import { REPO_ROOT, SAMPLE_TXT } from '../../support/sample'

const SCAN = new Uint8Array(readFileSync(join(REPO_ROOT, 'tests/fixtures/scans/county-1col-heads-scan.pdf')))

describe('a scan in the worker', () => {
  const runner = createWorkerRunner()
  afterAll(() => runner.close())

  it('is read page by page past the file’s own time limit, with progress per page', async () => {
    const pages: string[] = []
    // Two pages of OCR take well over 4 s (+1.5 s grace) even on a fast machine (about 7 CPU-s a page).
    const limits = { maxFileBytes: 50 * 1024 * 1024, timeoutMs: 4_000, ocrPageMs: 300_000 }
    const { read, parsed } = await runner.run(SCAN, 'scan.pdf', limits, () => undefined, (p) => pages.push(`${p.page}/${p.pages}`))
    expect(pages).toEqual(['1/2', '2/2', '2/2'])
    expect(read.mediaType).toBe('application/pdf')
    expect(parsed.documents.map((d) => d.docNumber)).toEqual(['兴政发〔2022〕8号'])
  }, 400_000)

  it('reads a registered scan by OCR alone, and stops within the page when cancelled', async () => {
    const pages: string[] = []
    const cancel = new AbortController()
    const scan = runner.scan(SCAN, 'scan.pdf', { pageMs: 300_000, signal: cancel.signal, onProgress: (p) => (pages.push(`${p.page}/${p.pages}`), cancel.abort()) })
    await expect(scan).rejects.toMatchObject({ code: 'CANCELLED', message: '已停止识别「scan.pdf」的文字，没有改动任何内容。' })
    // Stopped inside the first page: the second was never begun; the runner then reads the next file.
    expect(pages).toEqual(['1/2'])
    const { read } = await runner.run(new Uint8Array(readFileSync(SAMPLE_TXT)), 'sample.txt', { maxFileBytes: 1e6, timeoutMs: 60_000 }, () => undefined)
    expect(read.text).toContain('兴县')
  }, 400_000)
})

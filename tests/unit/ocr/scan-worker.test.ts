// OCR in the import worker: the host's time limit starts again at every page the worker
// announces, so a scan that takes far longer than the file's limit in all is still read, while
// the parse after the last page keeps the file's limit.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createWorkerRunner } from '../../../src/main/importer/worker/worker-runner'
import { REPO_ROOT } from '../../support/sample'

const SCAN = new Uint8Array(readFileSync(join(REPO_ROOT, 'tests/fixtures/scans/county-1col-heads-scan.pdf')))

describe('a scan in the worker', () => {
  const runner = createWorkerRunner()
  afterAll(() => runner.close())

  it('is read page by page past the file’s own time limit, with progress per page', async () => {
    const pages: string[] = []
    // Two pages of OCR take well over 4 s (+1.5 s grace) even on a fast machine (about 10 CPU-s a page).
    const limits = { maxFileBytes: 50 * 1024 * 1024, timeoutMs: 4_000, ocrPageMs: 300_000 }
    const { read, parsed } = await runner.run(SCAN, 'scan.pdf', limits, () => undefined, (p) => pages.push(`${p.page}/${p.pages}`))
    expect(pages).toEqual(['1/2', '2/2', '2/2'])
    expect(read.mediaType).toBe('application/pdf')
    expect(parsed.documents.map((d) => d.docNumber)).toEqual(['兴政发〔2022〕8号'])
  }, 400_000)
})

// Readers and parser in a worker thread: a file that exhausts its memory or time is refused in
// Chinese, quarantined and never run again, and this process (the app, the server) carries on.
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openArchive, type Archive } from '../../../src/main/archive/open-archive'
import { findQuarantine } from '../../../src/main/db/quarantine'
import { importFiles, QUARANTINED } from '../../../src/main/importer/import-files'
import { realPipeline, runPipeline, DEFAULT_FILE_LIMITS } from '../../../src/main/importer/worker/pipeline'
import { sha256Hex } from '../../../src/main/archive/store-original'
import { createWorkerRunner } from '../../../src/main/importer/worker/worker-runner'
import { largeLegalDocx } from '../../support/hostile-files'
import { SAMPLE_TXT } from '../../support/sample'
import { readFileSync } from 'node:fs'

let dir: string
let archive: Archive

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'worker-test-'))
  archive = openArchive(join(dir, 'archive.db'), { create: true })
})
afterEach(() => {
  archive.close()
  rmSync(dir, { recursive: true, force: true })
})

function put(name: string, bytes: Uint8Array | string): string {
  const p = join(dir, name)
  writeFileSync(p, bytes)
  return p
}

describe('the worker runner', () => {
  it('reads and parses the sample exactly as this process does', async () => {
    const bytes = new Uint8Array(readFileSync(SAMPLE_TXT))
    const runner = createWorkerRunner()
    const warnings: string[] = []
    try {
      const inWorker = await runner.run(bytes, 'x.txt', DEFAULT_FILE_LIMITS, (m) => warnings.push(m))
      const here = await runPipeline(realPipeline, bytes, 'x.txt', DEFAULT_FILE_LIMITS, () => undefined)
      expect(inWorker.parsed).toEqual(here.parsed)
      expect(inWorker.read).toEqual(here.read)
    } finally {
      await runner.close()
    }
  })

  it('passes the readers’ refusals through with their code', async () => {
    const runner = createWorkerRunner()
    try {
      await expect(runner.run(new Uint8Array([1, 2, 3]), '坏.pdf', DEFAULT_FILE_LIMITS, () => undefined)).rejects.toMatchObject({
        code: 'CORRUPT_FILE',
        message: expect.stringContaining('「坏.pdf」'),
      })
    } finally {
      await runner.close()
    }
  })
})

describe('a file that exhausts the worker', () => {
  it('runs out of heap: refused as too large, quarantined, and never read again', async () => {
    const file = put('大.docx', largeLegalDocx(8))
    const isolate = { maxHeapMb: 40 }
    const first = await importFiles(archive, [file], { isolate })
    expect(first.failed).toEqual([{ file, error: '「大.docx」内容过大，读取时超出内存上限（40 MB），已停止。', code: 'FILE_TOO_LARGE', sourceIndex: 0 }])
    const q = findQuarantine(archive.db, sha256Hex(readFileSync(file)))
    expect(q).toMatchObject({ code: 'FILE_TOO_LARGE', reason: first.failed[0].error })

    // Even with room to spare, the file is refused from the quarantine without being read.
    const t0 = performance.now()
    const again = await importFiles(archive, [{ path: file, noFollow: true }], { isolate: true })
    expect(again.failed).toEqual([{ file, error: `${first.failed[0].error}${QUARANTINED}`, code: 'QUARANTINED', sourceIndex: 0 }])
    expect(performance.now() - t0).toBeLessThan(2000)
    // This process is fine and imports the next file normally.
    const ok = await importFiles(archive, [SAMPLE_TXT], { isolate: true })
    expect(ok.imported).toHaveLength(1)
  }, 120_000)

  it('runs past its time: killed, refused as a timeout, quarantined', async () => {
    const file = put('慢.docx', largeLegalDocx(8))
    const report = await importFiles(archive, [file], { isolate: { graceMs: 100 }, limits: { timeoutMs: 300 } })
    expect(report.failed[0].error).toMatch(/^「慢\.docx」读取(和解析)?超过 300 毫秒/)
    expect(findQuarantine(archive.db, sha256Hex(readFileSync(file)))?.code).toBe('TIMEOUT')
  }, 60_000)
})

describe('files the inbox hands over', () => {
  it('are never read through a symlink', async () => {
    writeFileSync(join(dir, 'secret.txt'), readFileSync(SAMPLE_TXT))
    const link = join(dir, 'swapped.txt')
    symlinkSync(join(dir, 'secret.txt'), link)
    const report = await importFiles(archive, [{ path: link, noFollow: true }], { isolate: true })
    expect(report.failed).toEqual([{ file: link, error: '「swapped.txt」是符号链接，收件文件夹只导入普通文件，已拒绝。', code: 'UNSUPPORTED_FILE', sourceIndex: 0 }])
    expect(report.imported).toEqual([])
  })
})

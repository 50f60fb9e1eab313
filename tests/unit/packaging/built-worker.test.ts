// The import worker as electron-vite builds it (out/main/file-worker.js, beside index.js where
// the host looks for it): it runs on its own, without tsx, and reads and refuses as from sources.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import type { WorkerJob, WorkerReply } from '../../../src/main/importer/worker/messages'
import { DEFAULT_FILE_LIMITS } from '../../../src/main/importer/worker/pipeline'
import { createWorkerRunner } from '../../../src/main/importer/worker/worker-runner'
import { entryPastCountDocx } from '../../support/hostile-files'
import { SAMPLE_TXT } from '../../support/sample'
import { root } from './helpers'

const entry = join(root, 'out/main/file-worker.js')


/** Runs one job in a fresh built worker and returns its final reply. */
function runBuilt(bytes: Uint8Array, fileName: string): Promise<WorkerReply> {
  const worker = new Worker(entry, { resourceLimits: { maxOldGenerationSizeMb: 512 } })
  return new Promise<WorkerReply>((resolve, reject) => {
    worker.on('message', (m: WorkerReply) => m.kind !== 'warn' && resolve(m))
    worker.on('error', reject)
    const job: WorkerJob = { id: 1, bytes, fileName, limits: DEFAULT_FILE_LIMITS }
    worker.postMessage(job)
  }).finally(() => worker.terminate())
}

describe('the built import worker', () => {
  it('sits beside the main bundle, where the host looks for it', () => {
    expect(existsSync(join(root, 'out/main/index.js'))).toBe(true)
    const scripts = readdirSync(join(root, 'out/main'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'))
    expect(scripts.some((f) => readFileSync(join(root, 'out/main', f), 'utf8').includes('file-worker.js'))).toBe(true)
  })

  it('reads and parses the sample', async () => {
    const reply = await runBuilt(new Uint8Array(readFileSync(SAMPLE_TXT)), 'x.txt')
    expect(reply.kind).toBe('done')
    if (reply.kind === 'done') expect(reply.parsed.documents).toHaveLength(45)
  }, 60_000)

  it('refuses a Word file with an entry past the declared count', async () => {
    const reply = await runBuilt(entryPastCountDocx(1_000_000), 'past.docx')
    expect(reply).toMatchObject({ kind: 'refused', code: 'CORRUPT_FILE', message: expect.stringContaining('目录与内容不一致') })
  }, 60_000)

  it('is what the host runner starts when given its entry', async () => {
    const runner = createWorkerRunner({ entry })
    try {
      const r = await runner.run(new Uint8Array(readFileSync(SAMPLE_TXT)), 'x.txt', DEFAULT_FILE_LIMITS, () => undefined)
      expect(r.parsed.documents).toHaveLength(45)
    } finally {
      await runner.close()
    }
  }, 60_000)
})

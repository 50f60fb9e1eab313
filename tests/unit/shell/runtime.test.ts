// startRuntime: the one composition root. Shutdown is ordered and awaited: the shell's hooks, the
// inbox stops after the import it is running, running jobs drain, and only then the database closes.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openArchive } from '../../../src/main/archive/open-archive'
import { realPipeline, type Pipeline } from '../../../src/main/importer/worker/pipeline'
import { silentLogger } from '../../../src/main/log'
import { startRuntime, type Runtime } from '../../../src/main/shell/runtime'
import type { ImportReport } from '../../../src/shared/domain'
import { SAMPLE_TRUTH, SAMPLE_TXT } from '../../support/sample'

const TRUTH_DOCUMENTS = (JSON.parse(readFileSync(SAMPLE_TRUTH, 'utf8')) as { documents: unknown[] }).documents.length

let dir: string
let runtime: Runtime | null

/** The real reader and parser, with reading held until the test lets it go. */
function heldPipeline(): { pipeline: Pipeline; reading: () => boolean; release: () => void } {
  let release!: () => void
  const gate = new Promise<void>((r) => (release = r))
  let reading = false
  const pipeline: Pipeline = {
    async read(...args) {
      reading = true
      await gate
      return realPipeline.read(...args)
    },
    parse: (source, deadline) => realPipeline.parse(source, deadline),
  }
  return { pipeline, reading: () => reading, release }
}

function documentCount(dbFile: string): number {
  const a = openArchive(dbFile, { create: false })
  try {
    return a.db.prepare('SELECT COUNT(*) FROM documents').pluck().get() as number
  } finally {
    a.close()
  }
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'runtime-'))
  runtime = null
})
afterEach(async () => {
  await runtime?.shutdown()
  rmSync(dir, { recursive: true, force: true })
})

describe('startRuntime shutdown', () => {
  it('waits for an inbox import under way, then closes the database', async () => {
    const inbox = join(dir, 'inbox')
    mkdirSync(inbox)
    const held = heldPipeline()
    const dbFile = join(dir, 'archive.db')
    runtime = startRuntime({ dbFile, log: silentLogger, pipeline: held.pipeline, inboxFolder: inbox, inboxTiming: { stableMs: 0, pollMs: 10 } })
    const reports: ImportReport[] = []
    runtime.inboxEvents.subscribe((r) => reports.push(r))
    copyFileSync(SAMPLE_TXT, join(inbox, 'xingxian-2022-02.txt'))
    await vi.waitFor(() => expect(held.reading()).toBe(true), { timeout: 20_000, interval: 10 })

    const steps: string[] = []
    runtime.onShutdown(() => void steps.push('hooks'))
    const stopped = runtime.shutdown().then(() => steps.push('closed'))
    await new Promise((r) => setImmediate(r))
    expect(steps).toEqual(['hooks'])
    expect(runtime.services.archive.db.open).toBe(true) // the import still holds it

    held.release()
    await stopped
    expect(steps).toEqual(['hooks', 'closed'])
    expect(runtime.services.archive.db.open).toBe(false)
    expect(reports.map((r) => [r.imported.length, r.failed.length])).toEqual([[1, 0]])
    expect(documentCount(dbFile)).toBe(TRUTH_DOCUMENTS)
  })

  it('drains a manual import too, and answers every call with the same shutdown', async () => {
    const held = heldPipeline()
    const dbFile = join(dir, 'archive.db')
    runtime = startRuntime({ dbFile, log: silentLogger, pipeline: held.pipeline, deferInbox: true })
    const imported = runtime.services.importFiles({ sources: [{ kind: 'path', path: SAMPLE_TXT }] })
    await vi.waitFor(() => expect(held.reading()).toBe(true), { timeout: 20_000, interval: 10 })
    const first = runtime.shutdown()
    expect(runtime.shutdown()).toBe(first)
    await new Promise((r) => setImmediate(r))
    expect(runtime.services.archive.db.open).toBe(true)
    held.release()
    expect((await imported).imported.map((i) => i.documents)).toEqual([TRUTH_DOCUMENTS])
    await first
    expect(runtime.services.archive.db.open).toBe(false)
    expect(runtime.inboxFolder()).toBeNull() // deferred and never started
  })
})

// The inbox and hostile files: a file that kills its worker is remembered across restarts and
// never read again (it once killed the server 59 s after every start); symlinks are never followed.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { watchInbox, type InboxWatcher } from '../../../src/main/archive-work/inbox'
import { listImportLog } from '../../../src/main/db/import-log'
import { QUARANTINED } from '../../../src/main/importer/import-files'
import { silentLogger } from '../../../src/main/log'
import { createServices, type Services } from '../../../src/main/services'
import type { ImportReport } from '../../../src/shared/domain'
import { largeLegalDocx } from '../../support/hostile-files'
import { SAMPLE_TEXT } from './helpers'

const POLL = 50
const STABLE = 200

let dir: string
let inbox: string
let api: Services
let watcher: InboxWatcher | null
let reports: ImportReport[]
let handed: string[]

beforeEach(() => {
  // Fake time for the watcher's polls and clock; the import itself (a worker thread) runs for real.
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] })
  dir = mkdtempSync(join(tmpdir(), 'inbox-hostile-'))
  inbox = join(dir, 'inbox')
  mkdirSync(inbox)
  // A small worker heap, so that an 8 MB-of-XML Word file exhausts it quickly.
  api = createServices({ dbFile: join(dir, 'archive.db'), log: silentLogger, isolate: { maxHeapMb: 40 } })
  watcher = null
  reports = []
  handed = []
})
afterEach(async () => {
  await watcher?.stop()
  vi.useRealTimers()
  api.close()
  rmSync(dir, { recursive: true, force: true })
})

function start(): InboxWatcher {
  watcher = watchInbox({
    folder: inbox,
    importFiles: (req) => {
      handed.push(...req.sources.map((s) => (s.kind === 'path' ? s.path : s.name)))
      return api.importFiles(req)
    },
    onImported: (r) => reports.push(r),
    stableMs: STABLE,
    pollMs: POLL,
  })
  return watcher
}

/** Polls (one fake interval at a time) until `cond` holds; the imports take real time. */
async function until(cond: () => boolean): Promise<void> {
  await vi.waitFor(
    async () => {
      await vi.advanceTimersByTimeAsync(POLL)
      if (!cond()) throw new Error('not yet')
    },
    { timeout: 60_000, interval: 5 },
  )
}

describe('the inbox and hostile files', () => {
  it('reports a file that killed its worker once, then never reads it again, even after a restart', async () => {
    writeFileSync(join(inbox, '大.docx'), largeLegalDocx(8))
    start()
    await until(() => reports.length === 1)
    expect(reports[0].failed).toEqual([
      { file: join(inbox, '大.docx'), error: '「大.docx」内容过大，读取时超出内存上限（40 MB），已停止。', code: 'FILE_TOO_LARGE', sourceIndex: 0 },
    ])

    // A restart forgets what the watcher saw; the archive remembers the file by its content.
    await watcher?.stop()
    start()
    await until(() => handed.length === 2)
    await watcher?.poll()
    const log = listImportLog(api.archive.db)
    expect(log[0].message).toBe(`${reports[0].failed[0].error}${QUARANTINED}`)
    expect(reports).toHaveLength(1) // not announced again
  }, 120_000)

  it('skips a symlink dropped into the folder instead of following it', async () => {
    writeFileSync(join(dir, 'secret.txt'), SAMPLE_TEXT)
    symlinkSync(join(dir, 'secret.txt'), join(inbox, 'link.txt'))
    start()
    await vi.advanceTimersByTimeAsync(STABLE * 4)
    await watcher?.poll()
    expect(handed).toEqual([])
    expect(await api.listIssues({})).toEqual([])
  })
})

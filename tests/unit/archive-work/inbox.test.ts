// The inbox folder: a file written slowly is imported once, when complete; the folder may vanish.
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { watchInbox, type InboxWatcher } from '../../../src/main/archive-work/inbox'
import { startInboxFromSettings } from '../../../src/main/archive-work/inbox-settings'
import type { ImportReport } from '../../../src/shared/domain'
import { fixture, tempArchive, type TempArchive } from './helpers'

const POLL = 50
const STABLE = 400

let t: TempArchive
let inbox: string
let reports: ImportReport[]
let calls: number
let watcher: InboxWatcher | null

beforeEach(() => {
  // Fake time for the watcher's polls and clock; the import itself (a worker thread) runs for real.
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] })
  t = tempArchive('inbox-')
  inbox = join(t.dir, 'inbox')
  mkdirSync(inbox)
  reports = []
  calls = 0
  watcher = null
})
afterEach(async () => {
  await watcher?.stop()
  vi.useRealTimers()
  t.close()
})

function watch(): InboxWatcher {
  watcher = watchInbox({
    folder: inbox,
    importFiles: (req) => {
      calls++
      return t.api.importFiles(req)
    },
    onImported: (r) => reports.push(r),
    stableMs: STABLE,
    pollMs: POLL,
  })
  return watcher
}

/** Lets fake time pass, then waits for an import the polls started to end. */
async function pass(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms)
  await watcher?.poll()
}

/** Polls (one fake interval at a time) until `cond` holds; the imports take real time. */
async function until(cond: () => boolean): Promise<void> {
  await vi.waitFor(
    async () => {
      await vi.advanceTimersByTimeAsync(POLL)
      if (!cond()) throw new Error('not yet')
    },
    { timeout: 30_000, interval: 5 },
  )
}

describe('watchInbox', () => {
  it('imports a slowly written file exactly once, after it stopped changing', async () => {
    watch()
    const text = fixture('xingxian-2020-01.txt')
    const file = join(inbox, '2020-01.txt')
    const chunks = 5
    const size = Math.ceil(text.length / chunks)
    for (let i = 0; i < chunks; i++) {
      appendFileSync(file, text.slice(i * size, (i + 1) * size))
      await pass(POLL * 4) // longer than a poll, shorter than stableMs
      expect(calls).toBe(0)
    }
    await until(() => reports.length === 1)
    await pass(STABLE * 2) // and a pause: nothing more happens
    expect(calls).toBe(1)
    expect(reports).toHaveLength(1)
    expect(reports[0].imported.map((r) => [r.issue, r.documents])).toEqual([['兴县人民政府公报 2020年第1期', 2]])
    expect((await t.api.listIssues({})).length).toBe(1)
  })

  it('leaves already-imported files alone and survives the folder disappearing', async () => {
    writeFileSync(join(inbox, '2020-01.txt'), fixture('xingxian-2020-01.txt'))
    writeFileSync(join(inbox, '~$draft.docx'), 'lock file')
    watch()
    await until(() => reports.length === 1)
    await watcher!.stop()
    // A restart sees the same file again: SHA-256 dedupe skips it, and no event is raised.
    watch()
    await until(() => calls === 1)
    await pass(STABLE)
    expect(reports).toHaveLength(1)
    rmSync(inbox, { recursive: true })
    await pass(POLL * 4)
    mkdirSync(inbox)
    writeFileSync(join(inbox, '2021-01.txt'), fixture('xingxian-2021-01.txt'))
    await until(() => reports.length === 2)
    expect(reports[1].imported.map((r) => r.issue)).toEqual(['兴县人民政府公报 2021年第1期'])
    expect((await t.api.listIssues({})).map((i) => i.issueNo).sort()).toEqual([1, 1])
    expect((await t.api.listIssues({})).map((i) => i.year).sort()).toEqual([2020, 2021])
  })

  it('stop() ends polling: files saved later are not imported', async () => {
    await watch().stop()
    writeFileSync(join(inbox, '2020-01.txt'), fixture('xingxian-2020-01.txt'))
    await pass(STABLE + POLL * 4)
    expect(calls).toBe(0)
  })
})

describe('startInboxFromSettings', () => {
  it('watches the folder set in the settings and follows changes', async () => {
    const runner = startInboxFromSettings(t.api, (r) => reports.push(r), { stableMs: STABLE, pollMs: POLL })
    expect(runner.folder()).toBeNull()
    await t.api.setSettings({ inboxFolder: inbox, editorName: '王档案' })
    expect(runner.folder()).toBe(inbox)
    expect(await t.api.getSettings({})).toMatchObject({ inboxFolder: inbox, editorName: '王档案' })
    writeFileSync(join(inbox, '2020-01.txt'), fixture('xingxian-2020-01.txt'))
    await until(() => reports.length === 1)
    await t.api.setSettings({ inboxFolder: null })
    expect(runner.folder()).toBeNull()
    await runner.stop()
  })
})

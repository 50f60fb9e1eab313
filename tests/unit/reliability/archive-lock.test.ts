// Restore never runs under another process: a process holding the archive open (shared lock)
// makes restore refuse, naming it; when that process is killed the OS frees the lock at once.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { acquireExclusive, acquireShared, lockHolders } from '../../../src/main/archive/lock'
import { openArchive } from '../../../src/main/archive/open-archive'
import { backupArchive } from '../../../src/main/archive/backup'
import { restoreArchive } from '../../../src/main/archive/restore'
import { importFiles } from '../../../src/main/importer/import-files'
import { issueRows, ROOT, spawnCli, writeIssues } from './helpers'

let work: string
let dbFile: string
let backup: string

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'archive-lock-'))
  dbFile = join(work, 'app', 'archive.db')
  const a = openArchive(dbFile, { create: true })
  await importFiles(a, writeIssues(join(work, 'in'), [2]))
  a.close()
  backup = join(work, 'backup')
  await backupArchive(dbFile, backup)
  const b = openArchive(dbFile)
  await importFiles(b, writeIssues(join(work, 'in3'), [3]))
  b.close()
}, 60_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** A child process holding the archive open as `role`; resolves once it says "started". */
async function holder(role: string) {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'tests/unit/reliability/hold-archive.ts', dbFile, role], { cwd: ROOT })
  const done = new Promise<NodeJS.Signals | null>((ok) => proc.on('close', (_code, signal) => ok(signal)))
  let out = ''
  await new Promise<void>((ok, fail) => {
    proc.stdout.on('data', (d: Buffer) => {
      out += d.toString()
      if (out.includes('started')) ok()
    })
    proc.on('close', () => fail(new Error(`holder ended before it started: ${out}`)))
  })
  return { proc, done }
}

const issues = (): number[] => {
  const a = openArchive(dbFile)
  try {
    return issueRows(a.db).map((r) => r.issueNo)
  } finally {
    a.close()
  }
}
const restoreLeftovers = (): string[] => readdirSync(join(work, 'app')).filter((n) => /before-restore|\.restore-/.test(n))

describe('the archive lock across processes', () => {
  it('refuses a restore while another process holds the archive, naming it; a SIGKILL frees the lock', async () => {
    const app = await holder('桌面程序')
    expect(() => restoreArchive(backup, dbFile)).toThrow(new RegExp(`不能恢复：桌面程序（进程 ${app.proc.pid}）`))
    // The CLI restore (a third process) is refused the same way, with exit code 1 and no stack trace.
    const cli = spawnCli(['restore', '--from', backup, '--db', dbFile])
    expect((await cli.done).code).toBe(1)
    expect(cli.stderr).toContain(`档案库正被其他程序使用，不能恢复：桌面程序（进程 ${app.proc.pid}）`)
    expect(issues()).toEqual([2, 3])
    expect(restoreLeftovers()).toEqual([])

    app.proc.kill('SIGKILL')
    expect(await app.done).toBe('SIGKILL')
    // The dead holder's registration is ignored (and tidied); its lock went with the process.
    expect(lockHolders(dbFile)).toEqual([])
    const r = restoreArchive(backup, dbFile)
    expect(r.keptAs).not.toBeNull()
    expect(issues()).toEqual([2])
  }, 60_000)

  it('lets several processes hold the archive at once (shared), and lists them all', async () => {
    const a = await holder('浏览器模式')
    const b = await holder('命令行 import')
    const mine = acquireShared(dbFile) // this process too: shared locks do not exclude each other
    try {
      expect(lockHolders(dbFile).map((h) => h.role).sort()).toEqual(['命令行 import', '浏览器模式', expect.any(String)].sort())
      expect(() => acquireExclusive(dbFile)).toThrow(/浏览器模式（进程 \d+）.*命令行 import（进程 \d+）|命令行 import（进程 \d+）.*浏览器模式（进程 \d+）/)
    } finally {
      mine.release()
      a.proc.stdin.end() // a clean exit releases too
      b.proc.kill('SIGKILL')
      await Promise.all([a.done, b.done])
    }
    acquireExclusive(dbFile).release()
  }, 60_000)

  it('makes an opener wait for a running restore and then refuse in Chinese, not open a moved archive', () => {
    const restore = acquireExclusive(dbFile)
    try {
      expect(() => acquireShared(dbFile, 50)).toThrow(/档案库正在恢复，请稍后再试/)
    } finally {
      restore.release()
    }
    expect(existsSync(dbFile)).toBe(true)
  })
})

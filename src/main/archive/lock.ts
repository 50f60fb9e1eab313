// One archive, many processes: everything that opens an archive (app, browser mode, CLI import,
// backup, verify) holds a SHARED lock; a restore needs it EXCLUSIVE and refuses while anyone
// else holds it. The lock is SQLite's own file lock on <name>.lock (rollback journal, never WAL):
// a holder keeps a read transaction open, which is a POSIX fcntl / Windows LockFileEx lock the
// operating system drops when the process dies — a killed import never leaves the archive locked.
// Who holds it is written beside it, <name>.lock.d/<pid>-<n>.json, so a refusal can name them.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, extname, join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { AppError } from '../../shared/errors'
import { fileKind, readRegularFile } from './originals'

export interface ArchiveLock {
  release(): void
}

interface Holder {
  pid: number
  role: string
  since: string
}

let role: string | null = null
let seq = 0

/** What this process is, as staff would call it (set by the shells; the CLI names its command). */
export function setProcessRole(name: string): void {
  role = name
}

function processRole(): string {
  if (role) return role
  if (process.versions.electron) return '桌面程序'
  const command = process.argv.slice(2).find((a) => !a.startsWith('-'))
  return command ? `命令行 ${command}` : '命令行'
}

/** archive.db → archive.lock (beside archive.files/). */
export function lockFileFor(dbFile: string): string {
  const abs = resolve(dbFile)
  const ext = extname(abs)
  const file = join(dirname(abs), `${ext ? basename(abs, ext) : basename(abs)}.lock`)
  return file === abs ? `${abs}.lock` : file // an archive named x.lock must not lock itself
}

/** Whether a process with this id still runs (EPERM: it does, under another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The processes registered as holders that still run; files left by dead ones are removed. */
export function lockHolders(dbFile: string): Holder[] {
  const dir = `${lockFileFor(dbFile)}.d`
  let names: string[]
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json'))
  } catch {
    return []
  }
  const out: Holder[] = []
  for (const name of names) {
    const file = join(dir, name)
    try {
      const h = JSON.parse(readRegularFile(file, name, 4096).toString('utf8')) as Holder
      if (Number.isInteger(h.pid) && isAlive(h.pid)) out.push({ pid: h.pid, role: String(h.role), since: String(h.since) })
      else rmSync(file, { force: true })
    } catch {
      if (fileKind(file) !== 'file') rmSync(file, { force: true })
    }
  }
  return out
}

function describeHolders(dbFile: string): string {
  const holders = lockHolders(dbFile)
  if (!holders.length) return '另一个程序（未能确认是哪一个）'
  return holders.map((h) => `${h.role}（进程 ${h.pid}${h.pid === process.pid ? '，即本程序' : ''}）`).join('、')
}

function isBusy(err: unknown): boolean {
  const code = (err as { code?: string }).code ?? ''
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')
}

function openLockDb(dbFile: string, timeoutMs: number): Database.Database {
  const file = lockFileFor(dbFile)
  mkdirSync(dirname(file), { recursive: true })
  const db = new Database(file)
  db.pragma(`busy_timeout = ${timeoutMs}`)
  return db
}

/** Shared: any number of processes at once; waits up to `timeoutMs` while a restore runs. */
export function acquireShared(dbFile: string, timeoutMs = 15_000): ArchiveLock {
  const dir = `${lockFileFor(dbFile)}.d`
  mkdirSync(dir, { recursive: true })
  const me = join(dir, `${process.pid}-${++seq}.json`)
  writeFileSync(me, JSON.stringify({ pid: process.pid, role: processRole(), since: new Date().toISOString() }))
  let db: Database.Database | null = null
  try {
    db = openLockDb(dbFile, timeoutMs)
    db.exec('BEGIN')
    db.prepare('SELECT COUNT(*) FROM sqlite_master').get() // the read takes the SHARED lock, kept until COMMIT
  } catch (err) {
    db?.close()
    rmSync(me, { force: true })
    if (isBusy(err)) throw new AppError('BUSY', `档案库正在恢复，请稍后再试：${dbFile}`)
    throw err
  }
  const held = db
  let released = false
  return {
    release() {
      if (released) return
      released = true
      held.close() // ends the read transaction and drops the lock
      rmSync(me, { force: true })
    },
  }
}

/** Exclusive, at once or never: refuses, naming who holds the archive, while anyone does. */
export function acquireExclusive(dbFile: string): ArchiveLock {
  const db = openLockDb(dbFile, 0)
  try {
    db.exec('BEGIN EXCLUSIVE')
  } catch (err) {
    db.close()
    if (!isBusy(err)) throw err
    throw new AppError('BUSY', `档案库正被其他程序使用，不能恢复：${describeHolders(dbFile)}。请先关闭它们或等它们结束，再恢复：${dbFile}`)
  }
  return { release: () => db.close() }
}

/** Runs `work` holding the archive exclusively. */
export function withExclusiveLock<T>(dbFile: string, work: () => T): T {
  const lock = acquireExclusive(dbFile)
  try {
    return work()
  } finally {
    lock.release()
  }
}

// Backups: one is taken automatically before a migration changes an archive with data; a backup
// taken while another process writes verifies; restore refuses a tampered backup untouched.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openArchive } from '../../../src/main/archive/open-archive'
import { backupArchive, checkBackup, MANIFEST, type BackupManifest } from '../../../src/main/archive/backup'
import { LATEST_VERSION, migrate, schemaVersion } from '../../../src/main/db/migrate'
import { MIGRATIONS } from '../../../src/main/db/migrations'
import { openDb } from '../../../src/main/db/open'
import { restoreArchive } from '../../../src/main/archive/restore'
import { checkIntegrity, verifyArchive } from '../../../src/main/archive/verify'
import { importFiles } from '../../../src/main/importer/import-files'
import { ROOT, writeIssues } from './helpers'

let work: string
let sampleDb: string

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'backup-test-'))
  sampleDb = join(work, 'sample', 'archive.db')
  const archive = openArchive(sampleDb, { create: true })
  await importFiles(archive, writeIssues(join(work, 'in'), [2, 3]))
  archive.close()
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** A version-1 archive holding one document, as an older release left it. */
function makeV1Archive(dbFile: string): void {
  mkdirSync(join(dbFile, '..'), { recursive: true })
  const db = openDb(dbFile, { migrate: false })
  migrate(db, MIGRATIONS, 1)
  db.exec(`
    INSERT INTO gazettes (id, name) VALUES (1, '兴县人民政府公报');
    INSERT INTO issues (id, gazette_id, year, issue_no, imported_at) VALUES (1, 1, 2022, 2, '2022-07-01T00:00:00Z');
    INSERT INTO documents (id, issue_id, seq, doc_number, agency, doc_year, doc_serial, title, body_text)
    VALUES (1, 1, 1, '兴政发〔2022〕10号', '兴政发', 2022, 10, '关于农民工工资的通知', '农民工工资支付');
  `)
  db.close()
}

describe('automatic backup before a migration', () => {
  it('copies a v1 archive with data to backups/pre-migration-v1-…/ before migrating it', () => {
    const dbFile = join(work, 'v1', 'archive.db')
    makeV1Archive(dbFile)
    const archive = openArchive(dbFile, { now: () => new Date('2024-05-06T07:08:09.010Z') })
    expect(schemaVersion(archive.db)).toBe(LATEST_VERSION)
    archive.close()
    const backups = readdirSync(join(work, 'v1', 'backups'))
    expect(backups).toEqual(['pre-migration-v1-2024-05-06T07-08-09-010Z'])
    const dir = join(work, 'v1', 'backups', backups[0])
    const manifest = checkBackup(dir)
    expect(manifest.schemaVersion).toBe(1)
    const copy = new Database(join(dir, 'archive.db'), { readonly: true })
    expect(schemaVersion(copy)).toBe(1)
    expect(copy.prepare('SELECT title FROM documents').pluck().all()).toEqual(['关于农民工工资的通知'])
    copy.close()
  })

  it('restores an older (v1) backup: its schema is compared with what the migrations build for v1, then migrated', () => {
    const dbFile = join(work, 'v1-restore', 'archive.db')
    makeV1Archive(dbFile)
    openArchive(dbFile).close() // takes the pre-migration backup
    const [name] = readdirSync(join(work, 'v1-restore', 'backups'))
    const target = join(work, 'v1-restored', 'archive.db')
    restoreArchive(join(work, 'v1-restore', 'backups', name), target)
    const archive = openArchive(target)
    expect(schemaVersion(archive.db)).toBe(LATEST_VERSION)
    expect(archive.db.prepare('SELECT title FROM documents').pluck().all()).toEqual(['关于农民工工资的通知'])
    expect(verifyArchive(archive.db, archive.filesDir).ok).toBe(true)
    archive.close()
  })

  it('takes none for a new, empty or already current archive', () => {
    const dbFile = join(work, 'fresh', 'archive.db')
    openArchive(dbFile, { create: true }).close()
    openArchive(dbFile).close()
    openArchive(sampleDb).close()
    expect(existsSync(join(work, 'fresh', 'backups'))).toBe(false)
    expect(existsSync(join(work, 'sample', 'backups'))).toBe(false)
  })
})

/** Another process inserting rows as fast as it can for `ms` milliseconds. */
function writerProcess(dbFile: string, ms: number): Promise<number> {
  const code = `
    const D = require('better-sqlite3'); const db = new D(process.argv[1]); db.pragma('busy_timeout = 15000')
    // Rows in a table the archive has: a restore refuses a database with tables it would not build.
    const ins = db.prepare('INSERT INTO settings VALUES (?, ?)'); let n = 0; const end = Date.now() + ${ms}
    while (Date.now() < end) ins.run('busy-writer-' + n++, new Date().toISOString())
    process.stdout.write(String(n))`
  const child = spawn(process.execPath, ['-e', code, dbFile], { cwd: ROOT })
  let out = ''
  child.stdout.on('data', (d: Buffer) => (out += d.toString()))
  return new Promise((ok) => child.on('close', () => ok(Number(out))))
}

describe('backup and restore', () => {
  it('a backup taken while another process writes verifies, and restores to a sound archive', async () => {
    const writing = writerProcess(sampleDb, 1500)
    await new Promise((ok) => setTimeout(ok, 300))
    const out = join(work, 'while-writing')
    const { manifest, warnings } = await backupArchive(sampleDb, out)
    expect(await writing).toBeGreaterThan(100)
    expect(warnings).toEqual([])
    expect(checkBackup(out).files).toEqual(manifest.files)
    const copy = new Database(join(out, 'archive.db'), { readonly: true })
    expect(checkIntegrity(copy)).toBe('ok')
    copy.close()
    const target = join(work, 'restored', 'archive.db')
    restoreArchive(out, target)
    const archive = openArchive(target)
    expect(verifyArchive(archive.db, archive.filesDir).ok).toBe(true)
    archive.close()
  })

  it.each([
    ['an original changed after the backup', (dir: string) => corruptOriginal(dir)],
    ['a hash edited in the manifest', (dir: string) => editManifest(dir, (m) => (m.files[1].sha256 = '0'.repeat(64)))],
    ['the database left out of the manifest', (dir: string) => editManifest(dir, (m) => m.files.shift())],
    ['a path outside the backup in the manifest', (dir: string) => editManifest(dir, (m) => (m.files[1].path = '../../etc/passwd'))],
  ])('restore refuses %s and replaces nothing', async (_what, tamper) => {
    const dir = join(work, `tampered-${Math.random().toString(36).slice(2)}`)
    await backupArchive(sampleDb, dir)
    tamper(dir)
    const target = join(work, 'target', 'archive.db')
    if (!existsSync(target)) openArchive(target, { create: true }).close()
    const before = readdirSync(join(work, 'target')).sort()
    const dbBytes = readFileSync(target)
    expect(() => restoreArchive(dir, target)).toThrow(/备份/)
    expect(readdirSync(join(work, 'target')).sort()).toEqual(before)
    expect(readFileSync(target)).toEqual(dbBytes)
  })
})

function corruptOriginal(dir: string): void {
  const m = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as BackupManifest
  writeFileSync(join(dir, m.files[1].path), 'tampered')
}

function editManifest(dir: string, edit: (m: BackupManifest) => void): void {
  const m = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as BackupManifest
  edit(m)
  writeFileSync(join(dir, MANIFEST), JSON.stringify(m))
}

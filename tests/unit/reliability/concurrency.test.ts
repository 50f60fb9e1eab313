// The CLI importing while the app holds the archive open, and two imports at once: WAL and
// busy_timeout make them wait for each other, never fail with SQLITE_BUSY or corrupt anything.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openArchive } from '../../../src/main/archive/open-archive'
import { verifyArchive } from '../../../src/main/archive/verify'
import { issueRows, spawnCli, writeIssues } from './helpers'

let work: string
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'concurrency-test-'))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

function checkArchive(dbFile: string, issues: number[]): void {
  const archive = openArchive(dbFile)
  try {
    const r = verifyArchive(archive.db, archive.filesDir)
    expect(r.problems).toEqual([])
    expect(issueRows(archive.db).map((i) => [i.issueNo, i.documents])).toEqual(issues.map((n) => [n, 45]))
  } finally {
    archive.close()
  }
}

const importCli = (dbFile: string, files: string[]) => spawnCli(['import', ...files, '--db', dbFile, '--json'])

describe('concurrent access to one archive', () => {
  it('imports while another connection keeps a long read transaction and a write lock for a while', async () => {
    const dbFile = join(work, 'app', 'archive.db')
    const app = openArchive(dbFile, { create: true })
    // The app is reading (a long read transaction: WAL lets the import commit past it)…
    app.db.exec('BEGIN')
    app.db.prepare('SELECT COUNT(*) FROM documents').get()
    const child = importCli(dbFile, writeIssues(join(work, 'in-app'), [2, 3]))
    // …and then writes for 1.5 s, so the import has to wait for the lock (busy_timeout).
    await new Promise((ok) => setTimeout(ok, 800))
    app.db.exec('COMMIT')
    app.db.exec('CREATE TABLE IF NOT EXISTS app_note (t TEXT)')
    app.db.exec('BEGIN IMMEDIATE')
    app.db.prepare('INSERT INTO app_note VALUES (?)').run('app writing')
    await new Promise((ok) => setTimeout(ok, 1500))
    app.db.exec('COMMIT')
    const { code } = await child.done
    app.close()
    expect(child.stderr).not.toMatch(/SQLITE_BUSY|database is locked/)
    expect(code).toBe(0)
    expect(JSON.parse(child.stdout).imported).toHaveLength(2)
    checkArchive(dbFile, [2, 3])
  })

  it('runs two CLI imports of different issues at once into a new archive', async () => {
    const dbFile = join(work, 'two', 'archive.db')
    const a = importCli(dbFile, writeIssues(join(work, 'in-a'), [4, 5]))
    const b = importCli(dbFile, writeIssues(join(work, 'in-b'), [6, 7]))
    const [ra, rb] = await Promise.all([a.done, b.done])
    for (const c of [a, b]) expect(c.stderr).not.toMatch(/SQLITE_BUSY|database is locked|内部错误/)
    expect([ra.code, rb.code]).toEqual([0, 0])
    checkArchive(dbFile, [4, 5, 6, 7])
  })
})

// An import killed with SIGKILL at any moment leaves an archive that opens, verifies and holds
// only whole issues; importing again completes it, equal to a clean import.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openArchive } from '../../../src/main/archive/open-archive'
import { verifyArchive } from '../../../src/main/archive/verify'
import { importFiles } from '../../../src/main/importer/import-files'
import { documentSnapshot, issueRows, orphanCounts, spawnCli, writeIssues } from './helpers'

const ISSUES = [2, 3, 4, 5]
// Above Linux's largest pid_max (2^22), so no process can have it.
const DEAD_PID = 4_194_305
const DOCS_PER_ISSUE = 45
// Six CLI runs at once, each starting tsx twice (its main thread and its import worker).
const SPAWN_TIMEOUT = 90_000
let work: string
let input: string
let clean: unknown[]

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'crash-test-'))
  input = join(work, 'in')
  writeIssues(input, ISSUES)
  const archive = openArchive(join(work, 'clean', 'archive.db'), { create: true })
  await importFiles(archive, [input])
  clean = documentSnapshot(archive.db)
  archive.close()
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

interface Outcome {
  dbFile: string
  signal: NodeJS.Signals | null
  stderr: string
}

/** Runs the CLI import into a new archive and lets `kill` decide when to SIGKILL it. */
async function crashedImport(name: string, env: Record<string, string>, killAfterMs?: number): Promise<Outcome> {
  const dbFile = join(work, name, 'archive.db')
  const child = spawnCli(['import', input, '--db', dbFile], env)
  if (killAfterMs !== undefined) {
    // Counted from the first issue saved, so the kill lands inside the import, not in tsx's start-up.
    const started = new Promise<void>((ok) => child.proc.stderr?.on('data', () => ok()))
    void started.then(() => setTimeout(() => child.proc.kill('SIGKILL'), killAfterMs))
  }
  const { signal } = await child.done
  return { dbFile, signal, stderr: child.stderr }
}

/** The archive after the crash: sound, whole issues only, no orphan rows. Returns issues present. */
function checkAfterCrash(dbFile: string): number {
  const archive = openArchive(dbFile, { create: false })
  try {
    const report = verifyArchive(archive.db, archive.filesDir)
    expect(report.problems).toEqual([])
    expect(report.ok).toBe(true)
    const rows = issueRows(archive.db)
    for (const r of rows) expect(r).toEqual({ issueNo: r.issueNo, documents: DOCS_PER_ISSUE, sources: 1 })
    expect(orphanCounts(archive.db)).toEqual({ documents: 0, sections: 0, sourceFiles: 0 })
    return rows.length
  } finally {
    archive.close()
  }
}

/** Importing again completes the archive, and it then equals a clean import. */
async function checkResume(dbFile: string): Promise<void> {
  const archive = openArchive(dbFile, { create: false })
  try {
    const report = await importFiles(archive, [input])
    expect(report.failed).toEqual([])
    expect(report.imported.length + report.skipped.length).toBe(ISSUES.length)
    expect(documentSnapshot(archive.db)).toEqual(clean)
    const after = verifyArchive(archive.db, archive.filesDir)
    expect(after.ok).toBe(true)
    expect(after.unreferenced).toEqual([])
  } finally {
    archive.close()
  }
}

describe('import killed with SIGKILL', () => {
  const points: [string, string, number][] = [
    // [env value, what it leaves, issues committed before the kill]
    ['after-original-stored:1', 'the first original on disk, nothing committed', 0],
    ['inside-transaction:2', 'issue 2 rolled back by SQLite on the next open', 1],
    ['after-commit:3', 'three issues committed, the rest never started', 3],
  ]

  it.concurrent.each(points)('at %s (%s)', async (at, _what, committed) => {
    const r = await crashedImport(`at-${at.replace(':', '-')}`, { GAZETTE_TEST_CRASH_AT: at })
    expect(r.signal).toBe('SIGKILL')
    expect(checkAfterCrash(r.dbFile)).toBe(committed)
    if (at.startsWith('after-original-stored')) {
      // The file kept before the kill is unreferenced: reported, not a failure, reused on re-import.
      const archive = openArchive(r.dbFile, { create: false })
      const [stored] = verifyArchive(archive.db, archive.filesDir).unreferenced
      expect(stored).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{64}\.txt$/)
      // As a kill in the middle of writing leaves it: a temp file of a process that is gone.
      writeFileSync(join(archive.filesDir, `${stored}.tmp-${DEAD_PID}-1`), 'half')
      expect(verifyArchive(archive.db, archive.filesDir).unreferenced).toHaveLength(2)
      archive.close()
    }
    await checkResume(r.dbFile)
  }, SPAWN_TIMEOUT)

  it.concurrent.each([[0], [60], [250]])('after a random delay (%i ms + jitter)', async (base) => {
    const delay = base + Math.floor(Math.random() * 150)
    const r = await crashedImport(`random-${base}`, {}, delay)
    if (!existsSync(r.dbFile)) return // killed before the archive was created: nothing to check
    const present = checkAfterCrash(r.dbFile)
    expect(present).toBeLessThanOrEqual(ISSUES.length)
    await checkResume(r.dbFile)
  }, SPAWN_TIMEOUT)

  it('leaves no temporary file behind after a completed import', () => {
    const files = join(work, 'clean', 'archive.files')
    const names = readdirSync(files, { recursive: true }).map(String)
    expect(names.filter((n) => n.includes('.tmp-'))).toEqual([])
  })
})

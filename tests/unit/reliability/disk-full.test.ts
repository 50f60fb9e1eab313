// A full or failing disk, without a full disk: writes are made to fail where the program makes
// them (node:fs, mocked here), SQLite is capped with max_page_count (a real SQLITE_FULL), and the
// free-space figure comes from the one seam in disk-errors.ts. Every file gets its own Chinese
// answer, nothing is half-written, no partial backup is left, and the log still says what happened.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openArchive, type Archive } from '../../../src/main/archive/open-archive'
import { backupArchive } from '../../../src/main/archive/backup'
import { listImportLog } from '../../../src/main/db/import-log'
import { verifyArchive } from '../../../src/main/archive/verify'
import { disk, diskError, writeExportFile } from '../../../src/main/disk-errors'
import { importFiles } from '../../../src/main/importer/import-files'
import { createFileLogger, fallbackLogFile } from '../../../src/main/log'
import { writeIssues } from './helpers'

// Which writes fail, and how: set per test; the mock below consults it on every call.
const fault = vi.hoisted(() => ({ code: null as string | null, when: (_path: string): boolean => true }))

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>()
  const failing = <A extends unknown[], R>(fn: (...a: A) => R) =>
    ((...args: A): R => {
      if (fault.code && fault.when(String(args[0]))) {
        throw Object.assign(new Error(`${fault.code}: no space left on device, write`), { code: fault.code })
      }
      return fn(...args)
    }) as (...a: A) => R
  const mocked = {
    ...fs,
    openSync: failing(fs.openSync),
    appendFileSync: failing(fs.appendFileSync),
    copyFileSync: failing(fs.copyFileSync),
    writeFileSync: failing(fs.writeFileSync),
  }
  return { ...mocked, default: mocked }
})

let dir: string
let archive: Archive
const ENGLISH = /no space|disk is full|database or disk|ENOSPC|SQLITE/i

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'disk-full-'))
  archive = openArchive(join(dir, 'archive.db'), { create: true })
})
afterEach(() => {
  fault.code = null
  fault.when = () => true
  vi.restoreAllMocks()
  archive.close()
  rmSync(dir, { recursive: true, force: true })
})

const originals = (): string[] =>
  existsSync(archive.filesDir) ? readdirSync(archive.filesDir, { recursive: true }).map(String).filter((f) => /\.txt$/.test(f)) : []

describe('import on a full disk', () => {
  it('the original cannot be stored (ENOSPC) for one file: that file fails in Chinese, the others import', async () => {
    const files = writeIssues(join(dir, 'in'), [2, 3, 4])
    // The second file's original is the write that finds the disk full.
    const report = await importFiles(archive, files, {
      onProgress: (p) => {
        if (p.stage === 'reading') {
          fault.code = p.fileIndex === 1 ? 'ENOSPC' : null
          fault.when = (path) => path.startsWith(archive.filesDir)
        }
      },
    })
    expect(report.imported.map((r) => r.file)).toEqual([files[0], files[2]])
    expect(report.failed).toHaveLength(1)
    expect(report.failed[0].file).toBe(files[1])
    expect(report.failed[0].error).toMatch(/^磁盘空间不足，「xingxian-2022-03\.txt」未能导入/)
    expect(report.failed[0].error).not.toMatch(ENGLISH)
    expect(originals()).toHaveLength(2) // no temp or partial original left for the failed file
    expect(verifyArchive(archive.db, archive.filesDir).ok).toBe(true)
  })

  it('the database is full (a real SQLITE_FULL): every file reported, nothing half-written, no 内部错误', async () => {
    const files = writeIssues(join(dir, 'in'), [2, 3])
    const pages = Number(archive.db.pragma('page_count', { simple: true }))
    archive.db.pragma(`max_page_count = ${pages}`)
    const report = await importFiles(archive, files)
    expect(report.imported).toEqual([])
    expect(report.failed.map((f) => f.file)).toEqual(files)
    for (const f of report.failed) {
      expect(f.error).toMatch(/^磁盘空间不足，「xingxian-2022-0\d\.txt」未能导入/)
      expect(f.error).not.toMatch(ENGLISH)
    }
    expect(archive.db.prepare('SELECT COUNT(*) FROM documents').pluck().get()).toBe(0)
    expect(archive.db.prepare('SELECT COUNT(*) FROM issues').pluck().get()).toBe(0)
    expect(originals()).toEqual([]) // each stored original was removed when its transaction failed
    archive.db.pragma('max_page_count = 1073741823')
    expect(listImportLog(archive.db).filter((r) => r.outcome === 'imported')).toEqual([])
  })

  it('refuses before writing anything when the disk has too little room for the files', async () => {
    const files = writeIssues(join(dir, 'in'), [2])
    vi.spyOn(disk, 'freeBytes').mockReturnValue(10 * 1024 * 1024)
    await expect(importFiles(archive, files)).rejects.toThrow(/^磁盘空间不足，需要约 \d+ MB，可用 10 MB/)
    expect(originals()).toEqual([])
    expect(listImportLog(archive.db)).toEqual([])
  })
})

describe('backup on a full disk', () => {
  beforeEach(async () => {
    await importFiles(archive, writeIssues(join(dir, 'in'), [2, 3]))
  })

  it('a copy failing with ENOSPC leaves no partial backup folder and says 磁盘空间不足', async () => {
    const out = join(dir, 'backups', 'b1')
    fault.code = 'ENOSPC'
    fault.when = (path) => path.startsWith(out)
    await expect(backupArchive(archive.dbFile, out)).rejects.toThrow(/^磁盘空间不足，备份未能完成，未完成的备份已删除/)
    expect(existsSync(out)).toBe(false)
  })

  it('an I/O error (EIO) says 磁盘读写错误', async () => {
    const out = join(dir, 'backups', 'b2')
    fault.code = 'EIO'
    fault.when = (path) => path.startsWith(out)
    await expect(backupArchive(archive.dbFile, out)).rejects.toThrow(/^磁盘读写错误/)
    expect(existsSync(out)).toBe(false)
  })

  it('refuses before copying when the target disk has less room than the archive', async () => {
    const out = join(dir, 'backups', 'b3')
    vi.spyOn(disk, 'freeBytes').mockReturnValue(1024 * 1024)
    await expect(backupArchive(archive.dbFile, out)).rejects.toThrow(/^磁盘空间不足，需要约 \d+ MB，可用 1 MB/)
    expect(existsSync(out)).toBe(false)
  })
})

describe('exports and SQLite codes', () => {
  it('an export that cannot be written leaves no truncated file', () => {
    const file = join(dir, 'out', 'a.pdf')
    fault.code = 'EDQUOT'
    expect(() => writeExportFile(file, new Uint8Array(10))).toThrow(/^磁盘空间不足，「a\.pdf」未能写入/)
    fault.code = null
    expect(existsSync(file)).toBe(false)
  })

  it.each([
    ['SQLITE_FULL', /^磁盘空间不足/],
    ['SQLITE_IOERR_WRITE', /^磁盘读写错误/],
    ['SQLITE_IOERR', /^磁盘读写错误/],
    ['SQLITE_CONSTRAINT', null],
    ['ENOENT', null],
  ])('%s', (code, want) => {
    const e = diskError(Object.assign(new Error('database or disk is full'), { code }), '某事未能完成')
    if (want === null) expect(e).toBeNull()
    else expect(e?.message).toMatch(want)
  })
})

describe('the log on a full disk', () => {
  it('falls back to stderr and the temp folder, and points there', () => {
    const file = join(dir, 'logs', 'archive-2026-01-01.log')
    const log = createFileLogger(file)
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    fault.code = 'ENOSPC'
    fault.when = (path) => path === file
    log.error('导入失败：a.txt', new Error('boom'))
    expect(String(stderr.mock.calls[0]?.[0])).toContain('导入失败：a.txt')
    const fallback = fallbackLogFile(file)
    expect(readFileSync(fallback, 'utf8')).toContain('导入失败：a.txt')
    expect(log.file).toBe(fallback)
    rmSync(fallback, { force: true })
    expect(existsSync(file)).toBe(false)
  })
})

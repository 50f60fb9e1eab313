// A crafted backup is refused with a Chinese reason, and nothing outside the archive is ever read,
// written or removed: traversal paths in rows and manifests, symlinks, FIFOs, unlisted files,
// planted triggers/views/tables, a `database: "."` manifest, and an inbox folder setting.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashRegularFile } from '../../../src/main/archive/originals'
import { openArchive } from '../../../src/main/archive/open-archive'
import { backupArchive, MANIFEST, type BackupManifest } from '../../../src/main/archive/backup'
import { restoreArchive } from '../../../src/main/archive/restore'
import { getSettings, setSettings } from '../../../src/main/db/settings'
import { importFiles } from '../../../src/main/importer/import-files'
import { checkBackupFolder } from '../../../src/main/maintenance/backups'
import { writeIssues } from './helpers'

let work: string
let good: string // a sound backup of issue 2, with the inbox folder set
let live: string // the archive every refused restore must leave alone
let victim: string
const VICTIM_TEXT = 'a file outside every archive'

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'hostile-backup-'))
  victim = join(work, 'victim.txt')
  writeFileSync(victim, VICTIM_TEXT)
  const source = join(work, 'source', 'archive.db')
  const a = openArchive(source, { create: true })
  await importFiles(a, writeIssues(join(work, 'in'), [2]))
  setSettings(a.db, { inboxFolder: join(work, 'somewhere', 'inbox') })
  a.close()
  good = join(work, 'good')
  await backupArchive(source, good)
  live = join(work, 'live', 'archive.db')
  const l = openArchive(live, { create: true })
  await importFiles(l, writeIssues(join(work, 'in3'), [3]))
  l.close()
}, 60_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

const readManifestJson = (dir: string): BackupManifest => JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'))
const writeManifestJson = (dir: string, m: BackupManifest): void => writeFileSync(join(dir, MANIFEST), JSON.stringify(m))

/** A copy of the good backup, changed by `craft`. */
function crafted(name: string, craft: (dir: string, m: BackupManifest) => void): string {
  const dir = join(work, 'cases', name)
  cpSync(good, dir, { recursive: true })
  craft(dir, readManifestJson(dir))
  return dir
}

/** Runs SQL on the backup's database and lists its new hash and size in the manifest (a forger would). */
function editDb(dir: string, m: BackupManifest, sql: string): void {
  const db = new Database(join(dir, m.database))
  db.exec(sql)
  db.close()
  const entry = m.files.find((f) => f.path === m.database)!
  Object.assign(entry, hashRegularFile(join(dir, m.database), m.database))
  writeManifestJson(dir, m)
}

const original = (m: BackupManifest): string => m.files.find((f) => f.path !== m.database)!.path

/** The live archive's folder and contents, and the victim, exactly as before. */
function snapshot(): unknown {
  const db = new Database(live, { readonly: true })
  const titles = db.prepare('SELECT title FROM documents ORDER BY id').pluck().all()
  db.close()
  const folder = readdirSync(join(work, 'live')).filter((n) => !n.startsWith('archive.lock')).sort()
  return { titles, folder, victim: readFileSync(victim, 'utf8'), victimMtime: statSync(victim).mtimeMs, outside: readdirSync(work).sort() }
}

const mkfifo = (path: string): void => void execFileSync('mkfifo', [path])

const cases: [string, RegExp, (dir: string, m: BackupManifest) => void][] = [
  ['a row naming ../../victim.txt', /原件记录的路径不合规.*\.\.\/\.\.\/victim\.txt/, (d, m) =>
    editDb(d, m, `UPDATE source_files SET stored_path = '../../victim.txt'`)],
  ['a staged issue naming ../../victim.txt', /原件记录的路径不合规.*\.\.\/\.\.\/victim\.txt/, (d, m) =>
    editDb(d, m, `INSERT INTO staged_issues (gazette, year, issue_no, file, sha256, original_name, stored_path, size, media_type,
      staged_at, issue_json, document_count, doubtful_count)
      VALUES ('兴县人民政府公报', 2022, 9, 'x.txt', '${'d'.repeat(64)}', 'x.txt', '../../victim.txt', 1, 'text/plain', 't', '{}', 0, 0)`)],
  ['a replace snapshot naming ../../victim.txt', /原件记录的路径不合规.*\.\.\/\.\.\/victim\.txt/, (d, m) =>
    editDb(d, m, `INSERT INTO replaced_issues (gazette, year, issue_no, old_issue_id, replaced_at, rows_json, stored_paths_json)
      VALUES ('兴县人民政府公报', 2022, 9, 99, 't', json_object('source_files', json_array(json_object('sha256', '${'e'.repeat(64)}',
        'original_name', 'y.txt', 'stored_path', '../../victim.txt', 'size', 1, 'media_type', 'text/plain', 'imported_at', 't'))),
        '["../../victim.txt"]')`)],
  // Issue 17: an issue keeps further originals (the same 期 as OFD); each row is checked, not only the first.
  ['a second original of an issue naming ../../victim.txt', /原件记录的路径不合规.*x\.ofd（\.\.\/\.\.\/victim\.txt）/, (d, m) =>
    editDb(d, m, `INSERT INTO source_files (issue_id, sha256, original_name, stored_path, size, media_type, imported_at)
      SELECT issue_id, '${'f'.repeat(64)}', 'x.ofd', '../../victim.txt', 1, 'application/ofd', 't' FROM source_files LIMIT 1`)],
  ['a row naming a well-formed path of another hash', /原件记录的路径不合规/, (d, m) =>
    editDb(d, m, `UPDATE source_files SET stored_path = 'aa/${'a'.repeat(64)}.txt'`)],
  ['a planted trigger', /触发器 rewrite_titles/, (d, m) =>
    editDb(d, m, `CREATE TRIGGER rewrite_titles AFTER INSERT ON documents BEGIN UPDATE documents SET title = '改' WHERE id = new.id; END`)],
  ['a planted view', /视图 v_evil/, (d, m) => editDb(d, m, `CREATE VIEW v_evil AS SELECT * FROM documents`)],
  ['a planted table', /表 evil/, (d, m) => editDb(d, m, `CREATE TABLE evil (x)`)],
  ['a changed trigger', /触发器 documents_ai 的定义与本程序不同/, (d, m) =>
    editDb(d, m, `DROP TRIGGER documents_ai; CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN SELECT 1; END`)],
  ['a symlink in place of a listed original', /不是普通文件/, (d, m) => {
    const p = join(d, original(m))
    const copy = `${victim}.same`
    cpSync(p, copy)
    rmSync(p)
    symlinkSync(copy, p) // the very same bytes: the link itself is refused
  }],
  ['a FIFO in place of a listed original', /不是普通文件/, (d, m) => {
    rmSync(join(d, original(m)))
    mkfifo(join(d, original(m)))
  }],
  ['the database as a symlink to /dev/zero', /不是普通文件.*archive\.db/, (d) => {
    rmSync(join(d, 'archive.db'))
    symlinkSync('/dev/zero', join(d, 'archive.db'))
  }],
  ['the originals folder as a symlink to outside', /符号链接/, (d, m) => {
    const sub = original(m).split('/').slice(0, 2).join('/')
    const outside = join(work, 'outside-folder')
    cpSync(join(d, sub), outside, { recursive: true })
    rmSync(join(d, sub), { recursive: true })
    symlinkSync(outside, join(d, sub))
  }],
  ['a manifest with database "."', /数据库名不是普通文件名/, (d, m) => writeManifestJson(d, { ...m, database: '.' })],
  ['a manifest path with ..', /不属于备份的路径.*\.\.\/\.\.\/victim\.txt/, (d, m) => {
    m.files.push({ path: '../../victim.txt', ...hashRegularFile(victim, 'victim') })
    writeManifestJson(d, m)
  }],
  ['a manifest naming an original by a hash it does not have', /文件名与其 SHA-256 不符/, (d, m) => {
    m.files[1].sha256 = 'b'.repeat(64)
    writeManifestJson(d, m)
  }],
  ['the manifest itself as a FIFO', /不是普通文件/, (d) => {
    rmSync(join(d, MANIFEST))
    mkfifo(join(d, MANIFEST))
  }],
]

describe('a crafted backup', () => {
  it.each(cases)('is refused: %s', (name, reason, craft) => {
    const dir = crafted(name.replace(/\W+/g, '-'), craft)
    const before = snapshot()
    expect(() => restoreArchive(dir, live)).toThrow(reason)
    expect(snapshot()).toEqual(before)
    const check = checkBackupFolder(dir) // 检查备份: the same refusal, reported, and never a hang
    expect(check.ok).toBe(false)
    expect(check.problems.join('\n')).toMatch(reason)
    expect(snapshot()).toEqual(before)
  })

  it('restores only the files its manifest lists, and clears the inbox folder it names', () => {
    const dir = crafted('extras', (d, m) => {
      const sub = original(m).split('/').slice(0, 2).join('/')
      writeFileSync(join(d, sub, `${'c'.repeat(64)}.txt`), 'not listed')
      writeFileSync(join(d, 'archive.files', 'notes.txt'), 'not listed')
      mkdirSync(join(d, 'archive.files', 'zz'))
      symlinkSync(victim, join(d, 'archive.files', 'zz', 'link.txt'))
    })
    const target = join(work, 'restored', 'archive.db')
    const r = restoreArchive(dir, target)
    expect(r.clearedInboxFolder).toBe(join(work, 'somewhere', 'inbox'))
    expect(r.notes).toEqual([expect.stringMatching(/^未沿用备份中的收件文件夹设置.*请在“设置”中重新选择收件文件夹/)])
    const m = readManifestJson(dir)
    const listed = m.files.filter((f) => f.path !== m.database).map((f) => f.path.replace(/^archive\.files\//, ''))
    const files = join(work, 'restored', 'archive.files')
    const present = readdirSync(files).flatMap((s) => readdirSync(join(files, s)).map((f) => `${s}/${f}`))
    expect(present).toEqual(listed)
    const a = openArchive(target)
    expect(getSettings(a.db).inboxFolder).toBeNull()
    a.close()
    expect(readFileSync(victim, 'utf8')).toBe(VICTIM_TEXT)
  })
})

describe('an archive whose row names a file outside it', () => {
  it('is not read by verify, not copied by a backup, not removed by 删除本期', async () => {
    const { removeIssue } = await import('../../../src/main/archive-work/remove-issue')
    const { verifyArchive } = await import('../../../src/main/archive/verify')
    const dbFile = join(work, 'planted', 'archive.db')
    const a = openArchive(dbFile, { create: true })
    await importFiles(a, writeIssues(join(work, 'in4'), [4]))
    a.db.prepare(`UPDATE source_files SET stored_path = '../../victim.txt'`).run() // as a forged restore would have left it
    expect(verifyArchive(a.db, a.filesDir).problems).toEqual([expect.stringMatching(/^原件路径不合规，未读取.*victim\.txt/)])
    const out = join(work, 'planted-backup')
    const { manifest, warnings } = await backupArchive(dbFile, out)
    expect(warnings).toEqual([expect.stringMatching(/^原件路径不合规，未备份/)])
    expect(manifest.files.map((f) => f.path)).toEqual(['archive.db'])
    const issueId = a.db.prepare('SELECT id FROM issues').pluck().get() as number
    await removeIssue(a, { issueId, editor: '张三', reason: '测试' })
    a.close()
    expect(readFileSync(victim, 'utf8')).toBe(VICTIM_TEXT)
  })

  it('backs up and verifies around a FIFO or symlink in the originals folder without hanging', async () => {
    const { verifyArchive } = await import('../../../src/main/archive/verify')
    const dbFile = join(work, 'fifo', 'archive.db')
    const a = openArchive(dbFile, { create: true })
    await importFiles(a, writeIssues(join(work, 'in5'), [5]))
    const rel = a.db.prepare('SELECT stored_path FROM source_files').pluck().get() as string
    rmSync(join(a.filesDir, rel))
    mkfifo(join(a.filesDir, rel))
    expect(verifyArchive(a.db, a.filesDir).problems).toEqual([expect.stringMatching(/^原件不是普通文件/)])
    const { warnings } = await backupArchive(dbFile, join(work, 'fifo-backup'))
    expect(warnings).toEqual([expect.stringMatching(/^原件不是普通文件/)])
    rmSync(join(a.filesDir, rel))
    symlinkSync('/dev/zero', join(a.filesDir, rel))
    expect(verifyArchive(a.db, a.filesDir).problems).toEqual([expect.stringMatching(/^原件不是普通文件/)])
    a.close()
  })
})

describe('a backup that fails', () => {
  it('leaves no partial backup folder behind', async () => {
    const broken = join(work, 'broken', 'archive.db')
    mkdirSync(join(work, 'broken'), { recursive: true })
    writeFileSync(broken, 'not a database at all, but long enough to be read as one '.repeat(100))
    const out = join(work, 'broken-backup')
    await expect(backupArchive(broken, out)).rejects.toThrow()
    expect(existsSync(out)).toBe(false)
  })
})

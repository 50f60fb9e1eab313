// importFiles with a stand-in reader/parser: report shape, dedupe, replace, failures, folders.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportProgress } from '../../../src/shared/domain'
import { openArchive, type Archive } from '../../../src/main/archive/open-archive'
import { listImportLog } from '../../../src/main/db/import-log'
import { listSourceFiles } from '../../../src/main/db/source-files'
import { importFiles, SAME_FILE, type ImportOptions } from '../../../src/main/importer/import-files'
import { sha256Hex, storedPathFor } from '../../../src/main/archive/store-original'
import { fakePipeline, issueFile, makeDoc, makeIssue } from '../db/make-issue'

let dir: string
let archive: Archive
const opts = (o: ImportOptions = {}): ImportOptions => ({ pipeline: fakePipeline, now: () => new Date('2024-01-02T03:04:05Z'), ...o })
const docIds = (): number[] => archive.db.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as number[]

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'import-test-'))
  archive = openArchive(join(dir, 'archive.db'), { create: true })
})
afterEach(() => {
  archive.close()
  rmSync(dir, { recursive: true, force: true })
})

function put(rel: string, bytes: Uint8Array | string): string {
  const p = join(dir, 'in', rel)
  mkdirSync(join(p, '..'), { recursive: true })
  writeFileSync(p, bytes)
  return p
}

describe('importFiles', () => {
  it('reports exactly { imported, skipped, failed } and keeps the original by SHA-256', async () => {
    const bytes = issueFile(makeIssue(2))
    const file = put('xingxian-2022-02.txt', bytes)
    const report = await importFiles(archive, [file], opts())
    expect(report).toEqual({
      imported: [
        { file, issue: '兴县人民政府公报 2022年第2期', documents: 2, warnings: [], findings: [], doubtful: [], code: 'IMPORTED', sourceIndex: 0, warningCodes: [] },
      ],
      skipped: [],
      failed: [],
    })
    const sha = sha256Hex(bytes)
    const [src] = listSourceFiles(archive.db)
    expect(src).toMatchObject({ sha256: sha, storedPath: `${sha.slice(0, 2)}/${sha}.txt`, originalName: 'xingxian-2022-02.txt' })
    expect(readFileSync(join(archive.filesDir, src.storedPath))).toEqual(Buffer.from(bytes))
    expect(listImportLog(archive.db)).toMatchObject([{ outcome: 'imported', file, sha256: sha, at: '2024-01-02T03:04:05.000Z' }])
  })

  it('skips a file imported before (same SHA-256) and duplicates nothing', async () => {
    const file = put('a.txt', issueFile(makeIssue(2)))
    await importFiles(archive, [file], opts())
    const before = docIds()
    const report = await importFiles(archive, [file], opts())
    expect(report).toEqual({ imported: [], skipped: [{ file, reason: SAME_FILE, code: 'SAME_FILE', sourceIndex: 0 }], failed: [] })
    expect(docIds()).toEqual(before)
    expect(listSourceFiles(archive.db)).toHaveLength(1)
  })

  it('skips another file for an issue already held, naming it; --replace replaces it', async () => {
    const a = put('a.pdf', issueFile(makeIssue(2)))
    const b = put('b.docx', issueFile(makeIssue(2), 'word'))
    await importFiles(archive, [a], opts())
    const before = docIds()
    const skipped = await importFiles(archive, [b], opts())
    const held = archive.db.prepare('SELECT id FROM issues').pluck().get() as number
    expect(skipped.skipped).toEqual([
      { file: b, reason: '档案中已有兴县人民政府公报 2022年第2期（来自 a.pdf）', code: 'ISSUE_HELD', sourceIndex: 0, issueId: held },
    ])
    const replaced = await importFiles(archive, [b], opts({ replace: true }))
    expect(replaced.imported.map((i) => [i.file, i.code, i.sourceIndex])).toEqual([[b, 'REPLACED', 0]])
    const after = docIds()
    expect(after).toHaveLength(before.length)
    expect(after.some((id) => before.includes(id))).toBe(false)
    const sources = listSourceFiles(archive.db)
    expect(sources.map((s) => s.originalName)).toEqual(['b.docx'])
    // The replaced original stays on disk while 恢复替换前 can bring its issue back (issue 14).
    expect(existsSync(join(archive.filesDir, storedPathFor(sha256Hex(readFileSync(a)), a)))).toBe(true)
    expect(listImportLog(archive.db).map((l) => l.outcome)).toEqual(['replaced', 'skipped', 'imported'])
  })

  it('takes the first of two files for one issue in a run (PDF + Word)', async () => {
    const pdf = put('2022-02.pdf', issueFile(makeIssue(2)))
    const docx = put('2022-02.docx', issueFile(makeIssue(2), 'word'))
    const r = await importFiles(archive, [join(dir, 'in')], opts())
    expect(r.imported.map((i) => i.file)).toEqual([docx])
    expect(r.skipped).toEqual([
      { file: pdf, reason: '档案中已有兴县人民政府公报 2022年第2期（来自 2022-02.docx）', code: 'ISSUE_IN_RUN', sourceIndex: 0 },
    ])
  })

  it('with replace, the first file of a run replaces the held issue and the second is skipped', async () => {
    await importFiles(archive, [{ name: 'old.txt', bytes: issueFile(makeIssue(2), 'old') }], opts())
    const pdf = put('2022-02.pdf', issueFile(makeIssue(2)))
    const docx = put('2022-02.docx', issueFile(makeIssue(2), 'word'))
    const r = await importFiles(archive, [join(dir, 'in')], opts({ replace: true }))
    expect(r.imported.map((i) => i.file)).toEqual([docx])
    expect(r.skipped).toEqual([{ file: pdf, reason: '本次已从 2022-02.docx 导入兴县人民政府公报 2022年第2期，此文件跳过', code: 'ISSUE_IN_RUN', sourceIndex: 0 }])
    expect(listSourceFiles(archive.db).map((s) => s.originalName)).toEqual(['2022-02.docx'])
  })

  it('keeps going after failures and logs every outcome', async () => {
    const good = put('1.txt', issueFile(makeIssue(1)))
    const bad = put('2.txt', 'NOT A GAZETTE')
    const broken = put('3.txt', issueFile(makeIssue(3, [makeDoc(1), makeDoc(1)])))
    const good2 = put('4.txt', issueFile(makeIssue(4)))
    const r = await importFiles(archive, [join(dir, 'in')], opts())
    expect(r.imported.map((i) => i.file)).toEqual([good, good2])
    expect(r.failed.map((f) => [f.file, f.code, f.sourceIndex])).toEqual([[bad, 'NOT_A_GAZETTE', 0], [broken, 'INTERNAL', 0]])
    expect(r.failed[0].error).toMatch(/^「[^」]+」这不是一期人民政府公报$/)
    expect(r.failed[1].error).toMatch(/^「[^」]+」内部错误/)
    // The failed save removed its stored original again and left no rows.
    expect(listSourceFiles(archive.db)).toHaveLength(2)
    expect(existsSync(join(archive.filesDir, storedPathFor(sha256Hex(readFileSync(broken)), broken)))).toBe(false)
    expect(archive.db.prepare('SELECT COUNT(*) FROM issues').pluck().get()).toBe(2)
    expect(listImportLog(archive.db).map((l) => l.outcome).sort()).toEqual(['failed', 'failed', 'imported', 'imported'])
  })

  it('scans folders recursively: hidden files skipped, .doc read, other types ignored, outside links refused', async () => {
    const keep = put('sub/deeper/5.txt', issueFile(makeIssue(5)))
    put('.hidden.txt', issueFile(makeIssue(6)))
    put('.git/x.txt', issueFile(makeIssue(7)))
    const doc = put('old.doc', 'x')
    put('cover.png', 'x')
    const outside = join(dir, 'outside.txt')
    writeFileSync(outside, issueFile(makeIssue(8)))
    symlinkSync(outside, join(dir, 'in', 'link.txt'))
    const r = await importFiles(archive, [join(dir, 'in')], opts())
    expect(r.imported.map((i) => i.file)).toEqual([keep])
    expect(r.failed).toEqual([
      { file: join(dir, 'in', 'link.txt'), error: '「link.txt」是符号链接，指向所选文件夹之外，已拒绝', code: 'UNSUPPORTED_FILE', sourceIndex: 0 },
      // .doc is handed to the readers now (here the fake pipeline, which finds no gazette in 'x').
      { file: doc, error: '「old.doc」这不是一期人民政府公报', code: 'NOT_A_GAZETTE', sourceIndex: 0 },
    ])
  })

  it('refuses a named file of another type and a missing path', async () => {
    const png = put('x.png', 'x')
    const r = await importFiles(archive, [png, join(dir, 'nope.pdf')], opts())
    expect(r.failed.map((f) => [f.error, f.sourceIndex])).toEqual([
      ['「x.png」的文件类型“.png”不受支持：只能导入 .txt、.pdf、.docx、.doc、.ofd', 0],
      ['「nope.pdf」：找不到该文件或文件夹', 1],
    ])
  })

  it('imports uploads and reports progress per stage', async () => {
    const events: ImportProgress[] = []
    const r = await importFiles(archive, [{ name: '上传.txt', bytes: issueFile(makeIssue(9)) }], opts({ onProgress: (p) => events.push(p) }))
    expect(r.imported).toEqual([
      { file: '上传.txt', issue: '兴县人民政府公报 2022年第9期', documents: 2, warnings: [], findings: [], doubtful: [], code: 'IMPORTED', sourceIndex: 0, warningCodes: [] },
    ])
    expect(events.map((e) => e.stage)).toEqual(['reading', 'parsing', 'saving', 'done'])
    expect(events[0]).toMatchObject({ file: '上传.txt', fileIndex: 0, fileCount: 1 })
  })

  it('passes reader and parser warnings through as Chinese strings', async () => {
    const issue = makeIssue(2)
    issue.warnings.push({ code: 'TOC_ENTRY_WITHOUT_BODY', message: '目录列出但正文未收录：兴政办函〔2022〕17号' })
    const pipeline = { ...fakePipeline, read: async (b: Uint8Array, n: string, w?: (m: string) => void) => {
      w?.('按 GB18030 编码读取')
      return fakePipeline.read(b, n)
    } }
    const r = await importFiles(archive, [{ name: 'a.txt', bytes: issueFile(issue) }], opts({ pipeline }))
    expect(r.imported[0].warnings).toEqual(['按 GB18030 编码读取', '目录列出但正文未收录：兴政办函〔2022〕17号'])
  })
})

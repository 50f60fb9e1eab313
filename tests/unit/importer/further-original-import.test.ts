// importFiles and a second file of a held issue (issue 17), with the stand-in parser and a reader
// whose media type follows the extension: another format of the same issue is kept as a further
// original, in a later run or the same one; another issue's documents, or the same format, are not.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openArchive, type Archive } from '../../../src/main/archive/open-archive'
import { listImportLog } from '../../../src/main/db/import-log'
import { listSourceFiles } from '../../../src/main/db/source-files'
import { importFiles, type HeldFile, type ImportOptions } from '../../../src/main/importer/import-files'
import { byExtensionPipeline as byExtension, issueFile, makeDoc, makeIssue } from '../db/make-issue'

let dir: string
let archive: Archive
let held: HeldFile[]
const opts = (o: ImportOptions = {}): ImportOptions => ({
  pipeline: byExtension, now: () => new Date('2024-01-02T03:04:05Z'), holdReplace: (h) => (held.push(h), `token-${held.length}`), ...o,
})
const file = (name: string, docs = [makeDoc(1), makeDoc(2)], salt = name) => ({ name, bytes: issueFile(makeIssue(2, docs), salt) })
const docCount = (): number => archive.db.prepare('SELECT COUNT(*) FROM documents').pluck().get() as number
const storedFiles = (): number => readdirSync(archive.filesDir, { recursive: true }).filter((p) => String(p).includes('.')).length
const heldId = (): number => archive.db.prepare('SELECT id FROM issues').pluck().get() as number

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'further-import-'))
  archive = openArchive(join(dir, 'archive.db'), { create: true })
  held = []
})
afterEach(() => {
  archive.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('another file of a held issue', () => {
  it('in another format with the same documents: kept as the second, then the third original', async () => {
    await importFiles(archive, [file('第2期.txt')], opts())
    const r = await importFiles(archive, [file('第2期.ofd'), file('第2期.pdf')], opts())
    expect(r).toMatchObject({ imported: [], skipped: [], failed: [] })
    expect(r.kept?.map((k) => [k.file, k.format, k.ordinal, k.documents, k.sourceIndex])).toEqual([['第2期.ofd', 'OFD', 2, 2, 0], ['第2期.pdf', 'PDF', 3, 2, 1]])
    expect(r.kept?.map((k) => k.message)).toEqual([
      '已有本期，另存为本期的第二份原件（OFD）：与档案中的 2 件文件一一对应，文件不重复导入',
      '已有本期，另存为本期的第三份原件（PDF）：与档案中的 2 件文件一一对应，文件不重复导入',
    ])
    expect(docCount()).toBe(2)
    expect(listSourceFiles(archive.db).map((s) => [s.originalName, s.issueId])).toEqual([['第2期.txt', 1], ['第2期.ofd', 1], ['第2期.pdf', 1]])
    expect(storedFiles()).toBe(3)
    expect(listImportLog(archive.db).map((l) => l.outcome)).toEqual(['kept', 'kept', 'imported'])
    expect(held).toEqual([])
  })

  it('in one run too: the first file is imported, the other format kept beside it', async () => {
    const r = await importFiles(archive, [file('a.ofd'), file('b.txt')], opts())
    expect(r.imported.map((i) => i.file)).toEqual(['a.ofd'])
    expect(r.kept?.map((k) => [k.file, k.ordinal])).toEqual([['b.txt', 2]])
    expect(docCount()).toBe(2)
  })

  it('whose documents differ is skipped naming the differences, stores nothing and offers 安全替换', async () => {
    await importFiles(archive, [file('第2期.txt')], opts())
    const r = await importFiles(archive, [file('第2期.ofd', [makeDoc(1), makeDoc(3), makeDoc(4)])], opts())
    expect(r.kept ?? []).toEqual([])
    expect(r.skipped).toEqual([{
      file: '第2期.ofd', code: 'ISSUE_HELD', sourceIndex: 0, replaceToken: 'token-1', issueId: heldId(),
      reason: '档案中已有兴县人民政府公报 2022年第2期（来自 第2期.txt），但此文件（OFD）读出的文件与本期不一致，未另存为本期原件：' +
        '本期有 2 件文件，此文件读出 3 件；此文件中没有：兴政发〔2022〕2号；本期没有：兴政发〔2022〕3号、兴政发〔2022〕4号',
    }])
    expect(held.map((h) => h.name)).toEqual(['第2期.ofd'])
    expect(listSourceFiles(archive.db)).toHaveLength(1)
    expect(storedFiles()).toBe(1)
  })

  it('in a format the issue already has is still skipped as before (a new version: replace it)', async () => {
    await importFiles(archive, [file('第2期.txt')], opts())
    const r = await importFiles(archive, [file('第2期-修订.txt')], opts())
    expect(r.skipped).toEqual([{ file: '第2期-修订.txt', reason: '档案中已有兴县人民政府公报 2022年第2期（来自 第2期.txt）', code: 'ISSUE_HELD', sourceIndex: 0, replaceToken: 'token-1', issueId: heldId() }])
    expect(r.kept ?? []).toEqual([])
  })

  it('not while a reading of the issue waits under 待核对 (its 入库 may replace the issue)', async () => {
    await importFiles(archive, [file('old.txt')], opts())
    const r = await importFiles(archive, [file('new.pdf'), file('new.ofd')], opts({ replace: true, stage: { autoSaveConfident: false } }))
    expect(r.staged?.map((s) => s.file)).toEqual(['new.pdf'])
    expect(r.kept ?? []).toEqual([])
    expect(r.skipped.map((s) => [s.file, s.code])).toEqual([['new.ofd', 'ISSUE_IN_RUN']])
    const later = await importFiles(archive, [file('later.ofd')], opts())
    expect(later.skipped.map((s) => [s.file, s.code])).toEqual([['later.ofd', 'STAGED']])
  })

  it('with replace: the first file replaces the issue and the other format is kept beside the new one', async () => {
    await importFiles(archive, [file('old.txt')], opts())
    const r = await importFiles(archive, [file('new.pdf'), file('new.ofd')], opts({ replace: true }))
    expect(r.imported.map((i) => [i.file, i.code])).toEqual([['new.pdf', 'REPLACED']])
    expect(r.kept?.map((k) => [k.file, k.ordinal])).toEqual([['new.ofd', 2]])
    expect(listSourceFiles(archive.db).filter((s) => s.issueId !== null).map((s) => s.originalName)).toEqual(['new.pdf', 'new.ofd'])
  })
})

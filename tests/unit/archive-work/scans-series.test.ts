// Scanned back issues catalogued by hand; the series view with its gaps; removing an issue.
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { saveIssue } from '../../../src/main/importer/save-issue'
import { makeDoc, makeIssue } from '../db/make-issue'
import { fixture, tempArchive, upload, type TempArchive } from './helpers'

const SCAN = readFileSync(resolve(process.cwd(), 'tests/fixtures/files/bad/scanned.pdf'))

let t: TempArchive
let scanIssueId: number

beforeAll(async () => {
  t = tempArchive()
  const r = await t.api.catalogScannedIssue({
    gazette: '兴县人民政府公报', year: 2019, issueNo: 1, totalNo: 1, publishedOn: '2019-03-31', editor: '王档案',
    scan: upload('2019-01-扫描.pdf', SCAN),
    documents: [
      { docNumber: '兴政发(2019)3号', title: '关于加强城区停车管理的通知', issuer: '兴县人民政府', date: '2019-01-08', pageFrom: 1, pageTo: 1, category: '县政府文件' },
      { docNumber: null, title: '兴县人民政府关于任免工作人员的通知', issuer: '兴县人民政府', date: null, pageFrom: 1, pageTo: 1 },
    ],
  })
  scanIssueId = r.issueId
})
afterAll(() => t.close())

describe('a hand-catalogued scan', () => {
  it('is searchable by its fields and flagged scanned with its pages', async () => {
    const hits = (await t.api.searchDocuments({ query: '城区停车管理' })).hits
    expect(hits[0]).toMatchObject({ docNumber: '兴政发〔2019〕3号', title: '关于加强城区停车管理的通知' })
    expect((await t.api.searchDocuments({ query: '兴政发〔2019〕3号' })).hits[0]?.id).toBe(hits[0].id)
    const doc = await t.api.getDocument({ id: hits[0].id })
    expect(doc).toMatchObject({ scanned: true, pageFrom: 1, pageTo: 1, paragraphs: [], issuer: '兴县人民政府', date: '2019-01-08' })
  })

  it('keeps the PDF as the original and serves it for viewing', async () => {
    const scan = await t.api.getScan({ issueId: scanIssueId })
    expect(Buffer.from(scan.bytesBase64, 'base64').equals(SCAN)).toBe(true)
    const log = await t.api.listImportLog({})
    expect(log[0]).toMatchObject({ outcome: 'imported', file: '2019-01-扫描.pdf', issueId: scanIssueId })
  })

  it('refuses a file that is not a PDF', async () => {
    const req = { gazette: 'g', year: 2018, issueNo: 1, editor: 'x', scan: upload('a.pdf', 'hello'), documents: [{ docNumber: null, title: 't', issuer: null, date: null, pageFrom: 1, pageTo: 1 }] }
    await expect(t.api.catalogScannedIssue(req)).rejects.toMatchObject({ code: 'UNSUPPORTED_FILE' })
  })
})

describe('series at a glance', () => {
  it('reports the 期 missing between those held, and whole missing years', async () => {
    const src = (c: string) => ({ sha256: c.repeat(64), originalName: `${c}.txt`, storedPath: `${c}/${c}.txt`, size: 1, mediaType: 'text/plain', importedAt: 'x' })
    saveIssue(t.api.archive.db, makeIssue(3, [makeDoc(1, { docNumber: '兴政发〔2021〕1号' })], 2021), src('a'))
    saveIssue(t.api.archive.db, makeIssue(4, [makeDoc(1, { docNumber: '兴政发〔2021〕2号' })], 2021), src('b'))
    await t.api.importFiles({ sources: [upload('2021-01.txt', fixture('xingxian-2021-01.txt'))] })
    const [series] = await t.api.listSeries({})
    expect(series).toMatchObject({ gazette: '兴县人民政府公报', expectedPerYear: 4, firstYear: 2019, lastYear: 2021, heldCount: 4 })
    expect(series.years.map((y) => [y.year, y.held.map((h) => h.issueNo), y.missing, y.wholeYearMissing])).toEqual([
      [2019, [1], [2, 3, 4], false],
      [2020, [], [1, 2, 3, 4], true],
      [2021, [1, 3, 4], [2], false],
    ])
  })
})

describe('removeIssue', () => {
  it('backs up first, removes the issue, logs it as removed', async () => {
    const before = (await t.api.listIssues({})).length
    const r = await t.api.removeIssue({ issueId: scanIssueId, editor: '王档案', reason: '扫描件有误，重新扫描' })
    expect(r.issue).toBe('兴县人民政府公报 2019年第1期')
    expect(existsSync(join(r.backupDir, 'manifest.json'))).toBe(true)
    expect(existsSync(join(r.backupDir, 'archive.db'))).toBe(true)
    expect(r.backupDir.startsWith(join(t.dir, 'backups'))).toBe(true)
    expect(await t.api.listIssues({})).toHaveLength(before - 1)
    expect((await t.api.searchDocuments({ query: '城区停车管理' })).hits).toEqual([])
    const [entry] = await t.api.listImportLog({ limit: 1 })
    expect(entry).toMatchObject({ outcome: 'removed', issueId: scanIssueId })
    expect(entry.message).toContain('扫描件有误，重新扫描')
    await expect(t.api.getScan({ issueId: scanIssueId })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})

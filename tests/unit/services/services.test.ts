// createServices: the contract over a temporary archive, with a stand-in reader/parser.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { API_METHOD_NAMES, type ImportSource } from '../../../src/shared/api'
import type { ImportProgress } from '../../../src/shared/domain'
import { createServices, type Services } from '../../../src/main/services'
import { silentLogger } from '../../../src/main/log'
import { fakePipeline, issueFile, makeDoc, makeIssue } from '../db/make-issue'

let dir: string
let api: Services
let progress: ImportProgress[]

const upload = (name: string, bytes: Uint8Array): ImportSource => ({
  kind: 'upload',
  name,
  bytesBase64: Buffer.from(bytes).toString('base64'),
})

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'services-'))
  progress = []
  api = createServices({ dbFile: join(dir, 'archive.db'), log: silentLogger, pipeline: fakePipeline, onProgress: (p) => progress.push(p) })
})
afterEach(() => {
  api.close()
  rmSync(dir, { recursive: true, force: true })
})

async function seed(): Promise<void> {
  const docs = [makeDoc(1), makeDoc(2, { docNumber: '兴政函〔2022〕28号', citations: ['兴政发〔2022〕1号'] })]
  await api.importFiles({ sources: [upload('2022-02.txt', issueFile(makeIssue(2, docs)))] })
}

describe('createServices', () => {
  it('implements every method of the contract', () => {
    for (const m of API_METHOD_NAMES) expect(typeof api[m]).toBe('function')
  })

  it('imports uploads, reports progress, and lists issues, 目录, facets and documents', async () => {
    await seed()
    expect(progress.at(-1)).toMatchObject({ stage: 'done', file: '2022-02.txt' })
    const [issue] = await api.listIssues({})
    expect(issue).toMatchObject({ gazette: '兴县人民政府公报', year: 2022, issueNo: 2, documentCount: 2 })
    const toc = await api.getIssueToc({ issueId: issue.id })
    expect(toc.toc.every((e) => e.documentId !== null)).toBe(true)
    expect((await api.getFacets({})).years[0]).toMatchObject({ year: 2022, count: 2 })
    const page = await api.listDocuments({ sort: 'docNumber', offset: 0, limit: 1 })
    expect(page.total).toBe(2)
    expect(page.items).toHaveLength(1)
  })

  it('gets a document with citations resolved, and finds 文号 in any spelling', async () => {
    await seed()
    const id = await api.findByDocNumber({ docNumber: '兴政函(2022)28' })
    expect(id).not.toBeNull()
    const doc = await api.getDocument({ id: id! })
    expect(doc.paragraphs.length).toBeGreaterThan(0)
    expect(doc.citations[0]).toMatchObject({ docNumber: '兴政发〔2022〕1号', targetId: expect.any(Number) })
    await expect(api.getDocument({ id: 4242 })).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/找不到/) })
    expect(await api.findByDocNumber({ docNumber: '不是文号' })).toBeNull()
  })

  it('searches through the search module', async () => {
    await seed()
    const r = await api.searchDocuments({ query: '工作的通知' })
    expect(r.total).toBeGreaterThan(0)
    expect(typeof r.tookMs).toBe('number')
  })

  it('refuses a second import while one runs, and an export without ids', async () => {
    const first = api.importFiles({ sources: [upload('a.txt', issueFile(makeIssue(3)))] })
    await expect(api.importFiles({ sources: [] })).rejects.toMatchObject({ code: 'BUSY' })
    await first
    await expect(api.exportPdf({ documentIds: [] })).rejects.toMatchObject({ code: 'BAD_REQUEST' })
  })

  it('with create: false refuses a missing archive and creates nothing', () => {
    const missing = join(dir, 'none', 'archive.db')
    expect(() => createServices({ dbFile: missing, create: false })).toThrowError(expect.objectContaining({ code: 'NO_ARCHIVE' }))
    expect(existsSync(join(dir, 'none'))).toBe(false)
  })
})

// Listings (filters, natural 文号 order, paging), lookup by 文号 in any spelling, and facets.
import type { Database } from 'better-sqlite3'
import { beforeAll, describe, expect, it } from 'vitest'
import { findByDocNumber, getDocument, listDocuments, resolveDocumentRef } from '../../../src/main/db/documents'
import { getFacets } from '../../../src/main/db/facets'
import { saveIssue } from '../../../src/main/importer/save-issue'
import { openDb } from '../../../src/main/db/open'
import { makeDoc, makeIssue } from './make-issue'

let db: Database
let ids: number[]

beforeAll(() => {
  db = openDb(':memory:')
  const docs = [
    makeDoc(1, { docNumber: '兴政发〔2022〕10号', date: '2022-06-09' }),
    makeDoc(2, { docNumber: '兴政发〔2022〕9号', date: '2022-05-27' }),
    makeDoc(3, { docNumber: '兴政函〔2022〕28号', docType: '报告', date: '2022-03-01' }),
    makeDoc(4, {
      docNumber: '兴政办发〔2022〕8号',
      category: '县政府办公室文件',
      issuer: '兴县人民政府办公室、兴县财政局',
      issuers: ['兴县人民政府办公室', '兴县财政局'],
    }),
    makeDoc(5, { docNumber: null, docNumberRaw: null, category: '人事任免', docType: null, issuer: '兴县人民政府', date: null }),
  ]
  ids = saveIssue(db, makeIssue(2, docs), {
    sha256: 'c'.repeat(64), originalName: 'a.txt', storedPath: 'cc/c.txt', size: 1, mediaType: 'text/plain', importedAt: 'x',
  }).documentIds
  saveIssue(db, makeIssue(1, [makeDoc(1, { docNumber: '兴政发〔2021〕3号' })], 2021), {
    sha256: 'd'.repeat(64), originalName: 'b.txt', storedPath: 'dd/d.txt', size: 1, mediaType: 'text/plain', importedAt: 'x',
  })
})

describe('listDocuments', () => {
  it('sorts by 文号 in natural order, undated/unnumbered last', () => {
    const nums = listDocuments(db, { sort: 'docNumber' }).items.map((d) => d.docNumber)
    // Agencies in code-point order; within one agency by year, then serial as a number.
    expect(nums.filter((n) => n?.startsWith('兴政发'))).toEqual(['兴政发〔2021〕3号', '兴政发〔2022〕9号', '兴政发〔2022〕10号'])
    expect(nums).toHaveLength(6)
    expect(nums.at(-1)).toBeNull()
    const desc = listDocuments(db, { sort: 'docNumber', desc: true }).items.map((d) => d.docNumber)
    expect(desc.at(-1)).toBeNull()
    expect(desc.indexOf('兴政发〔2022〕10号')).toBeLessThan(desc.indexOf('兴政发〔2022〕9号'))
  })

  it('sorts the whole archive by date either way, undated last (the date index, issue 16)', () => {
    const dated = (desc: boolean) => listDocuments(db, { sort: 'date', desc }).items.map((d) => d.date)
    const asc = dated(false)
    const down = dated(true)
    expect(asc).toHaveLength(6)
    expect(asc.at(-1)).toBeNull()
    expect(down.at(-1)).toBeNull()
    const known = asc.filter((d): d is string => d !== null)
    expect(known).toEqual([...known].sort())
    expect(down.filter((d) => d !== null)).toEqual([...known].reverse())
  })

  it('filters by year, category, joint issuer, docType and dates; pages with a total', () => {
    expect(listDocuments(db, { year: 2021 }).total).toBe(1)
    expect(listDocuments(db, { category: '人事任免' }).items.map((d) => d.seq)).toEqual([5])
    expect(listDocuments(db, { issuer: '兴县财政局' }).items.map((d) => d.docNumber)).toEqual(['兴政办发〔2022〕8号'])
    expect(listDocuments(db, { docType: '报告' }).total).toBe(1)
    expect(listDocuments(db, { dateFrom: '2022-05-01', dateTo: '2022-05-31', year: 2022 }).items.map((d) => d.seq)).toEqual([2, 4])
    const page = listDocuments(db, { sort: 'issue', offset: 2, limit: 2 })
    expect(page.total).toBe(6)
    expect(page.items).toHaveLength(2)
  })

  it('resolves 文号 in any spelling, and ids', () => {
    for (const s of ['兴政函〔2022〕28号', '兴政函(2022)28', '兴政函（２０２２）２８号', '兴政函 [2022] 28 号', '兴政函2022年28号']) {
      expect(findByDocNumber(db, s)).toBe(ids[2])
    }
    expect(findByDocNumber(db, '兴政函〔2022〕99号')).toBeNull()
    expect(resolveDocumentRef(db, String(ids[0]))).toBe(ids[0])
    expect(() => getDocument(db, 99999)).toThrowError(expect.objectContaining({ code: 'NOT_FOUND' }))
  })
})

describe('getFacets', () => {
  it('counts years → issues, categories, issuers (joint issuers apart) and docTypes', () => {
    const f = getFacets(db)
    expect(f.years).toEqual([
      { year: 2022, count: 5, issues: [{ id: expect.any(Number), issueNo: 2, count: 5 }] },
      { year: 2021, count: 1, issues: [{ id: expect.any(Number), issueNo: 1, count: 1 }] },
    ])
    expect(f.categories).toContainEqual({ value: '县政府文件', count: 4 })
    expect(f.issuers).toContainEqual({ value: '兴县财政局', count: 1 })
    expect(f.issuers).toContainEqual({ value: '兴县人民政府', count: 5 })
    expect(f.docTypes).toContainEqual({ value: '通知', count: 4 })
  })

  it('narrows each facet by the other filters, not its own', () => {
    const f = getFacets(db, { year: 2021, category: '县政府文件' })
    expect(f.categories).toEqual([{ value: '县政府文件', count: 1 }])
    expect(f.years.map((y) => y.year)).toEqual([2022, 2021])
    expect(f.docTypes).toEqual([{ value: '通知', count: 1 }])
  })

  // Last: it adds a second gazette to the shared archive.
  it('keeps two gazettes with the same 期 apart: 公报 → 年 → 期, and filters by gazette', () => {
    const other = makeIssue(2, [makeDoc(1, { docNumber: '临政发〔2022〕1号' })])
    other.meta.gazette = '临县人民政府公报'
    const [id] = saveIssue(db, other, {
      sha256: 'e'.repeat(64), originalName: 'l.txt', storedPath: 'ee/e.txt', size: 1, mediaType: 'text/plain', importedAt: 'x',
    }).documentIds
    const f = getFacets(db)
    expect(f.gazettes.map((g) => [g.gazette, g.count, g.years.map((y) => y.issues.map((i) => i.issueNo))])).toEqual([
      ['临县人民政府公报', 1, [[2]]],
      ['兴县人民政府公报', 6, [[2], [1]]],
    ])
    expect(f.years[0]).toMatchObject({ year: 2022, count: 6 }) // both gazettes' 2022
    const only = getFacets(db, { gazette: '临县人民政府公报' })
    expect(only.categories.reduce((n, c) => n + c.count, 0)).toBe(1)
    expect(listDocuments(db, { gazette: '临县人民政府公报' }).items.map((d) => d.id)).toEqual([id])
  })
})

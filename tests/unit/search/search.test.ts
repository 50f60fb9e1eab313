// Queries on the sample issue → the document expected on top, through every search path.
import type { Database } from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MARK_END, MARK_START } from '../../../src/shared/domain'
import { explainFullText, matchExpression, onDocumentsChanged, searchDocuments } from '../../../src/main/search'
import { addIssue, docNumberOf, sampleDb } from './helpers'

let db: Database
beforeAll(() => {
  db = sampleDb()
})
afterAll(() => db.close())

const top = (query: string, extra: object = {}) => searchDocuments(db, { query, ...extra }).hits[0]

describe('searchDocuments on the sample issue', () => {
  it.each([
    // Both titles contain 农民工工资; 8号 is about it throughout its body, so bm25 puts it first.
    ['农民工工资', '兴政发〔2022〕8号', 'title'],
    ['兴政函〔2022〕28号', '兴政函〔2022〕28号', 'docNumber'],
    ['兴政函2022年28号', '兴政函〔2022〕28号', 'docNumber'],
    ['兴政函(2022)28', '兴政函〔2022〕28号', 'docNumber'],
    ['兴政函【２０２２】２８号', '兴政函〔2022〕28号', 'docNumber'],
    ['兴政函 28', '兴政函〔2022〕28号', 'docNumber'],
    ['〔2022〕28号', '兴政函〔2022〕28号', 'docNumber'],
    ['兴政办函（2022）14', '兴政办函〔2022〕14号', 'docNumber'],
    ['禁毒', '兴政办函〔2022〕14号', 'title'],
    ['煤', '兴政办发〔2022〕14号', 'title'],
    ['qingjiequnuan', '兴政办发〔2022〕11号', 'pinyin'],
    ['qjqn', '兴政办发〔2022〕11号', 'pinyin'],
    ['清洁取煖', '兴政办发〔2022〕11号', 'fuzzy'],
    ['冬季清洁取曖', '兴政办发〔2022〕11号', 'fuzzy'],
    ['农民工公资', '兴政发〔2022〕8号', 'fuzzy'],
    ['清洁取暖', '兴政办发〔2022〕11号', 'title'],
    ['高标准农田', '兴政办函〔2022〕16号', 'title'],
    ['ＰＰＰ项目', '兴政函〔2022〕32号', 'title'],
  ])('%s → %s (%s)', (query, docNumber, matchedBy) => {
    const hit = top(query)
    expect(hit?.docNumber).toBe(docNumber)
    expect(hit?.matchedBy).toBe(matchedBy)
  })

  it.each([
    // One wrong character in a 3-character title word, at each position.
    ['农明工', ['兴政办函〔2022〕9号', '兴政发〔2022〕8号']],
    ['弄民工', ['兴政办函〔2022〕9号', '兴政发〔2022〕8号']],
    ['农民公', ['兴政办函〔2022〕9号', '兴政发〔2022〕8号']],
  ])('%s (one character wrong) finds the two 农民工 titles', (query, docNumbers) => {
    const r = searchDocuments(db, { query })
    expect(r.hits.map((h) => h.docNumber).sort()).toEqual(docNumbers)
    expect(r.hits.every((h) => h.matchedBy === 'fuzzy')).toBe(true)
  })

  it.each([
    ['疫青防控', '疫情防控'],
    ['疫情方控', '疫情防控'],
    ['营商坏境', '营商环境'],
  ])('%s (one character wrong, only in bodies) suggests %s and shows its documents', (query, word) => {
    const r = searchDocuments(db, { query, limit: 50 })
    const exact = searchDocuments(db, { query: word, limit: 50 })
    expect(exact.total).toBeGreaterThan(0)
    expect(r.suggestions?.[0]).toBe(word)
    expect(r.hits.map((h) => h.id).sort()).toEqual(exact.hits.map((h) => h.id).sort())
    expect(r.hits.every((h) => h.matchedBy === 'fuzzy' && h.snippet.includes(`${MARK_START}${word}${MARK_END}`))).toBe(true)
  })

  it('suggests nothing for a word the archive has, or one with no near neighbour', () => {
    expect(searchDocuments(db, { query: '疫情防控' }).suggestions).toBeUndefined()
    const none = searchDocuments(db, { query: '量子纠缠' })
    expect(none.total).toBe(0)
    expect(none.suggestions).toBeUndefined()
  })

  it('offers the longest parts of a query that finds nothing, when they find documents', () => {
    const r = searchDocuments(db, { query: '全民健身量子纠缠' })
    expect(r.total).toBe(0)
    expect(r.shorter).toEqual(['全民健身'])
    expect(searchDocuments(db, { query: '农民工工资量子纠缠' }).shorter).toEqual(['农民工工资'])
    expect(searchDocuments(db, { query: '全民健身' }).shorter).toBeUndefined()
  })

  it('nmggz → both 农民工工资 titles, by pinyin initials', () => {
    const r = searchDocuments(db, { query: 'nmggz' })
    expect(r.hits.map((h) => h.docNumber).sort()).toEqual(['兴政办函〔2022〕9号', '兴政发〔2022〕8号'])
    expect(r.hits[0].snippet).toContain(`${MARK_START}农民工工资${MARK_END}`)
  })

  it('e镇 (two characters, one Latin) finds the five 乡村e镇 titles first', () => {
    const r = searchDocuments(db, { query: 'e镇', limit: 5 })
    expect(r.hits.map((h) => h.matchedBy)).toEqual(Array(5).fill('title'))
    expect(r.hits.every((h) => h.title.includes('e镇'))).toBe(true)
  })

  it('short queries put title hits before body hits and count every matching document', () => {
    const r = searchDocuments(db, { query: '土地', limit: 45 })
    const tiers = r.hits.map((h) => h.matchedBy)
    expect(tiers.lastIndexOf('title')).toBeLessThan(tiers.indexOf('body'))
    expect(r.total).toBe(r.hits.length)
    expect(r.total).toBeGreaterThan(10)
  })

  it('wraps the matched text in the marks', () => {
    expect(top('清洁取暖').snippet).toContain(`${MARK_START}清洁取暖${MARK_END}`)
    expect(top('煤').snippet).toContain(`${MARK_START}煤${MARK_END}`)
    expect(top('兴政函 28').snippet).toContain(`${MARK_START}兴政函〔2022〕28号${MARK_END}`)
  })

  it('browses with filters alone, newest first', () => {
    const r = searchDocuments(db, { query: '', category: '县政府办公室文件', limit: 50 })
    expect(r.total).toBe(19)
    expect(r.hits.every((h) => h.matchedBy === 'filter' && h.category === '县政府办公室文件')).toBe(true)
    const dates = r.hits.map((h) => h.date ?? '')
    expect(dates).toEqual([...dates].sort().reverse())
    const june = searchDocuments(db, { query: '', dateFrom: '2022-06-01', dateTo: '2022-06-30', limit: 50 })
    expect(june.hits.every((h) => (h.date ?? '') >= '2022-06-01' && (h.date ?? '') <= '2022-06-30')).toBe(true)
    expect(june.total).toBe(june.hits.length)
  })

  it('combines a filter with a query', () => {
    const all = searchDocuments(db, { query: '领导小组', limit: 50 })
    const office = searchDocuments(db, { query: '领导小组', issuer: '兴县人民政府', limit: 50 })
    expect(office.total).toBeLessThan(all.total)
    expect(office.hits.every((h) => h.issuer === '兴县人民政府')).toBe(true)
    expect(searchDocuments(db, { query: '禁毒', year: 2021 }).hits).toEqual([])
    expect(top('煤', { docType: '通知', issuer: '兴县人民政府办公室' }).docNumber).toBe('兴政办发〔2022〕14号')
  })

  it('reports tookMs and pages with offset', () => {
    const r = searchDocuments(db, { query: '通知', limit: 5, offset: 5 })
    expect(r.tookMs).toBeGreaterThanOrEqual(0)
    expect(r.hits).toHaveLength(5)
    expect(r.hits[0].id).toBe(searchDocuments(db, { query: '通知', limit: 10 }).hits[5].id)
  })
})

describe('index upkeep and plans', () => {
  it('follows an import: a new document is found fuzzily after onDocumentsChanged', () => {
    expect(top('秸秆综合利用')).toBeUndefined() // builds the in-memory index before the import
    const [id] = addIssue(db, 3, [{ docNumber: '兴政办发〔2022〕30号', title: '关于加强秸秆综合利用工作的通知' }])
    onDocumentsChanged(db, [id])
    const hit = top('秸杆综合利用') // typo: 杆 for 秆
    expect(hit?.id).toBe(id)
    expect(hit?.matchedBy).toBe('fuzzy')
    expect(docNumberOf(db, top('jgzhly')?.id)).toBe('兴政办发〔2022〕30号')
    db.prepare('DELETE FROM documents WHERE id = ?').run(id)
    onDocumentsChanged(db)
    expect(top('秸杆综合利用')).toBeUndefined()
  })

  it('uses the FTS index for full text (EXPLAIN QUERY PLAN)', () => {
    const expr = matchExpression(db, ['农民工工资']) as string
    expect(explainFullText(db, expr).join('\n')).toMatch(/VIRTUAL TABLE INDEX/)
    expect(explainFullText(db, expr).join('\n')).toMatch(/documents_fts/)
  })
})

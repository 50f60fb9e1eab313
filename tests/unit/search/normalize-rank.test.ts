// Pure parts: query normalisation and the ranking blend.
import { describe, expect, it } from 'vitest'
import { normalizeQuery } from '../../../src/main/search/normalize-query'
import { rankHits, type Candidate } from '../../../src/main/search/rank'

describe('normalizeQuery', () => {
  it.each([
    ['兴政函2022年28号', '兴政函〔2022〕28号', '兴政函', 2022, 28],
    ['兴政函(2022)28', '兴政函〔2022〕28号', '兴政函', 2022, 28],
    ['兴政函【２０２２】２８号', '兴政函〔2022〕28号', '兴政函', 2022, 28],
    ['兴政函 〔2022〕 28 号', '兴政函〔2022〕28号', '兴政函', 2022, 28],
    ['兴政函 28', null, '兴政函', null, 28],
    ['兴政函28号', null, '兴政函', null, 28],
    ['〔2022〕28号', null, null, 2022, 28],
    ['（２０２２）28', null, null, 2022, 28],
  ])('%s is a 文号', (q, exact, agency, year, serial) => {
    expect(normalizeQuery(q).docNumber).toEqual({ exact, agency, year, serial })
  })

  it.each(['农民工工资', '关于2022年', '2022', 'e镇', '禁毒'])('%s is not a 文号', (q) => {
    expect(normalizeQuery(q).docNumber).toBeNull()
  })

  it('folds width, trims and splits', () => {
    expect(normalizeQuery('　ＰＰＰ项目　 禁毒  ')).toMatchObject({ text: 'PPP项目 禁毒', terms: ['PPP项目', '禁毒'] })
  })

  it('detects pinyin only for ASCII letters', () => {
    expect(normalizeQuery(' Qing Jie qu nuan ').pinyin).toBe('qingjiequnuan')
    expect(normalizeQuery('nmggz').pinyin).toBe('nmggz')
    expect(normalizeQuery('e镇').pinyin).toBeNull()
    expect(normalizeQuery('2022').pinyin).toBeNull()
  })
})

describe('rankHits', () => {
  const c = (id: number, matchedBy: Candidate['matchedBy'], score: number): Candidate => ({ id, matchedBy, score })
  it.each([
    ['文号 before title', [c(1, 'title', 1), c(2, 'docNumber', 0.1)], [2, 1]],
    ['title before body', [c(1, 'body', 1), c(2, 'title', 0.2)], [2, 1]],
    ['body before fuzzy', [c(1, 'fuzzy', 1), c(2, 'body', 0.01)], [2, 1]],
    ['fuzzy and pinyin share a tier, by score', [c(1, 'fuzzy', 0.5), c(2, 'pinyin', 0.8)], [2, 1]],
    ['within a tier, higher score first', [c(1, 'body', 0.3), c(2, 'body', 0.9)], [2, 1]],
    ['a document keeps its best tier', [c(1, 'fuzzy', 1), c(2, 'body', 0.5), c(1, 'title', 0.1)], [1, 2]],
    ['filter browsing last', [c(1, 'filter', 1), c(2, 'pinyin', 0.1)], [2, 1]],
  ])('%s', (_name, input, order) => {
    expect(rankHits(input as Candidate[]).map((h) => h.id)).toEqual(order)
  })

  it('gives each tier its own score band', () => {
    const [a, b] = rankHits([c(1, 'docNumber', 0.5), c(2, 'title', 1)])
    expect(a.score).toBeGreaterThan(b.score)
    expect(Math.floor(a.score)).toBe(5)
  })
})

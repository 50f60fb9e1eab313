// The swp session's sweep of the provincial genre (s28, scripts/typeset/sweep_prov.py): a provincial
// decree and its regulation, the province's documents, a joint document and 任免 without 文号, in
// pdftotext's text. The whole file is read (the 目录's pieces are joined by the body's titles).
// - prov-sw-a0: the 目录 in two columns read across: the other column's title line stands between
//   the decree ('澜川省人民政府令（第 312 号）… ·1·') and its regulation ('专利代理条例 … ·1·'); the
//   body's two columns lose the regulation's title after the decree's date (a line of its dates
//   read in its place): the decree's document is titled by the regulation its text quotes;
// - prov-sw-regonly: the 目录 lists the regulation alone, right under 【省政府令】 (no decree entry):
//   it opens an entry; the body's regulation title, after the decree's date, opens no document;
// - prov-sw-oneline: the 令 line and 第N号 on one line ('湄川省人民政府令　第320号'): the issuer read from it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { decreeIssuers, parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { parseToc } from '../../../src/main/importer/parse/toc'
import { isRegulationName } from '../../../src/main/importer/parse/decree'
import { parserText } from '../../support/perturb'

const base = (name: string): string => join(process.cwd(), 'tests', 'fixtures', 'typeset', 'tuning', name, name)
const textOf = (name: string, ext = 'txt'): string => parserText(readFileSync(`${base(name)}.${ext}`, 'utf8'))

describe('the provincial sweep: a decree and its regulation in two-column text', () => {
  it('reads the decree and the regulation the other column\'s line apart as two entries of one 栏目 (prov-sw-a0)', () => {
    const entries = parseToc(splitLines(textOf('prov-sw-a0'))).entries
    expect(entries.slice(0, 3).map((e) => [e.category, e.title, e.docNumber, e.page])).toEqual([
      ['省政府令', '澜川省人民政府令', '澜川省人民政府令 第312号', 1],
      ['省政府令', '专利代理条例', null, 1],
      ['省政府文件', '澜川省人民政府关于印发兴县绿色低碳县城暨蔚汾河及沿岸风貌提升项目实施方案的通知', '澜政发〔2022〕22号', 3],
    ])
    expect(entries.map((e) => e.category)).toEqual(['省政府令', '省政府令', '省政府文件', '省政府文件', '省政府办公厅文件', '省政府办公厅文件', '部门文件', '人事任免', '人事任免'])
  })

  it('titles the decree by the regulation its text quotes, not by a line the columns put in its place (prov-sw-a0)', () => {
    const decree = parseIssue(textOf('prov-sw-a0')).documents[0]
    expect([decree.title, decree.docNumber, decree.issuers]).toEqual(['专利代理条例', '澜川省人民政府令 第312号', ['澜川省人民政府']])
  })

  it('reads a regulation listed alone under its 栏目 as an entry (prov-sw-regonly)', () => {
    const entries = parseToc(splitLines(textOf('prov-sw-regonly'))).entries
    expect(entries.map((e) => [e.category, e.title, e.page])[0]).toEqual(['省政府令', '专利代理条例', 1])
    expect(entries.map((e) => e.page)).toEqual([1, 3, 5, 6, 7, 8, 10, 10])
    expect(isRegulationName('专利代理条例')).toBe(true)
    expect(isRegulationName('兴县人民政府办公室关于更新行政执法主体的通知')).toBe(false)
    expect(isRegulationName('国办发〔2018〕127号')).toBe(false)
  })

  for (const ext of ['txt', 'layout.txt']) {
    it(`keeps the regulation the 目录 lists alone in its decree's document (prov-sw-regonly, ${ext})`, () => {
      const docs = parseIssue(textOf('prov-sw-regonly', ext)).documents
      expect(docs.length).toBe(8)
      expect([docs[0].title, docs[0].docNumber, docs[0].issuers]).toEqual(['专利代理条例', '沅岭省人民政府令 第319号', ['沅岭省人民政府']])
    })
  }

  it('reads the decree\'s issuer from its name and number on one line (prov-sw-oneline)', () => {
    expect(decreeIssuers('湄川省人民政府令 第320号')).toEqual(['湄川省人民政府'])
    expect(decreeIssuers('湄川省人民政府令')).toEqual(['湄川省人民政府'])
    const decree = parseIssue(textOf('prov-sw-oneline', 'layout.txt')).documents[0]
    expect([decree.title, decree.docNumber, decree.issuers]).toEqual(['专利代理条例', '湄川省人民政府令 第320号', ['湄川省人民政府']])
  })
})

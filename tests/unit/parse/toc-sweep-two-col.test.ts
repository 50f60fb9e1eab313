// The tf session's sweep of the two-column 目录 (s27, scripts/typeset/sweep_toc2.py): each variant's
// 目录 as pdftotext (default mode) writes it, its columns in blocks of both in turn, read as pieces
// (toc-fragments.ts). The whole file is read: the pieces are joined by the body's titles.
// - city-xe-sw-a0: the last entry's page a space after its 文种, the leaders squeezed out
//   ('…夏季运动会的复函 19'): the 目录 ends with it;
// - city-xe-sw-smallpage: the column broken inside a 文种 ('…安排的通' / '知'), its 文号 line with the
//   page (`第 11页`) under the '知' the other column's line apart;
// - city-xe-sw-dotpage: the last page `·19·` broken after its opening dot ('…的复函 . . ·' / '19·');
// - city-xe-sw-inline: the 文号 in brackets after the title, the other column's title opening glued
//   onto a line ending with it, and a 文号's serial alone ('〔2018〕' / '115') with the other column's
//   line before its '号）';
// - city-xe-sw-long: long titles of both columns read across, eight lines before the first page,
//   and a title's own brackets broken over lines ('…总体规划（2021-2035' / '年）的承诺函');
// - city-xe-sw-dec-inline: a 文号 broken after its agency code ('…的指导意见' / '（国发' / '〔2018〕' / '42 号）').
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { parseToc } from '../../../src/main/importer/parse/toc'
import { parserText } from '../../support/perturb'

interface TruthDoc { title: string; issuers: string[]; docNumber: string | null; category: string }

const base = (name: string): string => join(process.cwd(), 'tests', 'fixtures', 'typeset', 'tuning', name, name)
const tocOf = (name: string) => parseToc(splitLines(parserText(readFileSync(`${base(name)}.txt`, 'utf8'))))
const truthOf = (name: string): TruthDoc[] => (JSON.parse(readFileSync(`${base(name)}.truth.json`, 'utf8')) as { documents: TruthDoc[] }).documents
/** The 文号 as the 目录 reader gives it: its year in 〔〕 whatever brackets the source prints. */
const number = (n: string | null): string | null => n && n.replace(/（(\d{4})）/, '〔$1〕')

const PAGES_A = [1, 1, 2, 4, 9, 11, 12, 12, 13, 16, 19]

describe('the two-column 目录 sweep: every entry read, in the body order, under its 栏目', () => {
  const cases: [string, number[]][] = [
    ['city-xe-sw-a0', PAGES_A],
    ['city-xe-sw-smallpage', PAGES_A],
    ['city-xe-sw-dotpage', PAGES_A],
    ['city-xe-sw-inline', PAGES_A],
    ['city-xe-sw-long', [1, 2, 3, 11, 18, 22, 23, 23, 24, 26]],
  ]
  for (const [name, pages] of cases) {
    it(name, () => {
      const toc = tocOf(name)
      expect(toc.entries.map((e) => [e.category, e.title, e.docNumber, e.page])).toEqual(
        truthOf(name).map((d, k) => [d.category, d.issuers.join('') + d.title, number(d.docNumber), pages[k]]),
      )
    })
  }
  it('city-xe-sw-dec-inline (the decree and its regulation listed apart)', () => {
    const toc = tocOf('city-xe-sw-dec-inline')
    const docs = truthOf('city-xe-sw-dec-inline').slice(1)
    // The 栏目 are placed by the body's banners: one stands before the title of the 栏目 above it in the text.
    expect(toc.entries.slice(2).map((e) => [e.title, e.docNumber])).toEqual(docs.map((d) => [d.issuers.join('') + d.title, d.docNumber]))
    expect(toc.entries.map((e) => e.page)).toEqual([1, 1, 3, 7, 9, 14, 16, 17, 18, 18, 19])
  })
})

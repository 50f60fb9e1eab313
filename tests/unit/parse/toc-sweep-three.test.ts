// The sw5 sweep's two-column 目录 (tuning fixtures city-xe-one3-* and prov3-*, tests/fixtures/typeset/tuning),
// read from pdftotext's default text: the same entries as their controls (city-xe-one2-a0, prov2-a0), set in
// another type. Each variant lost its whole 目录 (TOC_LOST) before its rule:
// - bare: 栏目 names printed bare ('国务院办公厅转发文件'), which the body prints again alone (toc-bare-heads.ts);
// - cdots: leaders of boxed middle dots, no space before the page ('…工作的通知 ·4', toc-entry.ts);
// - pagespaced: pages as `第 4 页` broken after the number ('…的通知 第 4' / '页', toc-folio-marks.ts labelJoined);
// - headed: the 目录 page's own folio ('第2页') among the entries (toc-fragments.ts: labels alone no more
//   than the 目录's pages are its folios);
// - prov3-song (Fandol Song): a full last line's leaders squeezed to two, the label's mark glued on ('…的函.
//   .·11· 国务院办公厅关于…', toc-entry.ts entryEnd), and a 文号 its title's words shared with a sibling 函
//   placed by the words that title alone has (toc-piece-joins.ts ownPlace).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { parseToc } from '../../../src/main/importer/parse/toc'
import { entryEnd } from '../../../src/main/importer/parse/toc-entry'
import { labelJoined } from '../../../src/main/importer/parse/toc-folio-marks'
import { withBareHeadings } from '../../../src/main/importer/parse/toc-bare-heads'

const tocOf = (name: string): ReturnType<typeof parseToc> =>
  parseToc(splitLines(readFileSync(path.resolve(__dirname, '../../fixtures/typeset/tuning', name, `${name}.txt`), 'utf8')))

const ONE = [
  ['国务院文件', '国函〔2006〕38号', 1],
  ['国务院办公厅文件', '国办发〔2004〕7号', 2],
  ['国务院办公厅文件', '国办发〔2018〕127号', 4],
  ['国务院办公厅文件', '国办函〔2004〕80号', 6],
  ['国务院办公厅转发文件', '国办发〔1996〕32号', 9],
  ['国务院办公厅转发文件', '国办发〔1997〕9号', 10],
  ['国务院办公厅转发文件', '国办发〔2004〕41号', 11],
  ['国务院办公厅函件', '国办函〔1996〕16号', 16],
  ['国务院办公厅函件', '国办函〔2005〕21号', 16],
  ['县（市、区）文件', '兴政函〔2022〕50号', 17],
]

describe('the 目录 in another type (sweep_one3)', () => {
  for (const name of ['city-xe-one3-bare', 'city-xe-one3-cdots', 'city-xe-one3-pagespaced', 'city-xe-one3-headed']) {
    it(`${name}: reads every entry under its 栏目 with its page`, () => {
      const toc = tocOf(name)
      expect(toc.entries.map((e) => [e.category, e.docNumber, e.page])).toEqual(ONE)
      expect(toc.entries.every((e) => e.title.length > 15)).toBe(true)
    })
  }

  it('a bare 栏目 name is a heading where the body prints it alone again; a title line ending 文件 is not', () => {
    const heading = withBareHeadings(() => null, new Map([['国务院办公厅转发文件', 3]]))
    expect(heading('国务院办公厅转发文件')).toBe('国务院办公厅转发文件')
    expect(heading('范性文件')).toBeNull()
  })

  it('a page label broken after its number, or before it', () => {
    expect(labelJoined('大自主权有关文件贯彻落实工作的通知第4', '页')).toEqual({ text: '大自主权有关文件贯彻落实工作的通知', page: 4 })
    expect(labelJoined('…（国发〔2018〕42号）第', '1页')).toEqual({ text: '…（国发〔2018〕42号）', page: 1 })
    expect(labelJoined('…的通知第4', '5页')).toBeNull()
  })
})

describe('the provincial 目录 in Fandol Song (sweep_prov3)', () => {
  it('ends an entry whose leaders are squeezed to two before a glued ·11·', () => {
    expect(entryEnd('工作时所提问题和建议办理情况的函. .·11·')).toBe(true)
    expect(entryEnd('国务院办公厅关于辽宁省在曾培炎副总理考察')).toBe(false)
  })

  it('prov3-song: reads all eighteen entries, each 函 with its own 文号', () => {
    const toc = tocOf('prov3-song')
    expect(toc.entries).toHaveLength(18)
    const byTitle = new Map(toc.entries.map((e) => [e.title.slice(0, 16), e.docNumber]))
    expect(byTitle.get('国务院办公厅关于四川省在温家宝总')).toBe('国办函〔2004〕71号')
    expect(byTitle.get('国务院办公厅关于辽宁省在曾培炎副')).toBe('国办函〔2004〕57号')
  })
})

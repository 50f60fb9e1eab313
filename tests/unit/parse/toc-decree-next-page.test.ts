// A two-column 目录 listing a decree and its regulation, the regulation's title set at the top of
// the page after the decree's date (its page the decree's + 1), from the tuning probe
// city-xe-toc2dec-d (its whole text: the body tells the joins):
// - pdftotext (default mode) writes the first lines of both columns in turn: the other column's
//   title line stands between the decree ('澧泉市人民政府令（第 2 号）… ·1·') and the regulation
//   ('专利代理条例 … ·2·'), which is still the decree's regulation;
// - pdftotext -layout sets the columns side by side, the 目录's first 栏目 heading on the decree's
//   line's left; the decree's title is found first in the body's running head (the gazette's
//   name), before any banner: the 目录 opens with the heading, so the decree stands under it.
// The 栏目 heading at the foot of the left column (【国务院办公厅文件】) heads the right column's
// first entry: it is placed by the banner the body prints.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { parseToc } from '../../../src/main/importer/parse/toc'
import { regulationsAfterDecrees } from '../../../src/main/importer/parse/toc-lone-pieces'
import { parserText } from '../../support/perturb'

const base = join(process.cwd(), 'tests', 'fixtures', 'typeset', 'tuning', 'city-xe-toc2dec-d', 'city-xe-toc2dec-d')
const tocOf = (ext: string) => parseToc(splitLines(parserText(readFileSync(`${base}.${ext}`, 'utf8'))))

const ENTRIES = [
  ['市政府令', '澧泉市人民政府令', '澧泉市人民政府令 第2号', 1],
  ['市政府令', '专利代理条例', null, 2],
  ['人事任免', '兴县人民政府办公室关于调整兴县禁毒委员会成员单位及组成人员的通知', null, 5],
  ['国务院办公厅文件', '国务院办公厅关于抓好赋予科研机构和人员更大自主权有关文件贯彻落实工作的通知', '国办发〔2018〕127号', 6],
  ['市政府办公室文件', '兴县人民政府关于兴县殡仪馆及骨灰堂建设项目国有建设用地使用权划拨方案的请示的批复', '兴政函〔2022〕43号', 8],
]

describe('a decree whose regulation opens the next page, in a two-column 目录 (city-xe-toc2dec-d)', () => {
  for (const ext of ['txt', 'layout.txt']) {
    it(`reads every entry under its 栏目 with its page (${ext})`, () => {
      expect(tocOf(ext).entries.map((e) => [e.category, e.title, e.docNumber, e.page])).toEqual(ENTRIES)
    })
  }

  it('takes the regulation on the next page, the other column\'s line between, as the decree\'s', () => {
    const pieces = [
      { text: '澧泉市人民政府令（第2号）', page: 1, opens: true, line: 13 },
      { text: '更大自主权有关文件贯彻落实工作的通知', page: null, opens: false, line: 15 },
      { text: '专利代理条例', page: 2, opens: false, line: 17 },
    ]
    expect([...regulationsAfterDecrees(pieces)]).toEqual([2])
    // Two pages on: another document's, not the regulation.
    expect([...regulationsAfterDecrees([pieces[0], pieces[1], { ...pieces[2], page: 3 }])]).toEqual([])
    // An entry's opening between: the piece after it is that entry's.
    expect([...regulationsAfterDecrees([pieces[0], { ...pieces[1], opens: true }, pieces[2]])]).toEqual([])
  })
})

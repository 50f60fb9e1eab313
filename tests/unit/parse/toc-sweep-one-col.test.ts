// The sw1 session's sweep of the one-column city issue (s28, scripts/typeset/sweep_one.py): each
// variant's two-column 目录 as pdftotext (default mode) writes it, read whole from the file.
// - city-xe-one-b5: the last entry's page right after its 文种, the leaders and the space squeezed out
//   ('…（2021-2035）的批复31');
// - city-xe-one-16k: the same on the 目录's last line ('…工作实施方案的通知38'), which the line-by-line
//   reading leaves after the 目录's end, a page alone on the line under its title ('…的复函' / '36');
// - city-xe-one-mast: a masthead over the 目录, its date line ('2022 年 6 月 20 日出版') read between
//   the heading's letters;
// - city-xe-one-masttab: the masthead's data in a ruled table, its 主办 cell ('涢阳市人民政府办公室')
//   read after the heading;
// - city-xe-one-dot: the same head on every page, its 期 line written between the letters of the
//   body's first letter-spaced 栏目 band ('国 务' / '院' / '2022 年第 6 期…' / '文 件');
// - city-xe-one-tocband: the 目录's own 栏目 names letter-spaced on bands, a character or two to a line;
// - city-xe-one-a4l: a long entry's page alone on the line under its title ('…办理情况的函' / '27'), which
//   the line-by-line reading left without a page.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { parseToc } from '../../../src/main/importer/parse/toc'
import { joinSpacedHeadings } from '../../../src/main/importer/parse/toc-spaced-heads'
import { parserText } from '../../support/perturb'

interface TruthDoc { title: string; issuers: string[]; docNumber: string | null; category: string }

const base = (name: string): string => join(process.cwd(), 'tests', 'fixtures', 'typeset', 'tuning', name, name)
const tocOf = (name: string) => parseToc(splitLines(parserText(readFileSync(`${base(name)}.txt`, 'utf8'))))
const truthOf = (name: string): TruthDoc[] => (JSON.parse(readFileSync(`${base(name)}.truth.json`, 'utf8')) as { documents: TruthDoc[] }).documents

describe('the one-column sweep: every 目录 entry read, under its 栏目, with its 文号 and a page', () => {
  for (const name of ['city-xe-one-b5', 'city-xe-one-mast', 'city-xe-one-masttab', 'city-xe-one-dot', 'city-xe-one-tocband', 'city-xe-one-a4l']) {
    it(name, () => {
      const toc = tocOf(name)
      expect(toc.entries.map((e) => [e.category, e.title, e.docNumber])).toEqual(
        truthOf(name).map((d) => [d.category, d.issuers.join('') + d.title, d.docNumber]),
      )
      const pages = toc.entries.map((e) => e.page ?? -1)
      expect(pages.every((p, k) => p > 0 && (k === 0 || p >= pages[k - 1]))).toBe(true)
    })
  }
  it('city-xe-one-16k (the titles and 栏目; two 文号 of entries cut across the columns stay swapped)', () => {
    const toc = tocOf('city-xe-one-16k')
    expect(toc.entries.map((e) => [e.category, e.title])).toEqual(truthOf('city-xe-one-16k').map((d) => [d.category, d.issuers.join('') + d.title]))
    expect(toc.entries.map((e) => e.page)).toEqual([1, 6, 14, 19, 22, 29, 34, 36, 37, 38])
  })
})

describe('joinSpacedHeadings', () => {
  const lines = (texts: string[]) => texts.map((text, k) => ({ no: k + 1, text }))
  it('joins a 栏目 name spelled a character or two to a line, the heading letter between', () => {
    const out = joinSpacedHeadings(lines(['目', '国 务', '', '院', '', '录', '', '文 件', '', '国务院关于…的通知 . . . 1']), 0)
    expect(out.map((l) => l.text)).toEqual(['目', '国 务 院 文 件', '', '', '', '录', '', '', '', '国务院关于…的通知 . . . 1'])
  })
  it('leaves a title cut over short lines, and the pages after the 目录 page', () => {
    const cut = lines(['目录', '…安排的通', '知', '的', '通'])
    expect(joinSpacedHeadings(cut, 0).map((l) => l.text)).toEqual(cut.map((l) => l.text))
    const after = [...lines(['目录', 'x . . 1']), { no: 2, text: '' }, ...lines(['国 务', '院', '文 件']).map((l) => ({ ...l, no: l.no + 2 }))]
    expect(joinSpacedHeadings(after, 0).map((l) => l.text)).toEqual(after.map((l) => l.text))
  })
})

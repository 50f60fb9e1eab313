// A county issue in three CSS columns printed by Chromium (tests/fixtures/typeset/tuning/county-web-3col):
// its 目录 of flex rows (the title, its 文号, dotted leaders drawn as a border, the page) as
// pdftotext writes it in its default mode (the cells of later rows in a run under the first
// one's, their titles after) and with -layout (the 文号's cell beside the title's wrapped tail).
// The lines are real lines of the tuning files; the entries expected are its truth's documents.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isBlank, splitLines } from '../../../src/main/importer/parse/lines'
import { blankFurniture } from '../../../src/main/importer/parse/text-pages'
import { countBigrams } from '../../../src/main/importer/parse/text-bigrams'
import { threeStreams } from '../../../src/main/importer/parse/text-streams3'
import { parseToc } from '../../../src/main/importer/parse/toc'
import { splitEntry, splitEntryLines } from '../../../src/main/importer/parse/toc-entry'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { pieceRuns } from '../../../src/main/importer/parse/text-pieces3'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import type { TruthDoc } from '../../../bench/lib/accuracy-score'

const DIR = path.resolve(__dirname, '../../fixtures/typeset/tuning/county-web-3col')
const read = (ext: string): string => readFileSync(path.join(DIR, `county-web-3col.${ext}`), 'utf8')
const truth = (JSON.parse(read('truth.json')) as { documents: TruthDoc[] }).documents
const printed = (d: TruthDoc): string => (d.issuers.length > 1 ? d.issuers.join('') : d.issuers[0]) + d.title

describe('a 目录 of flex rows (title, 文号, leaders, page)', () => {
  for (const [name, text] of [['plain text', read('txt')], ['-layout text', readLayoutColumns(read('layout.txt'))]]) {
    it(`reads every entry's title, 文号, page order and 栏目 from ${name}`, () => {
      const toc = parseToc(splitLines(text))
      expect(toc.entries.map((e) => e.title)).toEqual(truth.map(printed))
      expect(toc.entries.map((e) => e.docNumber)).toEqual(truth.map((d) => d.docNumber))
      expect(toc.entries.map((e) => e.category)).toEqual(truth.map((d) => d.category))
      const pages = toc.entries.map((e) => e.page ?? 0)
      expect(pages).toEqual([...pages].sort((a, b) => a - b))
    })
  }

  it('tells the 文号 cell from the title tail a wide blank sets it apart from', () => {
    expect(splitEntryLines('国务院办公厅关于国家综合性消防救援车辆悬挂应急救援专用', ' 号牌有关事项的通知                        国办发〔2018〕114号')).toEqual({
      title: '国务院办公厅关于国家综合性消防救援车辆悬挂应急救援专用号牌有关事项的通知',
      docNumber: '国办发〔2018〕114号',
    })
  })

  it('gives a title cut before its 文种 the 文种 that joined text put before the agency', () => {
    expect(splitEntry('兴县人民政府关于2021-09号宗地国有建设用地使用权挂牌出让方案的请示的批复兴政函〔2022〕62号')).toEqual({
      title: '兴县人民政府关于2021-09号宗地国有建设用地使用权挂牌出让方案的请示的批复',
      docNumber: '兴政函〔2022〕62号',
    })
    // A title that ends in its 文种 keeps the agency whole.
    expect(splitEntry('国务院关于做好当前和今后一个时期促进就业工作的若干意见国发〔2018〕39号').docNumber).toBe('国发〔2018〕39号')
  })
})

describe('a title across three columns in plain text', () => {
  const text = read('txt')

  it("keeps the title's short last line ('的通知') out of the columns' run under it", () => {
    const lines = splitLines(text)
    const title = lines.findIndex((l) => l.text.startsWith('国务院办公厅关于国家综合性消防救援车辆悬挂应急救援专用号牌有关事项'))
    expect(lines[title + 1].text).toBe('的通知')
    const runs = pieceRuns(lines, title, title + 40, 32)
    const units = runs.flat().map((u) => u.text)
    expect(units).not.toContain('的通知')
    expect(units).toContain('各省、自治区、直辖市人民政府，')
  })

  it('finds every document with its 文号 and 栏目, the first one under its title across the page', () => {
    const issue = parseIssue(text)
    const key = (d: { docNumber: string | null; category: string | null; title: string }): string => `${d.docNumber} ${d.category} ${d.title}`
    expect(issue.documents.map(key).sort()).toEqual(truth.map(key).sort())
    expect(issue.documents[0].title).toBe(truth[0].title)
  })
})

describe('a name list column that waits while the column beside it is written as a block', () => {
  it("reads the list on across the other column's block (16 units long), as the page is set", () => {
    // Page 13: the middle column's name list ('郭慧彬 县政府副县长（挂职）'), the right column's
    // list written as one block of six lines after it, then the middle list goes on ('范兴森…').
    const lines = blankFurniture(splitLines(read('txt')), 0)
    const from = lines.findLastIndex((l) => l.text.trim() === '兴政办函〔2022〕10号')
    const to = lines.findIndex((l, i) => i > from && l.text.trim() === '2022年5月16日') + 1
    const grams = countBigrams(lines.filter((l) => !isBlank(l.text)).map((l) => l.text))
    const [run] = pieceRuns(lines, from, to, 30)
    const read3 = threeStreams(run, { full: 30, grams })
    const stream = read3!.streams.find((s) => s.some((k) => run[k].text.startsWith('郭慧彬')))!.map((k) => run[k].text.trim())
    expect(stream[stream.findIndex((t) => t.startsWith('郭慧彬')) + 1]).toBe('范兴森 县水利局局长')
  })
})

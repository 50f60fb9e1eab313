// Pages of two shuffled columns in an issue whose replies section is set in three
// (tests/fixtures/typeset/tuning/prov-3col-replies): each page is read at its own column width,
// and a document's masthead set across the page below both columns stays after them.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isBlank, splitLines } from '../../../src/main/importer/parse/lines'
import { readStreams, runsOf } from '../../../src/main/importer/parse/text-streams'
import { blankFurniture } from '../../../src/main/importer/parse/text-pages'
import type { TruthDoc } from '../../../bench/lib/accuracy-score'

const DIR = path.resolve(__dirname, '../../fixtures/typeset/tuning/prov-3col-replies')
const text = readFileSync(path.join(DIR, 'prov-3col-replies.txt'), 'utf8')
const docs = (JSON.parse(readFileSync(path.join(DIR, 'prov-3col-replies.truth.json'), 'utf8')) as { documents: TruthDoc[] }).documents
const flat = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '')
// Line 30 on: past the cover and the 目录.
const out = flat(readStreams(blankFurniture(splitLines(text), 30), 30).filter((l) => !isBlank(l.text)).map((l) => l.text).join(''))

describe('a two-column page in a text whose commonest width is a three-column line', () => {
  it('is read column by column, so its paragraphs come out whole', () => {
    // Doc 1's reply: pdftotext wrote its two columns a line of each in turn.
    const reply = docs[0].paragraphs.find((p) => p.startsWith('你们关于支持'))
    expect(reply).toBeDefined()
    expect(flat(text)).not.toContain(flat(reply ?? ''))
    expect(out).toContain(flat(reply ?? ''))
  })
})

describe('a masthead below both columns (the issuer’s 文件 line and the 文号)', () => {
  it('stays after the right column’s signature, before the next title', () => {
    expect(out).toContain(flat('二〇〇四年八月十二日（本文有删减）国务院办公厅文件国办函〔1996〕16 号国务院办公厅关于黄金经济政策有关问题的复函'))
    expect(out).toContain(flat('（此件公开发布）国务院文件国函〔2006〕132 号'))
  })

  it('does not end a run where the 文号 sits under a column-wide title (a document starting mid-column)', () => {
    const lines = splitLines(['兴县人民政府关于 2021-09 号宗地国有建设', '用地使用权挂牌出让方案的请示的批复', '兴政函〔2022〕62 号', '', '空间总体规划空间规模。'].join('\n'))
    expect(runsOf(lines, 0, lines.length, 44)).toHaveLength(1)
  })

  it('does not take a signature and its date for a masthead', () => {
    const lines = splitLines(['以下统称乌鲁木齐、昌吉、石河子高新区建设国家', '', '地质险情调查专家组', '二〇〇四年九月二十三日', '国办函〔1996〕16 号', '', '空间总体规划空间规模。'].join('\n'))
    expect(runsOf(lines, 0, lines.length, 44)).toHaveLength(1)
  })

  it('ends the run before the masthead', () => {
    const lines = splitLines(['以下统称乌鲁木齐、昌吉、石河子高新区建设国家', '', '国务院办公厅文件', '国办函〔1996〕16 号', '', '空间总体规划空间规模。'].join('\n'))
    expect(runsOf(lines, 0, lines.length, 44).map((r) => r.map((u) => u.text))).toEqual([['以下统称乌鲁木齐、昌吉、石河子高新区建设国家'], ['空间总体规划空间规模。']])
  })
})

// A 目录 of flex rows whose pages are labels (`第3页`) in the row's last cell, after dotted leaders
// (tests/fixtures/typeset/tuning/city-web-3col-b, printed by Chromium): pdftotext's default mode
// writes each label on a line of its own under the title and 文号, which read like the 目录
// page's own folio, so no entry was read, the entries became documents of their own and the
// body's documents lost every paragraph. A page prints one folio: two labels alone on one page
// are the entries' pages.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { parseToc } from '../../../src/main/importer/parse/toc'
import { labelsApart } from '../../../src/main/importer/parse/toc-pages'
import type { TruthDoc } from '../../../bench/lib/accuracy-score'

const DIR = path.resolve(__dirname, '../../fixtures/typeset/tuning/city-web-3col-b')
const read = (ext: string): string => readFileSync(path.join(DIR, `city-web-3col-b.${ext}`), 'utf8')
const truth = (JSON.parse(read('truth.json')) as { documents: TruthDoc[] }).documents
const printed = (d: TruthDoc): string => (d.issuers.length > 1 ? d.issuers.join(' ') : d.issuers[0]) + d.title
const flat = (s: string): string => s.replace(/\s+/g, '')

describe('a 目录 whose page labels stand on lines of their own', () => {
  it("reads every entry's title, 文号, 栏目 and page from the plain text", () => {
    const toc = parseToc(splitLines(read('txt')))
    expect(toc.entries.map((e) => flat(e.title))).toEqual(truth.map((d) => flat(printed(d))))
    expect(toc.entries.map((e) => e.docNumber)).toEqual(truth.map((d) => d.docNumber))
    expect(toc.entries.map((e) => e.category)).toEqual(truth.map((d) => d.category))
    const pages = toc.entries.map((e) => e.page ?? 0)
    expect(pages[0]).toBe(1)
    expect(pages).toEqual([...pages].sort((a, b) => a - b))
  })

  const entry = ['国务院关于印发个人所得税专项附加扣除暂行办法的通知', '国发〔2018〕41号', '', '第1页', '']
  it('takes two labels alone on one page for entries’ pages', () => {
    const text = ['\f目 录', '一、国务院文件', ...entry, '国务院关于做好当前和今后一个时期促进就业工作的若干意见', '国发〔2018〕39号', '', '第2页', '\f']
    const lines = splitLines(text.join('\n'))
    expect(labelsApart(lines, 1)).toBe(true)
    expect(parseToc(lines).entries.map((e) => e.page)).toEqual([1, 2])
  })

  it("keeps a label alone once on the 目录's page for its folio", () => {
    const text = ['\f目 录', '一、国务院文件', '国务院关于印发个人所得税专项附加扣除暂行办法的通知 …… 3', '第1页', '\f正文']
    const lines = splitLines(text.join('\n'))
    expect(labelsApart(lines, 1)).toBe(false)
    // …and one on each of two pages is each page's folio.
    expect(labelsApart(splitLines(['\f目 录', '第1页', '\f第2页', ''].join('\n')), 1)).toBe(false)
  })
})

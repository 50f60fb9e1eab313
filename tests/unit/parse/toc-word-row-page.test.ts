// A Word 目录 set as a borderless table (title | page) whose titles wrap in their cell, read by
// pdftotext one cell after another: the page cell stands at the row's top, so the page comes
// between a title's lines (city-docx-sw-toctable in tests/fixtures/typeset/tuning, the sw2 sweep).
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { parseToc } from '../../../src/main/importer/parse/toc'
import { pageInRow } from '../../../src/main/importer/parse/toc-word'
import { typesetText as text, typesetTruth as truth, flat } from '../../support/typeset-files'

const opens = (t: string): boolean => t.startsWith('国务院办公厅关于')

describe('a page between a wrapped title’s lines (city-docx-sw-toctable.txt)', () => {
  // The 目录's first rows as pdftotext wrote them.
  const lines = splitLines(['国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制', '', '1', '', '审核制度的指导意见', '国务院办公厅关于 2019 年部分节假日安排的通知', '', '5'].join('\n'))
  const buffer = lines[0].text

  it('is the row’s page when the next line gives the title its 文种', () => {
    expect(pageInRow(lines, 2, buffer, 0, opens)).toBe(1)
  })

  it('is no page when the title is whole, goes back, or the next line opens an entry', () => {
    expect(pageInRow(lines, 7, '国务院办公厅关于 2019 年部分节假日安排的通知', 1, opens)).toBeNull()
    expect(pageInRow(lines, 2, buffer, 3, opens)).toBeNull()
    const next = splitLines(['国务院办公厅关于全面推行行政执法公示制度', '', '1', '', '国务院办公厅关于 2019 年部分节假日安排的通知'].join('\n'))
    expect(pageInRow(next, 2, next[0].text, 0, opens)).toBeNull()
  })

  it('reads every entry whole with its page, the joint one under its own 栏目', () => {
    const toc = parseToc(splitLines(text('city-docx-sw-toctable')))
    const docs = truth('city-docx-sw-toctable')
    expect(toc.entries.map((e) => flat(e.title))).toEqual(docs.map((d) => flat(d.issuers.join('') + d.title)))
    expect(toc.entries.map((e) => e.category)).toEqual(docs.map((d) => d.category))
    expect(toc.entries[0].page).toBe(1)
  })
})

// A page of swap-2col-bands2's -layout text (a Word-section issue printed by LibreOffice, text-swap
// round 5), once its columns are read: one document's rest, then the next one's title set across
// both columns right over its 文号, then its body. The title is wider than a column and ends no
// sentence, so it looked like a column's line left open, and the Word-section band reading
// (text-bands.ts) moved the new document's head after the other column's piece: its title was cut
// from its 文号, and the document lost its 文号. A title that ends right over its own 文号, as the
// 目录 spells it, goes on nowhere.
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { bandOrder } from '../../../src/main/importer/parse/text-bands'
import { countBigrams } from '../../../src/main/importer/parse/text-bigrams'
import { tocAnchors } from '../../../src/main/importer/parse/toc-anchors'
import { typesetText } from '../../support/typeset-files'

const TITLE = '国务院办公厅对十届全国人大四次会议第 7240 号建议的答复'
const NUMBER = '国办函〔2006〕71 号'

describe('a title set across the page right over its 文号 (swap-2col-bands2.layout.txt)', () => {
  const read = readLayoutColumns(typesetText('swap-2col-bands2', 'layout.txt'))
  const page = read.split('\f').find((p) => p.includes(NUMBER))!.split('\n').map((l) => l.trim()).filter((l) => l !== '')

  it('is not read as a column’s line going on in the other column', () => {
    const head = page.indexOf(NUMBER)
    expect(page[head - 1]).toBe(TITLE)
    const anchors = tocAnchors([
      { category: '建议提案答复', title: TITLE, docNumber: '国办函〔2006〕71号', page: 5 },
      { category: '建议提案答复', title: '国务院办公厅对十届全国人大四次会议第 2996 号建议的答复', docNumber: '国办函〔2006〕70号', page: 6 },
    ])
    const ctx = { full: 24, grams: countBigrams(read.split('\n')), anchors }
    expect(bandOrder(page, [head], ctx)).toBeNull()
  })

  it('keeps the document’s 文号 with its title', () => {
    const doc = parseIssue(read).documents.find((d) => d.title.includes('第7240号建议'))
    expect(doc?.docNumber).toBe('国办函〔2006〕71号')
  })
})

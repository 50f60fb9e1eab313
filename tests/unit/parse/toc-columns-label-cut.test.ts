// A two-column 目录 in pdftotext's default text (swap-xe-3col-answers1, prov-xe-3col-answers' look
// printed with other texts: the s47 text-swap sweep's round 4) whose page labels are cut at a line's
// end ('…（国办发〔2018〕115 号） 第' / '16页'): the left column's last entry ends its foot with the
// label's 第, and the right column's top is the rest ('13页', written before the left column's
// lines). Its first reading went back in pages once only (18 → 10), with the other column's lines
// in four titles, so it was not read apart again: six entries under the wrong 栏目, one title
// holding three entries, 9 of 72 fields wrong.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { parseToc } from '../../../src/main/importer/parse/toc'
import { mayReadAcross } from '../../../src/main/importer/parse/toc-across'
import { typesetFile, typesetTruth } from '../../support/typeset-files'

const text = (): string => readFileSync(typesetFile('swap-xe-3col-answers1', 'txt'), 'utf8')

describe('swap-xe-3col-answers1 in plain text: a two-column 目录, its page labels cut at lines’ ends', () => {
  it('reads every entry with its 栏目 and page, the left column first', () => {
    const toc = parseToc(splitLines(text()))
    const truth = typesetTruth('swap-xe-3col-answers1')
    expect(toc.entries.map((e) => e.page)).toEqual([1, 2, 6, 10, 11, 13, 15, 16, 18, 20, 22, 22])
    expect(toc.entries.map((e) => e.category)).toEqual(truth.map((d) => d.category))
    // The left column's foot, its page the rest at the right column's top.
    expect(toc.entries[5]).toMatchObject({ title: '国务院办公厅关于深入开展消费扶贫助力打赢脱贫攻坚战的指导意见', docNumber: '国办发〔2018〕129号', page: 13 })
    // A label cut inside a column.
    expect(toc.entries[7]).toMatchObject({ title: '国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见', docNumber: '国办发〔2018〕115号', page: 16 })
    expect(toc.sections).toEqual(['国务院文件', '国务院办公厅文件', '建议提案答复'])
  })

  it('gives the documents under the right column’s banner its 栏目', () => {
    const docs = parseIssue(text()).documents
    const replies = docs.filter((d) => d.category === '建议提案答复').map((d) => d.docNumber)
    expect(replies).toEqual(expect.arrayContaining(['国办函〔2005〕69号', '国办发〔2018〕115号', '国办函〔2004〕80号', '国办发〔2018〕117号', '国办函〔2018〕74号']))
  })

  it('a reading whose pages go back once is tried again only when titles hold the other column’s lines', () => {
    const entry = (title: string, page: number) => ({ category: '', title, docNumber: null, page })
    const sections = [entry('国务院关于甲的通知', 3), entry('国务院关于乙的通知', 9), entry('国务院关于丙的通知', 2), entry('国务院关于丁的通知', 5)]
    expect(mayReadAcross(sections)).toBe(false)
    const mixed = [entry('国务院关于甲的通知【建议提案答复】国务院办公厅关于乙', 3), entry('国务院关于乙的通知', 9), entry('国务院办公厅关于丙国务院办公厅关于丁', 2)]
    expect(mayReadAcross(mixed)).toBe(true)
  })
})

// city-docx-sw-toc2: the 目录 set in two columns, written by pdftotext line by line in turn at its
// top ('国务院办公厅关于全面推行行政执法公示' / '三、部门联合发文' / '制度执法全过程记录制度重大执法决定法' /
// '兴县人力资源和社会保障局 兴县发展和改' / '制审核制度的指导意见（国办发'), then block by block. Read line by
// line, the first entry held the right column's heading and the joint entry's first line, and the
// joint entry was left as '革局 兴县财政局关于…' under the wrong 栏目 (its issuers '革局兴县财政局').
// A heading line read into an entry's title sends the 目录 to the pieces reader.
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { parseToc } from '../../../src/main/importer/parse/toc'
import { headingWithin } from '../../../src/main/importer/parse/toc-head-firsts'
import { typesetText as text } from '../../support/typeset-files'

const heading = (t: string): string | null => (/^[一二三四五六七八九十]+、/.test(t.trim()) ? t.trim().replace(/^[一二三四五六七八九十]+、/, '') : null)

describe('a 栏目 heading read into an entry’s title', () => {
  it('is found when a heading line stands inside a title read line by line, and not otherwise', () => {
    const lines = [{ text: '国务院办公厅关于全面推行行政执法公示' }, { text: '三、部门联合发文' }, { text: '制度执法全过程记录制度重大执法决定法' }]
    const glued = [{ title: '国务院办公厅关于全面推行行政执法公示三、部门联合发文制度执法全过程记录制度重大执法决定法' }]
    expect(headingWithin(lines, glued, heading)).toBe(true)
    expect(headingWithin(lines, [{ title: '国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法' }], heading)).toBe(false)
  })

  it('reads the two-column 目录 of city-docx-sw-toc2 whole', () => {
    const toc = parseToc(splitLines(text('city-docx-sw-toc2')))
    expect(toc.entries[0].title).toBe('国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见')
    const joint = toc.entries.find((e) => e.docNumber === '兴人社发〔2022〕34号')
    expect(joint?.category).toBe('部门联合发文')
    expect(joint?.title).toBe('兴县人力资源和社会保障局兴县发展和改革局兴县财政局关于印发兴县依法关闭自备水井专项整治行动实施方案的通知')
  })
})

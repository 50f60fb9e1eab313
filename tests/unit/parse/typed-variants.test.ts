// The sample issue's text as other offices type it: the parser reads the same documents and fields.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { SAMPLE_TXT } from '../../support/sample'

const text = readFileSync(SAMPLE_TXT, 'utf8')
const fields = (t: string): string[] =>
  parseIssue(t).documents.map((d) => [d.docNumber, d.title.normalize('NFKC'), d.category, d.date, d.issuers.join('、'), d.public].join(' | '))
const base = fields(text)

describe('the sample as typed elsewhere', () => {
  it('reads titles typed with a Tab before them, and paragraphs indented by Tab', () => {
    // '\t关于省道 254 线兴县境内…的函' alone used to lose the document to the one before it.
    const tabbed = text.replace(/^(?=[^\s（(一二三四五六七八九十\d各兴])(.{30,})$/gm, '\t$1')
    expect(tabbed).toContain('\t关于省道 254 线兴县境内吕家沟至魏家滩段改建工程项目资金承诺及列入中期财政规划的函')
    expect(fields(tabbed)).toEqual(base)
  })

  it('reads a 目录 whose pages are typed in full-width digits', () => {
    const wide = text.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
    expect(wide).toContain('（兴政发〔２０２２〕８号）……………１')
    expect(fields(wide)).toEqual(base)
    expect(base.filter((f) => f.includes('县政府文件')).length).toBeGreaterThan(5)
  })
})

// Headings numbered by Word's automatic list numbering ('一、' + tab, then the words): pdftotext
// writes the numeral and its words on lines of their own, and on a page whose columns it wrote
// line by line the two went to different columns (tuning county-lo-autonum.txt, 兴政办发〔2022〕12号).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { pairNumeralHeads } from '../../../src/main/importer/parse/text-labels'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'

const text = readFileSync(join(__dirname, '../../fixtures/typeset/tuning/county-lo-autonum/county-lo-autonum.txt'), 'utf8')

describe('a heading’s numeral set apart from its words (county-lo-autonum.txt)', () => {
  const paired = pairNumeralHeads(splitLines(text)).map((l) => l.text)

  it('puts the words on the next line back after the numeral, their line blank', () => {
    expect(paired).toContain('一、指导思想')
    expect(paired).toContain('二、整治重点')
    expect(paired).not.toContain('指导思想')
    expect(paired).toHaveLength(splitLines(text).length)
  })

  it('takes a numeral’s words from further down its page where pdftotext wrote them apart', () => {
    // '一、' over the other column's '题。' and '2022 年，严格控制全县全社会煤炭消费': its bold
    // words ('工作目标') pdftotext wrote after the page's folio, between blank lines.
    const at = paired.findIndex((t) => t.startsWith('2022 年，严格控制全县全社会煤炭消费'))
    expect(paired.slice(at - 4, at).filter((t) => t.trim())).toEqual(['一、工作目标', '题。'])
    expect(paired).not.toContain('工作目标')
    // '四、' over the other column's full line; '组织领导' after the folio '-14-'.
    expect(paired).toContain('四、组织领导')
    // '三、' with '保障措施' some rows down, past the two columns' lines taken in turn.
    expect(paired).toContain('三、保障措施')
    // A signing unit, a title's last line or a heading's words right under their own numeral
    // are never taken: '兴县发展和改革局' and '年工作方案的通知' stand on that page too.
    expect(paired.filter((t) => t === '兴县发展和改革局').length).toBe(splitLines(text).filter((l) => l.text === '兴县发展和改革局').length)
    expect(paired).toContain('二、主要任务')
  })

  it('does not take a letter-spaced banner or a 3-column title’s run-on line as a numeral’s words', () => {
    const bands = readFileSync(join(__dirname, '../../fixtures/typeset/tuning/prov-2col-bands/prov-2col-bands.layout.txt'), 'utf8')
    expect(pairNumeralHeads(splitLines(bands)).some((l) => l.text.startsWith('一、国务院办公厅文件'))).toBe(false)
    const dots = readFileSync(join(__dirname, '../../fixtures/typeset/tuning/prov-3col-dots/prov-3col-dots.txt'), 'utf8')
    expect(pairNumeralHeads(splitLines(dots)).map((l) => l.text)).toContain('产地加工问题')
  })

  it('keeps the headings whose words were written apart whole', () => {
    const doc = parseIssue(text).documents.find((d) => d.title?.includes('煤炭消费减量替代'))!
    const blocks = doc.blocks.map((b) => b.text.replace(/\s+/g, ''))
    expect(blocks).toContain('一、工作目标')
    expect(blocks.some((b) => b.startsWith('2022年，严格控制全县全社会煤炭消费'))).toBe(true)
  })

  it('takes words in two clauses that stand well short of the line, not the other column’s full line', () => {
    // 兴政办发〔2022〕44号: '一、' / '提高政治站位，强化思想认识' (a comma inside, no mark at the end).
    expect(paired).toContain('一、提高政治站位，强化思想认识')
    expect(paired).toContain('二、加强组织领导，细化工作职责')
    expect(paired).toContain('三、完善各方保障，确保调查成效')
    // '四、' over the other column's full line '严格的水资源管理制度为目标，全面关闭全县'.
    expect(paired).toContain('四、')
    expect(paired.some((t) => t.startsWith('四、严格的水资源'))).toBe(false)
    // '一、' over '况，首先要抓好宣传教育工作，要大力宣传' (a paragraph's line, a column wide).
    expect(paired.some((t) => t.startsWith('一、况'))).toBe(false)
  })

  it('keeps the two-clause headings of the 住户调查 notice whole', () => {
    const doc = parseIssue(text).documents.find((d) => d.title?.includes('住户调查大样本轮换'))!
    const blocks = doc.blocks.map((b) => b.text.replace(/\s+/g, ''))
    for (const h of ['一、提高政治站位，强化思想认识', '二、加强组织领导，细化工作职责', '三、完善各方保障，确保调查成效']) expect(blocks).toContain(h)
  })

  it('keeps the headings of the 整治 plan whole', () => {
    const doc = parseIssue(text).documents.find((d) => d.docNumber === '兴政办发〔2022〕12号')!
    const blocks = doc.blocks.map((b) => b.text.replace(/\s+/g, ''))
    for (const h of ['一、指导思想', '二、整治重点', '三、阶段任务', '五、工作要求']) expect(blocks).toContain(h)
  })
})

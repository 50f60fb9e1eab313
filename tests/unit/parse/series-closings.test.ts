import { describe, expect, it } from 'vitest'
import { buildBlocks } from '../../../src/main/importer/parse/blocks'
import { readBodyFields } from '../../../src/main/importer/parse/doc-fields'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { orderSeriesClosings } from '../../../src/main/importer/parse/series-closings'
import type { ParsedDocument } from '../../../src/shared/domain'

function doc(seq: number, docNumber: string, body: string[]): { doc: ParsedDocument; drafts: ReturnType<typeof buildBlocks> } {
  const drafts = buildBlocks(splitLines(body.join('\n')))
  const { date, public: open } = readBodyFields(drafts, docNumber)
  return {
    doc: {
      seq, docNumber, docNumberRaw: docNumber, title: '', tocTitle: null, category: null, docType: null, issuer: '兴县人民政府', issuers: ['兴县人民政府'],
      recipients: null, date, public: open, tocPage: null, consult: null, attachments: [], blocks: [], citations: [],
    },
    drafts,
  }
}

// county-lo-autonum.txt 483–581: pdftotext wrote 35号's page line by line with the right column,
// 51号's text; the stream reading left 51号's closing in 35号's text, above 35号's own.
const e35 = () => doc(2, '兴政函〔2022〕35号', [
  '吕梁市商务局、财政局、乡村振兴局：',
  '要求，我县承诺将本项目纳入在编的《兴县国土空间总体规划（2021-2035年）》。',
  '特此承诺。', '兴县人民政府', '二〇二二年六月七日', '',
  '根据山西省商务厅、山西省财政厅、山西省乡村振兴局《关于印发山西省培育乡村e镇工作实施方案的通知》精神，现申请开展乡村e镇培育工作。',
  '兴县人民政府', '二〇二二年五月六日', '公开属性：主动公开',
])
const e51 = () => doc(3, '兴政函〔2022〕51号', ['（此件公开发布）', '兴县目前正处于转型发展的关键时期，乡村振兴和民生改善仍需要投入大量的县级资金。'])

describe('closings of one series dated against their numbers (county-lo-autonum.txt, city-xe-dense.txt)', () => {
  it('trades the closings of 35号 and 51号 when a guess left 35号 a month later', () => {
    const [a, b] = [e35(), e51()]
    a.doc.date = '2022-06-07'
    a.doc.public = false
    b.doc.date = '2022-05-06'
    b.doc.public = true
    const changed = orderSeriesClosings([a, b], new Set([a.doc, b.doc]))
    expect([a.doc.date, a.doc.public, b.doc.date, b.doc.public]).toEqual(['2022-05-06', true, '2022-06-07', true])
    expect(changed.size).toBe(2)
  })

  it('leaves dates a day against the numbers, and closings no guess gave', () => {
    const [a, b] = [e35(), e51()]
    a.doc.date = '2022-06-07'
    b.doc.date = '2022-05-06'
    expect(orderSeriesClosings([a, b], new Set()).size).toBe(0)
    a.doc.date = '2022-05-07'
    b.doc.date = '2022-05-06'
    expect(orderSeriesClosings([a, b], new Set([a.doc, b.doc])).size).toBe(0)
  })

  it('leaves documents of two series alone', () => {
    const [a, b] = [e35(), e51()]
    b.doc.docNumber = '兴政发〔2022〕51号'
    a.doc.date = '2022-06-07'
    b.doc.date = '2022-05-06'
    expect(orderSeriesClosings([a, b], new Set([a.doc, b.doc])).size).toBe(0)
  })
})

// prov-xe-unbal-b.txt 3496–3545, 3607–3676 (as the stream reading gave them): a page whose two
// columns pdftotext wrote line by line, 69号's head at the left column's foot, its rest and
// closing heading the right column, 82号 starting under it. Read across, 82号's head came before
// 69号's and took 69号's closing (九月七日); 69号, read after it, took 82号's (十月十八日). Neither was
// a guess; the 目录 lists 69号 before 82号.
const state = (seq: number, docNumber: string, body: string[]) => {
  const d = doc(seq, docNumber, body)
  d.doc.issuer = '国务院办公厅'
  d.doc.issuers = ['国务院办公厅']
  return d
}
const r82 = () => state(8, '国办函〔2006〕82号', [
  '王超斌委员：', '您提出的《关于设立总理热线电话的提案》收', '悉。经研究，答复如下：',
  '博客是一项新兴的互联网应用，其应用和管', '的科学化、民主化水平。', '感谢您对政府工作的关心和支持。', '国务院办公厅', '二〇〇六年九月七日',
])
const r69 = () => state(9, '国办函〔2006〕69号', [
  '邓明义代表：', '您提出的关于请总理网上博客听取民意的建', '议收悉，现答复如下：',
  '总的来看，国务院及有关部门与人民群众联', '的水平。', '感谢您对政府工作的关心与支持。', '国务院办公厅', '二〇〇六年十月十八日', '（本文有删减）',
])

describe('closings of one series read in the other order than the 目录 lists them (prov-xe-unbal-b.txt)', () => {
  it('trades them when the 目录 lists the two the other way round, no guess needed', () => {
    const [a, b] = [r82(), r69()]
    expect([a.doc.date, b.doc.date]).toEqual(['2006-09-07', '2006-10-18'])
    const at = new Map([[b.doc, 4], [a.doc, 5]])
    const changed = orderSeriesClosings([a, b], new Set(), () => null, (d) => at.get(d) ?? null)
    expect([a.doc.date, b.doc.date]).toEqual(['2006-10-18', '2006-09-07'])
    expect(changed.size).toBe(2)
  })

  it('leaves them when the 目录 lists them as read, or does not list them', () => {
    const [a, b] = [r82(), r69()]
    const at = new Map([[a.doc, 4], [b.doc, 5]])
    expect(orderSeriesClosings([a, b], new Set(), () => null, (d) => at.get(d) ?? null).size).toBe(0)
    expect(orderSeriesClosings([a, b], new Set()).size).toBe(0)
    expect([a.doc.date, b.doc.date]).toEqual(['2006-09-07', '2006-10-18'])
  })
})

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

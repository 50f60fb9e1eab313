// Two-column issues whose documents run on without page breaks (tests/fixtures/typeset/tuning):
// city-2col-flow (XeLaTeX: titles inside one column or across both, 文号 above or under the
// title, columns ended and begun again mid-page) and county-lo-2col (Word through LibreOffice:
// continuous section breaks, 黑体 titles wrapped over five lines, joint issuers, 二〇 dates).
// Every document's fields come out as its truth says.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { readSource } from '../../../src/main/importer/read/read-source'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { splitDocuments } from '../../../src/main/importer/parse/split-documents'
import { docTypeOf } from '../../../src/main/importer/parse/doc-type'
import type { ParsedIssue } from '../../../src/shared/domain'
import type { LineLayout, SourceLine } from '../../../src/shared/source-line'
import type { TruthDoc } from '../../../bench/lib/accuracy-score'

const TUNING = path.resolve(__dirname, '../../fixtures/typeset/tuning')


const flat = (s: string | null): string => (s ?? '').normalize('NFKC').replace(/\s+/g, '').replace(/[(（]/g, '〔').replace(/[)）]/g, '〕')

async function parsed(name: string): Promise<{ issue: ParsedIssue; truth: TruthDoc[] }> {
  const file = path.join(TUNING, name, `${name}.pdf`)
  const source = await readSource(new Uint8Array(readFileSync(file)), path.basename(file))
  const truth = (JSON.parse(readFileSync(path.join(TUNING, name, `${name}.truth.json`), 'utf8')) as { documents: TruthDoc[] }).documents
  return { issue: parseIssue({ text: source.text, lines: source.lines }), truth }
}

const fields = (d: { docNumber: string | null; title: string; category: string | null; issuers: string[]; date: string | null; public: boolean }): string[] => [
  flat(d.docNumber),
  flat(d.title).replace(/^.*?(?=关于|对十届|对全国)/, ''),
  d.category ?? '',
  d.issuers.join('|'),
  d.date ?? '',
  String(d.public),
]

describe.each(['city-2col-flow', 'county-lo-2col'])('%s', (name) => {
  let issue: ParsedIssue
  let truth: TruthDoc[]
  beforeAll(async () => {
    ;({ issue, truth } = await parsed(name))
  }, 120_000)

  it('finds every document, none invented, with the fields of its truth', () => {
    expect(issue.documents.map(fields)).toEqual(truth.map(fields))
  })

  it('keeps the last lines of each document in it (signature, date, note), not in the next', () => {
    issue.documents.forEach((d, k) => {
      const tail = truth[k].paragraphs.slice(-2).map(flat)
      expect(d.blocks.slice(-2).map((b) => flat(b.text)), truth[k].title).toEqual(tail)
    })
  })
})

describe('a 文号 set above a title wrapped over five lines in one column', () => {
  const layout = (size: number, align: LineLayout['align']): LineLayout => ({
    page: 3, column: 0, columns: 2, spans: false, x0: 63, x1: 283, y: 400, size, relSize: size / 10.5,
    font: size > 12 ? 'hei' : 'song', bold: false, align, indent: 0, gapBefore: 0, parts: 1,
  })
  const texts: [string, number, LineLayout['align']][] = [
    ['特此承诺。', 10.5, 'left'],
    ['兴县人民政府', 10.5, 'right'],
    ['二〇二二年六月七日', 10.5, 'right'],
    ['兴政函〔2022〕51 号', 10.5, 'right'],
    ['兴县人民政府关于将新建兴县', 16.5, 'full'],
    ['至保德县地方铁路二期工程瓦', 16.5, 'full'],
    ['塘至冯家川复线项目（兴县', 16.5, 'left'],
    ['段）纳入当地国土空间总体规', 16.5, 'full'],
    ['划（2021-2035 年）的承诺函', 16.5, 'centre'],
    ['山西省自然资源厅：', 10.5, 'left'],
    ['根据有关规定，现将有关事项承诺如下。', 10.5, 'full'],
  ]
  const lines: SourceLine[] = texts.map(([text, size, align], i) => ({ no: i + 1, text, layout: layout(size, align) }))

  it('takes all five title lines under the 文号, by their typography', () => {
    const [span] = splitDocuments(lines, 0, [])
    expect(span.numberIdx).toBe(3)
    expect(span.header).toEqual([4, 5, 6, 7, 8])
    expect(span.bodyStart).toBe(9)
  })

  it('takes all five title lines under the 文号 in pdftotext’s text too, by the 文种 ending them (county-lo-2col.txt 531–541)', () => {
    const plain: SourceLine[] = [...texts.slice(0, 4), ['', 0, 'left'] as const, ...texts.slice(4)].map(([text], i) => ({ no: i + 1, text }))
    const [span] = splitDocuments(plain, 0, [])
    expect(span.numberIdx).toBe(3)
    expect(span.header).toEqual([5, 6, 7, 8, 9])
    expect(span.bodyStart).toBe(10)
  })

  it('reads 答复 as a 文种 (replies to deputies\' suggestions and proposals)', () => {
    expect(docTypeOf('国务院办公厅对十届全国人大四次会议第7240号建议的答复')).toBe('答复')
  })
})

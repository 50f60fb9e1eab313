// A 目录 in two columns that pdftotext (default mode) wrote in neither column's order
// (county-web-mixed.txt: a title's lines apart, the other column's lines between them, the pages
// in a run of their own): its lines are put together again by the joins the body prints, its
// pages fall to the entries in the body's order, its 栏目 by the headings the body prints. The
// same reading takes the columns set side by side (pdftotext -layout).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { parseToc } from '../../../src/main/importer/parse/toc'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { importedText, parserText } from '../../support/perturb'

const DIR = join(process.cwd(), 'tests', 'fixtures', 'typeset', 'tuning', 'county-web-mixed')
const text = parserText(readFileSync(join(DIR, 'county-web-mixed.txt'), 'utf8'))
interface Truth { title: string; docNumber: string | null; category: string }
const truth = JSON.parse(readFileSync(join(DIR, 'county-web-mixed.truth.json'), 'utf8')) as { documents: Truth[] }
// The pages the PDF's 目录 prints, in the documents' order.
const PAGES = [1, 3, 5, 5, 7, 7, 7, 9, 10, 11, 12, 12]
const sameNumber = (a: string | null, b: string | null): boolean => (a ?? '').replace(/[（(]/g, '〔').replace(/[）)]/g, '〕') === (b ?? '').replace(/[（(]/g, '〔').replace(/[）)]/g, '〕')

function expectTruth(entries: ReturnType<typeof parseToc>['entries']): void {
  expect(entries.length).toBe(truth.documents.length)
  truth.documents.forEach((t, k) => {
    const e = entries[k]
    expect(e.title.endsWith(t.title), `${e.title} / ${t.title}`).toBe(true)
    expect(sameNumber(e.docNumber, t.docNumber), `${e.docNumber} / ${t.docNumber}`).toBe(true)
    expect(e.category, t.title).toBe(t.category)
    expect(e.page, t.title).toBe(PAGES[k])
  })
}

describe('county-web-mixed.txt: a two-column 目录 read out of order', () => {
  it('reads every entry: title, 文号, page and 栏目, in the documents\' order', () => {
    const toc = parseToc(splitLines(text))
    expectTruth(toc.entries)
    expect(toc.sections).toEqual(['国务院文件', '县政府文件', '部门联合发文', '县政府办公室文件', '人事任免'])
  })

  it('reads the same entries from the columns set side by side (pdftotext -layout, as written)', () => {
    const layout = readFileSync(join(DIR, 'county-web-mixed.layout.txt'), 'utf8')
    expectTruth(parseToc(splitLines(layout)).entries)
  })

  it('reads the -layout text\'s 目录 as the importer rewrites it: its heading above both columns, the columns in bands', () => {
    const rewritten = parserText(readFileSync(join(DIR, 'county-web-mixed.layout.txt'), 'utf8')).split('\n')
    const heading = rewritten.findIndex((l) => l.trim() === '目 录')
    expect(heading).toBeGreaterThan(0)
    expect(heading).toBeLessThan(rewritten.findIndex((l) => l.trim() === '一、国务院文件'))
    // Read in bands (left, right, left, right), its pages go back: put together again.
    expectTruth(parseToc(splitLines(rewritten.join('\n'))).entries)
  })

  it('finds every document, each under its 栏目', () => {
    const issue = parseIssue(text)
    for (const t of truth.documents) {
      const d = issue.documents.find((x) => x.title === t.title)
      expect(d, t.title).toBeDefined()
      expect(d?.category, t.title).toBe(t.category)
    }
  })

  it('reads nothing when a page is missing: no entry is given a page it may not have', () => {
    const lines = text.split('\n')
    const start = lines.findIndex((l) => l.trim() === '目 录')
    const page = lines.findIndex((l, i) => i > start && l.trim() === '9')
    const toc = parseToc(splitLines([...lines.slice(0, page), ...lines.slice(page + 1)].join('\n')))
    expect(toc.entries).toEqual([])
  })
})

describe('prov-3col-dots: a two-column 目录 of dotted leaders read across', () => {
  const DOTS = join(process.cwd(), 'tests', 'fixtures', 'typeset', 'tuning', 'prov-3col-dots')
  const dots = JSON.parse(readFileSync(join(DOTS, 'prov-3col-dots.truth.json'), 'utf8')) as { documents: Truth[] }

  // A 文号 broken over three lines ('（国函' / '〔2006〕' / '132 号）'), the other column's heading
  // glued onto its year's line ('〔2006〕【国务院办公厅函件】').
  for (const ext of ['txt', 'layout.txt']) {
    it(`reads every entry with its 文号 and 栏目 (${ext})`, () => {
      const entries = parseToc(splitLines(parserText(readFileSync(join(DOTS, `prov-3col-dots.${ext}`), 'utf8')))).entries
      expect(entries.length).toBe(dots.documents.length)
      dots.documents.forEach((t, k) => {
        expect(entries[k].title.endsWith(t.title), `${entries[k].title} / ${t.title}`).toBe(true)
        expect(entries[k].docNumber).toBe(t.docNumber)
        expect(entries[k].category, t.title).toBe(t.category)
      })
      expect(entries.map((e) => e.page)).toEqual([...entries.map((e) => e.page)].sort((a, b) => (a ?? 0) - (b ?? 0)))
    })
  }
})

describe('a 目录 that starts its pages again in each 栏目', () => {
  it('keeps the pages read line by line: they go back, but not because the columns were read across', () => {
    const entry = (issuer: string, what: string, no: string, page: number): string[] => [`${issuer}关于${what}的通知（${no}）……${page}`]
    const body = (issuer: string, what: string, no: string): string[] => [`${issuer}关于${what}的通知`, no, '各乡（镇）人民政府：', `现将${what}有关事项通知如下。`, issuer, '2022年5月6日', '']
    const docs: [string, string, string, number][] = [
      ['兴县人民政府', '加强春季农业生产', '兴政发〔2022〕1号', 1],
      ['兴县人民政府', '做好防汛抗旱准备', '兴政发〔2022〕2号', 2],
      ['兴县人民政府办公室', '开展安全生产检查', '兴政办发〔2022〕3号', 1],
      ['兴县人民政府办公室', '规范公文处理程序', '兴政办发〔2022〕4号', 2],
    ]
    const text = [
      '兴县人民政府公报', '2022年第7期（总第9期）', '', '目 录', '一、县政府文件', ...docs.slice(0, 2).flatMap((d) => entry(...d)),
      '二、县政府办公室文件', ...docs.slice(2).flatMap((d) => entry(...d)),
      '\f一、县政府文件', ...docs.slice(0, 2).flatMap(([i, w, n]) => body(i, w, n)), '二、县政府办公室文件', ...docs.slice(2).flatMap(([i, w, n]) => body(i, w, n)),
    ].join('\n')
    const toc = parseToc(splitLines(text))
    expect(toc.entries.map((e) => e.page)).toEqual([1, 2, 1, 2])
    expect(toc.entries.map((e) => e.category)).toEqual(['县政府文件', '县政府文件', '县政府办公室文件', '县政府办公室文件'])
  })
})

describe('prov-xe-3col-answers.txt: a two-column 目录 of `第3页` labels read across', () => {
  const ANS = join(process.cwd(), 'tests', 'fixtures', 'typeset', 'tuning', 'prov-xe-3col-answers')
  const ans = JSON.parse(readFileSync(join(ANS, 'prov-xe-3col-answers.truth.json'), 'utf8')) as { documents: Truth[] }
  const txt = parserText(readFileSync(join(ANS, 'prov-xe-3col-answers.txt'), 'utf8'))
  // The pages the PDF's 目录 prints, in the documents' order (43 and 31 share page 11).
  const pages = [1, 2, 3, 5, 6, 8, 9, 10, 10, 11, 11, 11]
  const expectAll = (entries: ReturnType<typeof parseToc>['entries']): void => {
    expect(entries.length).toBe(ans.documents.length)
    for (const t of ans.documents) {
      const e = entries.find((x) => x.title.endsWith(t.title))
      expect(e, t.title).toBeDefined()
      expect(e?.docNumber ?? null, t.title).toBe(t.docNumber)
      expect(e?.category, t.title).toBe(t.category)
    }
    expect(entries.map((e) => e.page)).toEqual(pages)
  }

  // An entry's page alone on its line ('第 8页', its last line full) and a 文号 broken over three
  // lines ('（国办发' / '〔2018〕' / '114' / '号）…第 5页': the serial alone is no page).
  it('reads every entry: title, 文号, page and 栏目', () => expectAll(parseToc(splitLines(txt)).entries))

  it('reads them so in the importer, where a label alone is also the page\'s folio shape', () => expectAll(parseIssue(txt).toc))

  it('reads nothing when the label alone is taken away: a page would be missing', () => {
    const lines = txt.split('\n')
    const alone = lines.findIndex((l) => l.trim() === '第 8页')
    expect(alone).toBeGreaterThan(0)
    expect(parseToc(splitLines([...lines.slice(0, alone), ...lines.slice(alone + 1)].join('\n'))).entries).toEqual([])
  })
})

describe('prov-xe-3col-answers-b: the left 目录 column runs over mid-entry, a heading glued to a page label', () => {
  const B = join(process.cwd(), 'tests', 'fixtures', 'typeset', 'tuning', 'prov-xe-3col-answers-b')
  const b = JSON.parse(readFileSync(join(B, 'prov-xe-3col-answers-b.truth.json'), 'utf8')) as { documents: Truth[] }
  const read = (ext: string): string => parserText(readFileSync(join(B, `prov-xe-3col-answers-b.${ext}`), 'utf8'))
  const expectAll = (entries: ReturnType<typeof parseToc>['entries']): void => {
    expect(entries.length).toBe(b.documents.length)
    for (const t of b.documents) {
      const e = entries.find((x) => x.title.endsWith(t.title))
      expect(e, t.title).toBeDefined()
      expect(e?.docNumber ?? null, t.title).toBe(t.docNumber)
      expect(e?.category, t.title).toBe(t.category)
    }
    expect(entries[0].page).toBe(1)
  }

  // '…（国发〔2018〕42 号）第 【建议提案答复】' / '1页': the right column's heading on the left
  // entry's page label, the label's page on the next line.
  for (const ext of ['txt', 'layout.txt']) it(`reads every entry with its 文号, page and 栏目 (${ext})`, () => expectAll(parseToc(splitLines(read(ext))).entries))

  it('puts the document above the 栏目 banner under the 栏目 before, though the page\'s head names the new one', () => {
    // Page 5's head (LaTeX's mark: the 栏目 the page ends in) says 国务院办公厅文件 over 40's title;
    // 40 closes (its date) before the banner 【国务院办公厅文件】 on that page.
    const entries = parseToc(splitLines(read('txt'))).entries
    expect(entries.find((e) => e.title.endsWith('关于棉粮、糖粮挂钩奖售粮几个问题的通知'))?.category).toBe('国务院文件')
  })

  it('reads nothing from a label cut off its page: no entry is given a page it may not have', () => {
    const lines = read('txt').split('\n')
    const cut = lines.findIndex((l) => l.trim() === '1页')
    expect(cut).toBeGreaterThan(0)
    const entries = parseToc(splitLines([...lines.slice(0, cut), ...lines.slice(cut + 1)].join('\n'))).entries
    expect(entries.every((e) => e.category !== '建议提案答复' || !e.title.includes('【'))).toBe(true)
    expect(entries.some((e) => e.page === 1)).toBe(false)
  })
})

describe('prov-xe-3col-mast.txt: a two-column 目录 whose body sets three columns a page', () => {
  const MAST = join(process.cwd(), 'tests', 'fixtures', 'typeset', 'tuning', 'prov-xe-3col-mast')
  const mast = JSON.parse(readFileSync(join(MAST, 'prov-xe-3col-mast.truth.json'), 'utf8')) as { documents: Truth[] }
  const txt = importedText(readFileSync(join(MAST, 'prov-xe-3col-mast.txt'), 'utf8'))

  // '…第 7240 号建议' / '的答复 . . . 10' / '（国办函〔2006〕71 号）': the body's three columns, read
  // line by line, print neither '的答复' nor '…科技节水建议的复函' by its 文号, and the 文号 nearest each
  // title there is the other's. The 文号 on the very line under the title's page line is its own.
  it('gives each entry the 文号 set under its title', () => {
    const entries = parseToc(splitLines(txt)).entries
    expect(entries.length).toBe(mast.documents.length)
    for (const t of mast.documents) {
      const e = entries.find((x) => x.title.endsWith(t.title))
      expect(e?.docNumber ?? null, t.title).toBe(t.docNumber)
    }
  })
})

// The Word two-column sweep's PDFs (s28, scripts/typeset/sweep_docx.py: python-docx → LibreOffice),
// read as the importer reads them:
// - city-docx-sw-tables page 15: a document's last lines in the issue's two columns (its signature,
//   date and 附注 beside them, right), the 栏目 banner 五、人事任免 across, then a 任免 in two columns
//   (its title and prose left, its members' names and posts right). No gutter shows across the
//   whole page, and the lower stretch's name list leaves too few lines ending at the gutter to find
//   it there alone: each stretch sits in the issue's shared gutter.
// - county-docx-sw-c0 page 9: a Word section's balanced columns over the next document's 文号 and
//   title at the left column's foot, the title going on at the right column's foot; the left
//   column's last sentence, cut at the 文号, goes on at the right column's top.
// - county-docx-sw-cflow page 11 (no column breaks, no balanced columns): a document's numbered
//   heading at the left column's foot (五、政策保障) over the next document's 文号 and title, its
//   text at the right column's top ending a line above that 文号 (Word's paragraph spacing), the
//   next document's text going on under it.
// - city-docx-sw-unequal page 13 (columns 9.3 / 6.6 cm): a ruled table in the left column, narrower
//   than the column, going on at the right column's top: the blank band runs from the table's edge
//   to the right column's cells, and its middle cut the left column's full lines (their last words,
//   '年度跟', '）。', read into the right column before the next title).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readPdf } from '../../../src/main/importer/read/read-pdf'
import { readTypesetPdf, typesetFile } from '../../support/typeset-fixture'

const flat = (s: string): string => s.replace(/\s+/g, '')

describe('a 任免 under a banner beside its name list, over a document end in two columns (city-docx-sw-tables)', () => {
  it('reads both stretches of the page in the shared gutter: the 附注 with its date, the 任免 a document', async () => {
    const { pdf, issue } = await readTypesetPdf('city-docx-sw-tables')
    const page = pdf.lines.filter((l) => l.layout?.page === 15).map((l) => flat(l.text))
    expect(page).toContain('(此件公开发布)')
    // The title's lines, without the members' names and posts beside them.
    expect(page).toContain('兴县人民政府办公室关于调整兴县禁毒委员会成员单位及组')
    expect(page).toContain('成人员的通知')
    expect(issue.documents.find((d) => d.docNumber === '兴政办函〔2022〕5号')?.public).toBe(true)
    const appointed = issue.documents.find((d) => flat(d.title) === '关于调整兴县禁毒委员会成员单位及组成人员的通知')
    expect(appointed?.date).toBe('2022-06-09')
    expect(appointed?.category).toBe('人事任免')
  }, 60_000)
})

describe('a title at the feet of both columns under a Word section whose text runs on (county-docx-sw-c0)', () => {
  it('reads the upper band (the cut sentence going on at the right column’s top) before the 文号 and the title', async () => {
    const file = typesetFile('county-docx-sw-c0', 'pdf')
    const { lines } = await readPdf(new Uint8Array(readFileSync(file)), 'county-docx-sw-c0.pdf', new AbortController().signal)
    const page = lines.filter((l) => l.layout?.page === 9).map((l) => flat(l.text))
    const at = (start: string): number => page.findIndex((t) => t.startsWith(start))
    expect(at('（三）强化监督考核')).toBeGreaterThanOrEqual(0)
    expect(at('（三）强化监督考核')).toBeLessThan(at('兴人社发〔2022〕38号'))
    // The sentence cut at the left column's foot is whole again.
    expect(page.some((t) => t.includes('乡、村两级审核汇总后上报县清洁取暖办公室'))).toBe(true)
    const title = page.slice(at('兴人社发〔2022〕38号') + 1).join('')
    expect(title).toBe('兴县人力资源和社会保障局兴县发展和改革局兴县财政局兴县住房和城乡建设管理局兴县交通运输局关于印发兴县绿色低碳县城暨蔚汾河及沿岸风貌')
  }, 60_000)
})

describe('a numbered heading at the left column’s foot over the next document’s 文号 (county-docx-sw-cflow)', () => {
  it('reads the heading’s text at the right column’s top before the next document', async () => {
    const file = typesetFile('county-docx-sw-cflow', 'pdf')
    const { lines } = await readPdf(new Uint8Array(readFileSync(file)), 'county-docx-sw-cflow.pdf', new AbortController().signal)
    const page = lines.filter((l) => l.layout?.page === 11).map((l) => flat(l.text))
    const at = (start: string): number => page.findIndex((t) => t.startsWith(start))
    expect(at('五、政策保障')).toBeGreaterThanOrEqual(0)
    expect(at('五、政策保障')).toBeLessThan(at('根据县政府《关于打造城乡绿色低碳建设运营商'))
    expect(at('（三）县直各有关单位')).toBeLessThan(at('兴政办函〔2022〕4号'))
    expect(at('兴政办函〔2022〕4号')).toBeLessThan(at('1.组织研究和审议'))
  }, 60_000)
})

describe('a ruled table narrower than the left column, going on at the right column’s top (city-docx-sw-unequal)', () => {
  it('keeps the left column’s full lines whole and the next title clean', async () => {
    const { pdf, issue } = await readTypesetPdf('city-docx-sw-unequal')
    const page = pdf.lines.filter((l) => l.layout?.page === 13).map((l) => flat(l.text))
    expect(page.some((t) => t.includes('将下一年度跟班轮训人员推荐表'))).toBe(true)
    expect(page.some((t) => t.startsWith(')。') || t.startsWith('）。'))).toBe(false)
    expect(issue.documents.find((d) => d.docNumber === '兴政办函〔2022〕8号')?.title).toBe('关于认真做好住户调查大样本轮换工作的通知')
  }, 60_000)
})

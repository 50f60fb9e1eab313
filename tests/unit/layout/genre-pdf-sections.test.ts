// A Word section that starts mid-page under balanced columns, read from the PDF (county-docx-2col-b.pdf,
// python-docx → LibreOffice): page 5 balances the columns after 兴政函〔2022〕54号, and the next document,
// 兴政函〔2022〕61号, opens the lower band: its 文号 and the title's first lines at the foot of the left
// column, the title going on at the foot of the right one, level with them, under 54号's public marker.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readPdf } from '../../../src/main/importer/read/read-pdf'
import { readTypesetPdf, typesetFile } from '../../support/typeset-fixture'

describe('a Word section opening a band of columns at the foot of a PDF page', () => {
  it("reads the upper band's right column (54号's whole document) before the lower band's 文号 and title", async () => {
    const file = typesetFile('county-docx-2col-b', 'pdf')
    const { lines } = await readPdf(new Uint8Array(readFileSync(file)), 'county-docx-2col-b.pdf', new AbortController().signal)
    const page = lines.filter((l) => l.layout?.page === 5).map((l) => l.text.replace(/\s+/g, ''))
    const at = (start: string): number => page.findIndex((t) => t.startsWith(start))
    expect(at('五、请你单位会同有关部门')).toBeLessThan(at('兴政函〔2022〕54号'))
    expect(at('公开属性：主动公开')).toBeLessThan(at('兴政函〔2022〕61号'))
    // The title's lines follow one another, left column then right, and the 主送机关 comes after them.
    const title = page.slice(at('兴政函〔2022〕61号') + 1, at('省交通运输厅：')).join('')
    expect(title).toBe('兴县人民政府关于申请省道嵒大线魏家滩至蔡家崖段（薛家塔隧道）公路改建工程养护资金及维护费用的请示')
  }, 30_000)
})

// A document's end in the issue's two columns over a 栏目 banner and a section in three
// (prov-xe-toc2col.pdf page 16, XeLaTeX): its last lines left, its signature, date and 附注 right.
// Read in the page's three columns, those rows were taken for lines set across the page, and the
// 通知 lost its date and public marker.
describe('a two-column document end over a banner and a three-column section', () => {
  it('gives the 通知 above the banner its signature, date and 附注', async () => {
    const { issue } = await readTypesetPdf('prov-xe-toc2col')
    const doc = issue.documents.find((d) => d.docNumber === '国办函〔2018〕74号')
    expect(doc?.date).toBe('2018-11-05')
    expect(doc?.public).toBe(true)
    const next = issue.documents.find((d) => d.docNumber === '国办函〔2006〕82号')
    expect(next?.date).toBe('2006-10-18')
  }, 60_000)
})

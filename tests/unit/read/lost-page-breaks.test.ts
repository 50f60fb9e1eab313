// Text that lost its form feeds (`pdftotext -nopgbrk`, an editor that drops them). Real text:
// typeset two-column issues' pdftotext output with every form feed taken out, read through the
// importer's entry as a .txt file. Before the pages were put back from their folios and running
// heads, prov2-a4's -layout text kept 40 of 102 fields and 76 of 403 paragraphs, its plain text
// 204 paragraphs; city-docx-sw-s0's plain text lost 7 fields; county-2col-kai's -layout text, its
// folios inside its running heads, kept 41 of 54 fields and 6 of 452 paragraphs.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { readSource } from '../../../src/main/importer/read/read-source'
import { restorePageBreaks } from '../../../src/main/importer/layout/text-page-breaks'
import { typesetFile } from '../../support/typeset-files'

async function readAsText(text: string) {
  const source = await readSource(new Uint8Array(Buffer.from(text, 'utf8')), '公报.txt')
  return parseIssue({ text: source.text, lines: source.lines })
}

const fields = (issue: Awaited<ReturnType<typeof readAsText>>) =>
  issue.documents.map((d) => [d.docNumber, d.title, d.category, d.date, d.issuers.join('、')])

/** The first non-blank line of each page after the first, by line number. */
function pageStarts(text: string): number[] {
  const lines = text.split('\n')
  const starts: number[] = []
  lines.forEach((line, i) => {
    if (!line.startsWith('\f')) return
    let k = i
    while (k < lines.length && lines[k].replace('\f', '').trim() === '') k++
    if (k < lines.length) starts.push(k)
  })
  return starts
}

describe('text without its form feeds', () => {
  it.each([
    ['prov2-a4', 'layout.txt'],
    ['city-docx-sw-s0', 'txt'],
    ['county-docx-sw-c0', 'layout.txt'],
    // Its folio printed in the running head, at the page's top ('2022 年第 6 期 3', '4   兴县人民政府公报').
    ['county-2col-kai', 'layout.txt'],
  ] as const)('%s (%s): read with the documents and fields of the paged text', async (name, ext) => {
    const paged = readFileSync(typesetFile(name, ext), 'utf8')
    const want = fields(await readAsText(paged))
    expect(want.length).toBeGreaterThanOrEqual(9)
    expect(fields(await readAsText(paged.replaceAll('\f', '')))).toEqual(want)
  })

  it.each(['prov2-a4', 'county-2col-kai'])('puts each -layout page break of %s back where pdftotext wrote it: at the folio, or after the 目录', (name) => {
    const paged = readFileSync(typesetFile(name, 'layout.txt'), 'utf8')
    const restored = restorePageBreaks(paged.replaceAll('\f', ''))
    const truth = pageStarts(paged)
    const got = pageStarts(restored)
    // The cover and the 目录 print no folio: the break between them is not put back.
    expect(got).toEqual(truth.slice(1))
  })

  it('leaves text alone that has form feeds, or no run of folios numbered in order', () => {
    const paged = readFileSync(typesetFile('prov2-a4', 'txt'), 'utf8')
    expect(restorePageBreaks(paged)).toBe(paged)
    // A table's column of numbers, one under the other, is no run of pages.
    const table = ['序号', '1', '2', '3', '4', '5', '合计'].join('\n')
    expect(restorePageBreaks(table)).toBe(table)
  })
})

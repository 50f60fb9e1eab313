// A Word 目录 set as a borderless two-column table (title, page) with the 栏目 as ■ rows, the
// 栏目 printed nowhere else, the body printing each 文号 above its title (county-docx-tabletoc2 in
// tests/fixtures/typeset/tuning). Word runs the 目录 straight into the body's first 文号; the PDF
// sets the page of a wrapped title a single space after its first line; pdftotext writes each
// cell as a paragraph of its own.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseToc } from '../../../src/main/importer/parse/toc'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { readSource } from '../../../src/main/importer/read/read-source'

const DIR = path.resolve(__dirname, '../../fixtures/typeset/tuning/county-docx-tabletoc2')
const file = (ext: string): string => path.join(DIR, `county-docx-tabletoc2.${ext}`)
const SECTIONS = ['国务院文件', '国务院办公厅文件', '县政府文件', '部门联合发文', '县政府办公室文件', '人事任免']
const PAGES = [1, 6, 8, 12, 14, 15, 15, 18, 20, 21]

async function tocOf(ext: string): Promise<ReturnType<typeof parseToc>> {
  const source = await readSource(new Uint8Array(readFileSync(file(ext))), file(ext))
  return parseToc(source.lines)
}

describe('a Word table 目录 with the 栏目 only in it (county-docx-tabletoc2)', () => {
  for (const ext of ['pdf', 'txt', 'docx']) {
    it(`reads every entry whole, under its 栏目, with its page (${ext})`, async () => {
      const toc = await tocOf(ext)
      expect(toc.sections).toEqual(SECTIONS)
      expect(toc.entries.map((e) => e.page)).toEqual(PAGES)
      expect(toc.entries[3].title.replace(/\s/g, '')).toBe('兴县人民政府关于印发兴县绿色低碳县城暨蔚汾河及沿岸风貌提升项目实施方案的通知')
      expect(toc.entries[4].title.replace(/\s/g, '')).toMatch(/的请示的批复$/)
      // The body's first 文号 (国发〔2018〕42号) stands over its title: no 目录 entry takes it.
      expect(toc.entries.every((e) => e.docNumber === null)).toBe(true)
    })
  }

  it('gives the first document its 文号 and the 任免 none (docx)', async () => {
    const source = await readSource(new Uint8Array(readFileSync(file('docx'))), file('docx'))
    const docs = parseIssue(source.text).documents
    expect(docs[0].docNumber).toBe('国发〔2018〕42号')
    expect(docs[docs.length - 1].docNumber).toBeNull()
    expect(docs.map((d) => d.category)).toEqual(['国务院文件', '国务院办公厅文件', '国务院办公厅文件', '县政府文件', '县政府文件', '县政府文件', '部门联合发文', '县政府办公室文件', '县政府办公室文件', '人事任免'])
  })
})

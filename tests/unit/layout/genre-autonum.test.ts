// A Word-made county issue set by LibreOffice in two columns (tuning layout county-lo-autonum,
// written before the importer first read it): headings numbered by Word's list numbering, a
// 栏目's end cutting the columns where a paragraph happens to end, a 目录 line whose leaders Word
// squeezed to one dot, a 栏目 opening at a page's foot beside a table, and a task table in a
// column whose rows wrap over many lines and break over pages.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { readPdf } from '../../../src/main/importer/read/read-pdf'
import { readSource } from '../../../src/main/importer/read/read-source'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import type { ParsedIssue } from '../../../src/shared/domain'
import { REPO_ROOT } from '../../support/sample'

const DIR = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', 'county-lo-autonum')
const byNumber = (issue: ParsedIssue, n: string) => issue.documents.find((d) => d.docNumber === n)

describe('county-lo-autonum as PDF', () => {
  let issue: ParsedIssue
  beforeAll(async () => {
    const pdf = await readPdf(new Uint8Array(readFileSync(join(DIR, 'county-lo-autonum.pdf'))), 'a.pdf', new AbortController().signal)
    issue = parseIssue({ text: pdf.text, lines: pdf.lines })
  }, 60_000)

  it('closes the document above a staircase before the next 栏目 opens under it', () => {
    expect(byNumber(issue, '兴政函〔2022〕61号')).toMatchObject({ date: '2022-06-15', public: true })
    expect(byNumber(issue, '兴人社发〔2022〕15号')?.issuers).toEqual(['兴县人力资源和社会保障局', '兴县发展和改革局', '兴县财政局'])
  })

  it('finds the 目录 entry whose leaders were squeezed to one dot, and the title opened beside a table', () => {
    expect(byNumber(issue, '兴政函〔2022〕51号')?.category).toBe('县政府文件')
    expect(byNumber(issue, '兴政办发〔2022〕12号')?.title).toBe('关于印发兴县依法关闭自备水井专项整治行动实施方案的通知')
  })

  it('keeps the task table set in a column as rows, a row broken over the page joined', () => {
    const rows = byNumber(issue, '兴人社发〔2022〕20号')!.blocks.filter((b) => b.kind === 'tableRow').map((b) => b.text.split('\t'))
    expect(rows.map((r) => r[0])).toEqual(['序号', '1', '2', '3', '4', '5', '6', '7', '8'])
    expect(rows[2][2]).toMatch(/一律不予立项和开工建设。$/)
    expect(rows[1][2]).toContain('坚决遏制“两高”项目盲目发展')
  })
})

describe('county-lo-autonum as Word', () => {
  it('reads the headings Word numbers by its lists with their labels', async () => {
    const src = await readSource(new Uint8Array(readFileSync(join(DIR, 'county-lo-autonum.docx'))), 'a.docx', {})
    const lines = src.text.split('\n')
    expect(lines).toContain('一、总体要求')
    expect(lines).toContain('三、保障措施')
  }, 60_000)
})

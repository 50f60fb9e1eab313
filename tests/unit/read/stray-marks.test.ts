// Quotation marks written on a line of their own: a Word PDF draws “ ” in runs of their own, and
// `pdftotext -raw` writes text in drawing order. Real text: the typeset Word issue
// county-docx-2col-j, read with -raw through the importer's entry as a .txt file. Before the marks
// went back into their gaps, the line '“ ”' was read as the 目录's section after 县政府办公室文件:
// three documents filed under '“”' and a title without its quotes, none flagged (4 silent fields).
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { readSource } from '../../../src/main/importer/read/read-source'
import { restoreStrayMarks } from '../../../src/main/importer/layout/text-stray-marks'
import { typesetFile } from '../../support/typeset-files'

async function readAsText(text: string) {
  const source = await readSource(new Uint8Array(Buffer.from(text, 'utf8')), '公报.txt')
  return parseIssue({ text: source.text, lines: source.lines })
}

const rawText = (name: string): string =>
  execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', typesetFile(name, 'pdf'), '-'], { encoding: 'utf8' })

describe('quotation marks written apart from their line', () => {
  it('a Word issue as pdftotext -raw writes it: categories and titles as in its default text', async () => {
    const fields = (issue: Awaited<ReturnType<typeof readAsText>>) => issue.documents.map((d) => [d.title, d.category])
    const want = fields(await readAsText(execFileSync('pdftotext', ['-enc', 'UTF-8', typesetFile('county-docx-2col-j', 'pdf'), '-'], { encoding: 'utf8' })))
    expect(want.map(([title]) => title)).toContain('关于印发兴县农村“厕所革命”实施方案的通知')
    expect(fields(await readAsText(rawText('county-docx-2col-j')))).toEqual(want)
  })

  it('puts each mark into the gap it left, in order, only where the gaps and marks agree', () => {
    const lines = ['“ ”', '关于印发兴县农村 厕所革命 实施方案的通知', '“ ”', '“', '发展 三大球 运动', '‘’', '兴县财政局 兴县教育局']
    expect(restoreStrayMarks(lines.join('\n')).split('\n')).toEqual([
      '关于印发兴县农村“厕所革命”实施方案的通知',
      // The next line is no line of text with two gaps; one mark for two gaps; two marks for one gap.
      '“ ”',
      '“',
      '发展 三大球 运动',
      '‘’',
      '兴县财政局 兴县教育局',
    ])
  })

  it('leaves text alone that holds few lines of marks alone', () => {
    const text = ['“', '十三五 时期', '正文'].join('\n')
    expect(restoreStrayMarks(text)).toBe(text)
  })
})

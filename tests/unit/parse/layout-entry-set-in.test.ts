// pdftotext -layout keeps a paragraph's first-line indent. A name list whose entries are set in
// like paragraphs ('      钱毅平　　中央军委后勤保障部副部长') ends on a line nearly as wide as
// the column; the paragraph under it is set in as far ('      领导小组办公室设在生态环境部，办公室主')
// over its wrapped rest back at the column's edge ('    任由生态环境部副部长赵英民兼任。…').
// An entry's wrapped rest stands at the edge, not an indent in from the line under it: that
// line opens the paragraph (tuning prov2-a0, 国务院办公厅关于调整…领导小组组成人员的通知).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { markLines, type Line } from '../../../src/main/importer/parse/line-marks'
import { foldIdeographs } from '../../../src/main/importer/read/fold-glyphs'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { readJoinedColumns } from '../../../src/main/importer/layout/text-joined-columns'

const layoutText = (name: string): string =>
  readJoinedColumns(readLayoutColumns(foldIdeographs(readFileSync(join(__dirname, '../../fixtures/typeset/tuning', name, `${name}.layout.txt`), 'utf8'))))

const line = (text: string, lead: number, gap = 0): Line => ({ no: 0, text, kind: 'paragraph', gap, bulleted: false, edge: 'full', lead, pieces: [] })

describe('a paragraph set in under a name list’s last entry in -layout text', () => {
  it('marks a line an indent in from the line right under it, not one at the edge or over a blank', () => {
    const lines = [
      line('钱毅平　　中央军委后勤保障部副部长', 6),
      line('领导小组办公室设在生态环境部，办公室主', 6),
      line('任由生态环境部副部长赵英民兼任。领导小组', 4),
      line('成员因工作变动等需要调整的，由所在单位向', 4),
      line('领导小组办公室提出，报领导小组组长审批。', 4),
      line('国务院办公厅', 20, 1),
    ]
    markLines(lines)
    expect(lines.map((l) => l.setIn ?? false)).toEqual([false, true, false, false, false, false])
  })

  it('reads the entry and the paragraph apart in prov2-a0.layout.txt', () => {
    const doc = parseIssue(layoutText('prov2-a0')).documents.find((d) => d.blocks.some((b) => b.text.includes('钱毅平')))!
    const blocks = doc.blocks.map((b) => b.text.replace(/\s+/g, ''))
    expect(blocks).toContain('钱毅平中央军委后勤保障部副部长')
    expect(blocks.some((b) => b.startsWith('领导小组办公室设在生态环境部，办公室主任由'))).toBe(true)
  })
})

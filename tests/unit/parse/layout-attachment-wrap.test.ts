// pdftotext -layout keeps a paragraph's first-line indent: an attachment list set in under the
// last paragraph ('   附件：1. 国土资源部关于湖北省巴东县官') whose name wraps back to the
// column's edge ('渡口镇马鬃山村地质险情调研情况的报告', tuning prov2-a0, 国办函〔2004〕80号).
// The rest stops an indent short, as a paragraph's first line does, but it stands at the edge
// where a first line would be set in: it is the name's rest, and the list item is one paragraph.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { continuesHeadLine } from '../../../src/main/importer/parse/text-breaks'
import { BlockText } from '../../../src/main/importer/parse/block-text'
import { foldIdeographs } from '../../../src/main/importer/read/fold-glyphs'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { readJoinedColumns } from '../../../src/main/importer/layout/text-joined-columns'

const layoutText = (name: string): string =>
  readJoinedColumns(readLayoutColumns(foldIdeographs(readFileSync(join(__dirname, '../../fixtures/typeset/tuning', name, `${name}.layout.txt`), 'utf8'))))

const NOTE = '附件：1. 国土资源部关于湖北省巴东县官'
const note = (lead: number): Parameters<typeof continuesHeadLine>[0] => ({
  block: { kind: 'attachmentNote', lines: [1] },
  text: new BlockText(NOTE),
  last: { text: NOTE, edge: 'indented', lead },
})
const rest = (lead: number): Parameters<typeof continuesHeadLine>[1] => ({ text: '渡口镇马鬃山村地质险情调研情况的报告', kind: 'paragraph', gap: 0, edge: 'indented', lead })

describe('an attachment’s name wrapped back to the column’s edge in -layout text', () => {
  it('goes on with the note set in over it; a line set in as far may open a paragraph', () => {
    expect(continuesHeadLine(note(3), rest(0))).toBe(true)
    expect(continuesHeadLine(note(3), rest(3))).toBe(false)
    // Plain text keeps no indents: the rest's words tell it (text-attachment-hang.test.ts).
    expect(continuesHeadLine(note(0), rest(0))).toBe(true)
  })

  it('reads the reply’s first attachment as one item in prov2-a0.layout.txt', () => {
    const doc = parseIssue(layoutText('prov2-a0')).documents.find((d) => d.blocks.some((b) => b.text.includes('附件：1.')))!
    const blocks = doc.blocks.map((b) => b.text.replace(/\s+/g, ''))
    expect(blocks).toContain('附件：1.国土资源部关于湖北省巴东县官渡口镇马鬃山村地质险情调研情况的报告')
    expect(blocks).toContain('2.湖北省巴东县官渡口镇马鬃山村地质险情调查专家组意见')
  })
})

// Plain pdftotext text keeps no indents: an attachment's name hung under itself past '附件：1. '
// ('附件：1. 国土资源部关于湖北省巴东县官' / '渡口镇马鬃山村地质险情调研情况的报告', tuning
// prov2-a0.txt lines 2412–2414, 国办函〔2004〕80号) stops the hang short of the measure and reads
// as an indent-wide line. Its words tell it: no item's number, no clause mark, no sentence's end,
// under the list's only line. The excerpts are real lines of the tuning file.
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { continuesHeadLine } from '../../../src/main/importer/parse/text-breaks'
import { BlockText } from '../../../src/main/importer/parse/block-text'
import { typesetText as text, flat } from '../../support/typeset-files'

const NOTE = '附件：1. 国土资源部关于湖北省巴东县官'
const note = (lines = [1]): Parameters<typeof continuesHeadLine>[0] => ({
  block: { kind: 'attachmentNote', lines },
  text: new BlockText(NOTE),
  last: { text: NOTE, edge: 'full', lead: 0 },
})
const next = (t: string): Parameters<typeof continuesHeadLine>[1] => ({ text: t, kind: 'paragraph', gap: 0, edge: 'indented', lead: 0 })

describe('an attachment’s name hung under itself in plain text', () => {
  it('goes on with the list’s line over it', () => {
    expect(continuesHeadLine(note(), next('渡口镇马鬃山村地质险情调研情况的报告'))).toBe(true)
  })

  it('is not the next attachment, a sentence, or a line under a list of more lines', () => {
    expect(continuesHeadLine(note(), next('2. 湖北省巴东县官渡口镇马鬃山村地质险'))).toBe(false)
    expect(continuesHeadLine(note(), next('经双方协商并按程序报经国务院批准，可提'))).toBe(false)
    expect(continuesHeadLine(note(), next('请认真贯彻执行。'))).toBe(false)
    expect(continuesHeadLine(note([1, 2]), next('渡口镇马鬃山村地质险情调研情况的报告'))).toBe(false)
  })

  it('reads the reply’s first attachment as one item in prov2-a0.txt', () => {
    const doc = parseIssue(text('prov2-a0')).documents.find((d) => d.blocks.some((b) => b.text.includes('附件：1.')))!
    const blocks = doc.blocks.map((b) => flat(b.text))
    expect(blocks).toContain('附件:1.国土资源部关于湖北省巴东县官渡口镇马鬃山村地质险情调研情况的报告')
  })
})

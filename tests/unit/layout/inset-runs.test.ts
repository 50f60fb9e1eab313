// A glyph from a fallback font set inside another run's blank (LibreOffice: curly quotes beside
// CJK text) is put back where it stands, not after the whole run (county-lo-autonum's table cells).
import { describe, expect, it } from 'vitest'
import { groupLines, joinRuns, type TextRun } from '../../../src/main/importer/layout/pdf-lines'

const run = (str: string, x: number, width: number, y = 500): TextRun => ({ str, x, y, width, size: 11 })

describe('runs inside another run', () => {
  it('cuts the host run at the blank where a quote stands', () => {
    const line = groupLines([run('制 两', 170.2, 27.6), run('“', 181.2, 5.6)])[0]
    expect(joinRuns(line.runs)).toBe('制“两')
    const closing = groupLines([run('高 项目', 170.2, 38.6), run('”', 181.2, 5.6)])[0]
    expect(joinRuns(closing.runs)).toBe('高”项目')
  })

  it('leaves runs alone that only touch or follow each other, and Latin words with spaces', () => {
    expect(joinRuns(groupLines([run('兴县人民政府', 100, 66), run('关于', 166, 22)])[0].runs)).toBe('兴县人民政府关于')
    expect(joinRuns(groupLines([run('Word 2019 版', 100, 60)])[0].runs)).toBe('Word 2019 版')
  })
})

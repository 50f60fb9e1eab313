// Two documents closing side by side on a Word two-column page that pdftotext wrote line by line
// (county-docx-sw-cflow.txt, printed page 11): the left column's document signs, dates and marks
// its closing beside the right's, both signed '兴县人民政府办公室', and the next document's title
// and 主送机关 follow at the left column's foot, its body at the right column's top. The dates
// expected are the file's truth.
import { describe, expect, it } from 'vitest'
import { columnTurnCost, joinCost, type Unit } from '../../../src/main/importer/parse/text-joins'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText as text } from '../../support/typeset-files'

const unit = (t: string, blankBefore = false): Unit => ({ line: 0, text: t, blankBefore, mergedRight: false })
// No character pairs: only the lines' shapes speak. The page's columns are 21 hanzi wide.
const ctx = { full: 42, grams: { joinEnds: () => 0, joinCodes: () => 0 } } as unknown as Parameters<typeof joinCost>[0]

describe('a 主送机关 at the left column’s foot and the body’s first line at the right column’s top (county-docx-sw-cflow.txt page 13)', () => {
  const addressed = unit('各乡（镇）人民政府、县直各有关单位：')
  const first = unit('为加快我县小水网工程建设，进一步强化组', true)

  it('reads on across the columns, though no character pair across the join says so', () => {
    expect(columnTurnCost(ctx, addressed, first)).toBeLessThanOrEqual(-2)
  })

  it('is priced as any join down one column: the lines written between are another column’s either way', () => {
    expect(joinCost(ctx, addressed, first)).toBeGreaterThan(-2)
  })

  it('is no reading on from a finished sentence, nor into a wrapped line, a label or a closing', () => {
    expect(columnTurnCost(ctx, unit('查确认后向社会公布。'), first)).toBeGreaterThan(-2)
    expect(columnTurnCost(ctx, addressed, unit('织领导，县政府决定调整兴县小水网工程建设领'))).toBeGreaterThan(-2)
    expect(columnTurnCost(ctx, addressed, unit('一、乡（镇）人民政府（15 个）'))).toBeGreaterThan(-2)
    expect(columnTurnCost(ctx, addressed, unit('兴县人民政府办公室'))).toBeGreaterThan(-2)
  })
})

describe('two closings side by side, one signature in a block with the right column’s last line', () => {
  it('gives each document its own date', () => {
    const docs = parseIssue(text('county-docx-sw-cflow')).documents
    const date = (title: string): string | null | undefined => docs.find((d) => d.title.includes(title))?.date
    // Before: the 6号 got the 小水网 通知's 五月十六日, and the 通知 the 6号's 五月十一日.
    expect(date('更新行政执法主体')).toBe('2022-05-11')
    expect(date('小水网工程建设领导小组')).toBe('2022-05-16')
  })
})

// Three columns written row by row (text-pieces3.ts, text-streams3.ts): where a row's first cell
// is a document's closing at the top of the left column, and where a column the rows pass by is
// in step with them again. The excerpts are real lines of tuning files; the fields expected are
// their truth.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { blankFurniture } from '../../../src/main/importer/parse/text-pages'
import { pieceRuns } from '../../../src/main/importer/parse/text-pieces3'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'

const TUNING = path.resolve(__dirname, '../../fixtures/typeset/tuning')
const text = (name: string): string => readFileSync(path.join(TUNING, name, `${name}.txt`), 'utf8')

describe('a page part’s first short line', () => {
  it('is the first row’s left cell, not a heading over the columns, when a date follows in the row after it', () => {
    // prov-xe-3col-answers-b.txt, page 15: the running head '建议提案答复', then the left column's
    // top, '国务院办公厅' over '二〇〇五年七月十四日' (69号's closing), each row's middle and right
    // lines between. Taken for a heading, it left the middle column's line first in the run, read
    // as the left one: the page was read a column off and 69号 took 21号's date.
    const page = blankFurniture(splitLines(text('prov-xe-3col-answers-b')), 0)
    const from = page.findIndex((l, i) => l.text.trim() === '建议提案答复' && page.slice(i + 1, i + 5).some((m) => m.text.trim() === '国务院办公厅'))
    expect(from).toBeGreaterThan(0)
    const [run] = pieceRuns(page, from, from + 40, 28)
    // The running head over them, with no date in its row, is still over the columns.
    expect(run.slice(0, 4).map((u) => u.text)).toEqual(['国务院办公厅', '工艺要求高，运行成本较高；二', '洁生产促进法》的有关规定，要', '二〇〇五年七月十四日'])
  })

  it('gives each reply on that page its own date', () => {
    const docs = parseIssue(text('prov-xe-3col-answers-b')).documents
    const date = (no: string): string | null | undefined => docs.find((d) => d.docNumber === no)?.date
    expect(date('国办函〔2005〕69号')).toBe('2005-07-14')
    expect(date('国办函〔2005〕21号')).toBe('2005-03-03')
  })
})

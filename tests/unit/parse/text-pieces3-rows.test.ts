// A page pdftotext wrote row by row with no blank line anywhere (web3-sw-noto9.txt, its last page:
// the right column's name list beside two columns of prose, a line of each column in turn): each
// line is a piece on its row, as a line alone between blank lines is elsewhere
// (text-pieces3.ts writtenWithoutBlocks), so that the three-stream reading follows the rows. A page
// written in blocks (web3-sw-control.txt, page 11) keeps its blocks.
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { blankFurniture, pageStarts } from '../../../src/main/importer/parse/text-pages'
import { pieceRuns } from '../../../src/main/importer/parse/text-pieces3'
import { readJoinedColumns } from '../../../src/main/importer/layout/text-joined-columns'
import { typesetText as text } from '../../support/typeset-files'

/** The text as the parser gets it (the reader's joined rows read first), its furniture blanked, and its pages' starts. */
function pages(name: string): { lines: ReturnType<typeof splitLines>; starts: number[] } {
  const lines = blankFurniture(splitLines(readJoinedColumns(text(name))), 0)
  return { lines, starts: pageStarts(lines) }
}

describe('a page written row by row without blank lines (web3-sw-noto9.txt, last page)', () => {
  const { lines, starts } = pages('web3-sw-noto9')
  const at = lines.findIndex((l) => l.text.trim() === '7. 审定其他需领导小组研究确定的')
  const page = starts.filter((s) => s <= at).length - 1
  const runs = pieceRuns(lines, starts[page], starts[page + 1] ?? lines.length, 36)

  it('stands each line on its own row', () => {
    const run = runs.find((r) => r.some((u) => u.text === '7. 审定其他需领导小组研究确定的'))
    expect(run?.length).toBeGreaterThan(40)
    expect(run?.every((u) => u.blankBefore || u.mergedRight)).toBe(true)
  })
})

describe('a page written in blocks (web3-sw-control.txt, page 11)', () => {
  const { lines, starts } = pages('web3-sw-control')
  const runs = pieceRuns(lines, starts[10], starts[11], 34)

  it('keeps the lines written together as one block', () => {
    const units = runs.flat()
    expect(units.length).toBeGreaterThan(40)
    expect(units.filter((u) => !u.blankBefore && !u.mergedRight).length).toBeGreaterThan(30)
  })
})

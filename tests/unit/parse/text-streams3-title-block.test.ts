// A document whose title opens a column, in a three-column run (text-streams3.ts titleBlock):
// county-web-3col-tail.txt page 3, lines 83-327 (the tuning file's own page, read as the importer
// reads it: its running head blanked). The left column opens 国发〔2018〕42号's title in a larger
// type ('国务院关于加快推进农业机' / '械化和农机装备产业转型升' / '级的指导意见'); pdftotext writes
// it as a block after the first rows of the middle and right columns ('现代化提供有力支撑。',
// '准农业机械化需求，加快推进农机装备'). Every column's joins read the same in any order of the
// three, so only the rows tell which is left: read with the title's column waiting as a column
// under a 文号 does, the title's column is the left one. Without it the three came out rotated
// (middle, right, left), and the document's body before its title.
import { describe, expect, it } from 'vitest'
import { isBlank, splitLines } from '../../../src/main/importer/parse/lines'
import { blankFurniture, pageStarts } from '../../../src/main/importer/parse/text-pages'
import { countBigrams } from '../../../src/main/importer/parse/text-bigrams'
import { pieceRuns } from '../../../src/main/importer/parse/text-pieces3'
import { threeStreams } from '../../../src/main/importer/parse/text-streams3'
import { typesetText as text } from '../../support/typeset-files'

describe('a title written as a block of its own at a column’s top', () => {
  it('lets its column wait for it: the title’s column is read first, the others after it', () => {
    const lines = blankFurniture(splitLines(text('county-web-3col-tail')), 0)
    const starts = pageStarts(lines)
    const grams = countBigrams(lines.filter((l) => !isBlank(l.text)).map((l) => l.text))
    const run = pieceRuns(lines, starts[2], starts[3], 34).find((r) => r.some((u) => u.text.startsWith('国务院关于加快推进农业机')))
    expect(run).toBeDefined()
    const read = threeStreams(run!, { full: 34, grams })
    expect(read).not.toBeNull()
    const column = (t: string): number => read!.columns[run!.findIndex((u) => u.text.startsWith(t))]
    // The title and the document's address under it: the left column.
    expect(column('国务院关于加快推进农业机')).toBe(0)
    expect(column('各省、自治区、直辖市人民政府，国')).toBe(0)
    // The middle column reads on from the page before, the right one after it.
    expect(column('现代化提供有力支撑。')).toBe(1)
    expect(column('准农业机械化需求，加快推进农机装备')).toBe(2)
  })
})

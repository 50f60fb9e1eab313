// A justified line stretched at some of its gaps only ('时 间 为 2022年 5月 15日 至 2022年 6月 15',
// web3-sw-control.txt page 12, its digits unspaced, so not spread letter by letter) is cut at each
// space between two hanzi into four pieces: more than the page has columns, so it is one line of
// one column (text-pieces3.ts piecesOf). Read as four columns' lines, no three-column reading fit
// the page at all, and the whole page was read as two columns.
import { describe, expect, it } from 'vitest'
import { isBlank, splitLines } from '../../../src/main/importer/parse/lines'
import { blankFurniture, pageStarts } from '../../../src/main/importer/parse/text-pages'
import { pieceRuns, piecesOf } from '../../../src/main/importer/parse/text-pieces3'
import { threeStreams } from '../../../src/main/importer/parse/text-streams3'
import { countBigrams } from '../../../src/main/importer/parse/text-bigrams'
import { readJoinedColumns } from '../../../src/main/importer/layout/text-joined-columns'
import { typesetText as text } from '../../support/typeset-files'

const SPREAD = '时 间 为 2022年 5月 15日 至 2022年 6月 15'

describe('a line stretched at some of its gaps (web3-sw-control.txt, page 12)', () => {
  const lines = blankFurniture(splitLines(readJoinedColumns(text('web3-sw-control'))), 0)
  const starts = pageStarts(lines)
  const at = lines.findIndex((l) => l.text.trim() === SPREAD)
  const page = starts.filter((s) => s <= at).length - 1
  const runs = pieceRuns(lines, starts[page], starts[page + 1] ?? lines.length, 34)
  const run = runs.find((r) => r.some((u) => u.line === at))

  it('is one piece, not four', () => {
    expect(at).toBeGreaterThan(0)
    expect(piecesOf(SPREAD)).toEqual([SPREAD])
    // Two columns' lines on a text line are still cut at the gutter.
    expect(piecesOf('各乡镇要严格按时间节点完成自备水井 关闭工作。2022年6月15日前将调查摸')).toHaveLength(2)
    expect(run?.filter((u) => u.line === at).map((u) => u.text)).toEqual([SPREAD])
  })

  it('lets the page be read in three columns', () => {
    const grams = countBigrams(lines.filter((l) => !isBlank(l.text)).map((l) => l.text))
    expect(run?.length).toBeGreaterThan(100)
    expect(threeStreams(run!, { full: 34, grams })).not.toBeNull()
  })
})

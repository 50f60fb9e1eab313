// The three-stream table read again on a reordered run goes on from the table of the run as
// written, up to the first unit moved (text-streams3-late.ts): the same reading as the table
// worked out whole, at a part of its cost. Real lines of a tuning file (county-web-3col-tail).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { pieceRuns } from '../../../src/main/importer/parse/text-pieces3'
import { threeStreams } from '../../../src/main/importer/parse/text-streams3'
import { countBigrams } from '../../../src/main/importer/parse/text-bigrams'
import { blankFurniture } from '../../../src/main/importer/parse/text-pages'

const TUNING = path.resolve(__dirname, '../../fixtures/typeset/tuning')

describe('a three-column run read again with a unit moved up', () => {
  // county-web-3col-tail.txt lines 83-327: a page part of 126 units in three columns.
  const all = readFileSync(path.join(TUNING, 'county-web-3col-tail', 'county-web-3col-tail.txt'), 'utf8')
  const page = blankFurniture(splitLines(all), 0).slice(83, 328)
  const [run] = pieceRuns(page, 0, page.length, 34)
  const ctx = { full: 34, grams: countBigrams(all.split('\n')) }

  it('reads as the whole table does when its table goes on from the written run’s', () => {
    const whole = threeStreams(run, ctx)
    expect(whole?.steps).toHaveLength(run.length)
    const u = run.length - 1
    for (const p of [3, 40, 100]) {
      const order = run.map((_, k) => k).filter((k) => k !== u)
      order.splice(p + 1, 0, u)
      const moved = order.map((k) => run[k])
      const fresh = threeStreams(moved, ctx)
      const resumed = threeStreams(moved, ctx, undefined, whole?.steps?.slice(0, p + 1))
      expect(fresh).not.toBeNull()
      expect(resumed?.columns).toEqual(fresh?.columns)
      expect(resumed?.total).toBe(fresh?.total)
      expect(resumed?.path).toEqual(fresh?.path)
    }
  })
})

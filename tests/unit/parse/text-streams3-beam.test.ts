// A dev tool prices a page's true reading with the three-stream table (scripts/stream-costs3.ts,
// threeStreams with the columns given). A true reading whose column waits many rows, its lines
// written late as one block, falls more than BEAM behind the same reading with that column ended,
// and the table let it go: such runs were reported as ones the table cannot reach. A wider beam
// prices them. Real lines of a tuning file (city-web-3col-c).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { pieceRuns } from '../../../src/main/importer/parse/text-pieces3'
import { threeStreams } from '../../../src/main/importer/parse/text-streams3'
import { countBigrams } from '../../../src/main/importer/parse/text-bigrams'
import { blankFurniture } from '../../../src/main/importer/parse/text-pages'

const TUNING = path.resolve(__dirname, '../../fixtures/typeset/tuning')

describe('the true reading of a run whose right column waits (city-web-3col-c p3)', () => {
  // city-web-3col-c.txt lines 80-136: the left column's 《国务院工作规则》 head beside the middle
  // and right columns' prose; from line 102 the right column gives no line for eight rows, then
  // pdftotext writes its next lines as one block ('急机制，提高政府应对公共危机的能' / '力。' …).
  const all = readFileSync(path.join(TUNING, 'city-web-3col-c', 'city-web-3col-c.txt'), 'utf8')
  const page = blankFurniture(splitLines(all), 0).slice(80, 137)
  const [run] = pieceRuns(page, 0, page.length, 34)
  const ctx = { full: 34, grams: countBigrams(all.split('\n')) }
  // Each unit's column on the page (0 left, 1 middle, 2 right; -1 the title across), from the
  // PDF's word boxes (scripts/stream-truth3.ts), up to the right column's block.
  const truth = [-1, 0, 0, 0, 0, 1, 2, 1, 2, 1, 2, 1, 2, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 2]
  const head = run.slice(0, truth.length)

  it('is let go under BEAM, and priced with a wider beam', () => {
    expect(head[truth.length - 1].text).toMatch(/^急机制/)
    expect(threeStreams(head, ctx, truth)).toBeNull()
    const wide = threeStreams(head, ctx, truth, undefined, 200)
    expect(wide?.columns.slice(1)).toEqual(truth.slice(1))
  })
})

// A left-column line pdftotext wrote two lines late beside a larger-type title in the right column
// (tuning city-docx-sw-norule.txt, page 7, the 节假日 notice starting mid-column): by height the
// left column reads '…建立督查情况通报' / '制度，坚持…充分调' / '动全面推行…' / '性。…对工作中出' /
// '现问题…', but the text writes '制度，坚持…' after '性。…'. The run is read again with it moved
// up where it was due (text-title-late.ts).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isBlank, splitLines } from '../../../src/main/importer/parse/lines'
import { blankFurniture, pageStarts } from '../../../src/main/importer/parse/text-pages'
import { joinLinePieces } from '../../../src/main/importer/parse/text-line-pieces'
import { countBigrams } from '../../../src/main/importer/parse/text-bigrams'
import { runsOf } from '../../../src/main/importer/parse/text-streams'
import { twoStreams } from '../../../src/main/importer/parse/text-two-streams'
import { lateBesideTitle } from '../../../src/main/importer/parse/text-title-late'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { createServices } from '../../../src/main/services'
import { silentLogger } from '../../../src/main/log'
import { movesIn as movesOfRuns } from '../../support/late-moves'

const text = readFileSync(join(__dirname, '../../fixtures/typeset/tuning/city-docx-sw-norule/city-docx-sw-norule.txt'), 'utf8')
const squash = (s: string): string => s.replace(/\s+/g, '')

describe('a column’s line written late beside a title', () => {
  const lines = joinLinePieces(blankFurniture(splitLines(text), 0), 0)
  const starts = pageStarts(lines)
  const ctx = { full: 42, grams: countBigrams(lines.filter((l) => !isBlank(l.text)).map((l) => l.text)) }
  const run = runsOf(lines, starts[6], starts[7], ctx.full).find((r) => r.some((u) => u.text.startsWith('制度，坚持鼓励先进')))!
  const at = (r: { text: string }[], start: string): number => r.findIndex((u) => u.text.startsWith(start))

  it('is written after lines under it in its column', () => {
    expect(at(run, '制度，坚持鼓励先进')).toBeGreaterThan(at(run, '性。对工作不力'))
  })

  it('goes back up right above the line it reads on into, in the same stream as the lines around it', () => {
    const read = twoStreams(run, ctx)!
    const late = lateBesideTitle(run, ctx, read.cost, (r) => twoStreams(r, ctx))
    expect(late).not.toBeNull()
    const order = late!.run
    const u = at(order, '制度，坚持鼓励先进')
    expect(at(order, '动全面推行')).toBe(u + 1)
    expect(late!.reading.cost).toBeLessThan(read.cost)
    const stream = (start: string): number => late!.reading.columns[at(order, start)]
    for (const s of ['纳入年底效能目标', '动全面推行', '性。对工作不力', '现问题造成不良后果']) expect(stream(s)).toBe(stream('制度，坚持鼓励先进'))
    expect(stream('国务院办公厅关于')).not.toBe(stream('制度，坚持鼓励先进'))
  })

  it('leaves the paragraph whole and the notice its own date', () => {
    const docs = parseIssue(text).documents
    const guidance = docs.find((d) => d.docNumber === '国办发〔2018〕118号')!
    expect(guidance.blocks.some((b) => squash(b.text).includes('建立督查情况通报制度，坚持鼓励先进与鞭策落后相结合，充分调动全面推行'))).toBe(true)
    expect(docs.find((d) => d.docNumber === '国办发明电〔2018〕15号')?.date).toBe('2018-12-04')
  })
})

/** The lines a tuning text's runs move: [page, the line moved]. */
const movesIn = (layout: string): [number, string][] => movesOfRuns(layout, (run, ctx, read, again) => lateBesideTitle(run, ctx, read.cost, again))

describe('a line moved up only where its place as written says it came late', () => {
  it('moves the late line in the family’s texts, the lines it stood between reading on (…对工作中出 / 现问题…)', () => {
    expect(movesIn('city-docx-sw-s0')).toEqual([[7, '制度，坚持鼓励先进与鞭策落后相结合，充分调']])
  })

  it('leaves a line whose place as written reads as well as any (city-xe-yearcols: …产业 / 总规模…, in order)', () => {
    expect(movesIn('city-xe-yearcols')).toEqual([])
  })

  it('leaves a line written early, not late: it reads on into a line under it (prov3-bare: …论证分析。发 / 展改革委…)', () => {
    expect(movesIn('prov3-bare')).toEqual([])
  })

  it('leaves pages in three columns to the three-stream reading (city-web-3col-c)', () => {
    expect(movesIn('city-web-3col-c')).toEqual([])
  })
})

describe('a run with lines holding both columns', () => {
  it('keeps its lines as written: pdftotext -layout writes the page row by row (county-web-mixed.layout.txt)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ttl-'))
    const s = createServices({ dbFile: join(dir, 'a.db'), create: true, log: silentLogger })
    try {
      await s.importFiles({ sources: [{ kind: 'path', path: join(__dirname, '../../fixtures/typeset/tuning/county-web-mixed/county-web-mixed.layout.txt') }] })
      const docs = (await s.listDocuments({ sort: 'issue', offset: 0, limit: 1000 })).items
      const paras = (await Promise.all(docs.map((d) => s.getDocument({ id: d.id })))).flatMap((d) => d.paragraphs.map(squash))
      expect(paras.some((p) => p.includes('我县承诺将本项目纳入在编的《兴县国土空间总体规划'))).toBe(true)
    } finally {
      s.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)
})

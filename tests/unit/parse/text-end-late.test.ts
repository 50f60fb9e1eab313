// A right-column line pdftotext wrote after the paragraph's short last line under it (tuning
// city-docx-sw-s0.txt, page 8, the 绿色低碳建设运营商 notice): by height the right column reads
// '得权，包括…土地指标、' / '经营性基础设施、…各类资产经营' / '权，其他可用于…' / '经营的其他公共资源等。',
// but the text writes '经营性基础设施…' after '经营的其他公共资源等。', each a line alone. The run is
// read again with it moved up where it was due (text-end-late.ts).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isBlank, splitLines } from '../../../src/main/importer/parse/lines'
import { blankFurniture, pageStarts } from '../../../src/main/importer/parse/text-pages'
import { joinLinePieces } from '../../../src/main/importer/parse/text-line-pieces'
import { countBigrams } from '../../../src/main/importer/parse/text-bigrams'
import { runsOf } from '../../../src/main/importer/parse/text-streams'
import { twoStreams } from '../../../src/main/importer/parse/text-two-streams'
import { lateUnderEnd } from '../../../src/main/importer/parse/text-end-late'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { movesIn as movesOfRuns } from '../../support/late-moves'

const plainOf = (layout: string): string => readFileSync(join(__dirname, '../../fixtures/typeset/tuning', layout, `${layout}.txt`), 'utf8')
const squash = (s: string): string => s.replace(/\s+/g, '')
const at = (r: { text: string }[], start: string): number => r.findIndex((u) => u.text.startsWith(start))

/** city-docx-sw-s0.txt's run on page `page` (from 1) holding the line that starts with `start`, and its join context. */
function s0Run(page: number, start: string) {
  const lines = joinLinePieces(blankFurniture(splitLines(plainOf('city-docx-sw-s0')), 0), 0)
  const starts = pageStarts(lines)
  const ctx = { full: 42, grams: countBigrams(lines.filter((l) => !isBlank(l.text)).map((l) => l.text)) }
  const run = runsOf(lines, starts[page - 1], starts[page], ctx.full).find((r) => r.some((u) => u.text.startsWith(start)))!
  return { ctx, run }
}

describe('a column’s edge line written after its paragraph’s last line', () => {
  const { ctx, run } = s0Run(8, '经营性基础设施')

  it('is written right after the short last line under it, each a line alone', () => {
    const u = at(run, '经营性基础设施')
    expect(at(run, '经营的其他公共资源等。')).toBe(u - 1)
    expect(run[u].alone && run[u - 1].alone).toBe(true)
  })

  it('goes back up between the lines it reads on from and into, in their stream', () => {
    const read = twoStreams(run, ctx)!
    const late = lateUnderEnd(run, ctx, read, (r) => twoStreams(r, ctx))
    expect(late).not.toBeNull()
    const order = late!.run
    expect(at(order, '经营性基础设施')).toBe(at(order, '得权，包括公司股权') + 1)
    expect(late!.reading.cost).toBeLessThan(read.cost)
    const stream = (start: string): number => late!.reading.columns[at(order, start)]
    for (const s of ['得权，包括公司股权', '权，其他可用于开发', '经营的其他公共资源等。']) expect(stream(s)).toBe(stream('经营性基础设施'))
    expect(stream('下，对各种城乡资产资源')).not.toBe(stream('经营性基础设施'))
  })

  it('leaves the paragraph whole', () => {
    const doc = parseIssue(plainOf('city-docx-sw-s0')).documents.find((d) => d.docNumber === '兴政发〔2022〕10号')!
    expect(doc.blocks.some((b) => squash(b.text).includes('土地使用权及土地指标、经营性基础设施、房产及建筑物、各类资产经营权，其他可用于开发'))).toBe(true)
  })
})

/** The lines a tuning text's runs move: [page, the line moved]. */
const movesIn = (layout: string): [number, string][] => movesOfRuns(layout, (run, ctx, read, again) => lateUnderEnd(run, ctx, read, again))

describe('a line moved up only where it was written in its own column after a paragraph’s end', () => {
  it('moves the family’s three late lines (…向社会公 / 开行政执法…, …土地指标、 / 经营性基础设施…, …辅助调 / 查员选聘…)', () => {
    expect(movesIn('city-docx-sw-norule')).toEqual([
      [4, '开行政执法基本信息、结果信息。涉及国家秘'],
      [8, '经营性基础设施、房产及建筑物、各类资产经营'],
      [14, '查员选聘和入户开户工作，协助统计调查机构做'],
    ])
  })

  it('leaves an edge line written in turn with the other column’s, after that column’s paragraph end (county-docx-sw-c0: 实施 1000 户。 / 看”的通知》…)', () => {
    expect(movesIn('county-docx-sw-c0')).toEqual([])
  })

  it('leaves an edge line that opens a block of lines (prov2-a0: 提供查询服务。 / 行政部门责令限期整改… / 合格的，…)', () => {
    expect(movesIn('prov2-a0')).toEqual([])
  })
})

// Word's two columns written a line of each in turn (city-docx-sw-s0.txt, page 4, the 行政执法公示
// section): the left column reads '…平台向社会公' / '开行政执法基本信息、结果信息。涉及国家秘' /
// '密、商业秘密…', but the text writes '开行政执法…' three lines of its column late, after the
// paragraph's end '…要及时予以更正。' (at the edge) with a right-column line between.
describe('a column’s edge line written late among the other column’s lines', () => {
  const { ctx, run } = s0Run(4, '开行政执法基本信息')

  it('is written after its paragraph’s end with the other column’s line between', () => {
    const u = at(run, '开行政执法基本信息')
    expect(at(run, '的行政执法信息不准确的')).toBe(u - 2)
    expect(at(run, '密、商业秘密')).toBeLessThan(u - 2)
  })

  it('goes back up over three lines of its column, where it completes the words left open', () => {
    const read = twoStreams(run, ctx)!
    const late = lateUnderEnd(run, ctx, read, (r) => twoStreams(r, ctx))
    expect(late).not.toBeNull()
    const order = late!.run
    const stream = (start: string): number => late!.reading.columns[at(order, start)]
    const mine = (start: string): number[] => order.map((u, i) => i).filter((i) => late!.reading.columns[i] === stream(start))
    const col = mine('开行政执法基本信息').map((i) => order[i].text)
    const k = col.findIndex((t) => t.startsWith('开行政执法基本信息'))
    expect(col[k - 1]).toMatch(/向社会公$/)
    expect(col[k + 1]).toMatch(/^密、商业秘密/)
  })

  it('leaves the paragraph whole', () => {
    const blocks = parseIssue(plainOf('city-docx-sw-s0')).documents.flatMap((d) => d.blocks.map((b) => squash(b.text)))
    expect(blocks.some((b) => b.includes('平台向社会公开行政执法基本信息、结果信息。涉及国家秘密、商业秘密'))).toBe(true)
  })
})

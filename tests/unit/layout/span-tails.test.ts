// A 文号 set flush right under a title spanning both columns stays with the title: read into the
// right column's top, it would open an invented document in the middle of the left column's text.
import { describe, expect, it } from 'vitest'
import { readingBlocks } from '../../../src/main/importer/layout/columns'
import { groupLines, pageLines, type TextRun } from '../../../src/main/importer/layout/pdf-lines'

const EM = 10
const PAGE = 842
// Columns of 20 ems at x 50 and 270: a 2-em gutter from 250 to 270; the text ends at 470.
const COLS = [50, 270]
const GUTTER = [{ x0: 250, x1: 270 }]

function at(text: string, x: number, top: number, ems: number, size = EM): TextRun {
  return { str: text, x, y: PAGE - top, width: ems * size, size }
}

/** Full body lines in both columns from `top`, one every 14 points. */
function columns(top: number, n: number): TextRun[] {
  return [0, 1].flatMap((c) => Array.from({ length: n }, (_, i) => at(`${'左右'[c]}${i}`.padEnd(20, '文'), COLS[c], top + i * 14, 20)))
}

/** Each block's text, in reading order, spanning blocks marked. */
function blocks(runs: TextRun[]): string[] {
  return readingBlocks(groupLines(runs), GUTTER).map((b) => `${b.spans ? 'span' : `col${b.column}`}:${groupLines(b.runs).map((l) => l.runs.map((r) => r.str).join('')).join('|')}`)
}

describe('a line flush right under a spanning title', () => {
  const title = at('国务院关于同意建立某某工作部际联席会议制度的批复', 60, 80, 26, 14)

  it('is read with the title, before both columns', () => {
    const runs = [title, at('国函〔2018〕144 号', 470 - 9 * EM, 100, 9), ...columns(125, 6)]
    const out = blocks(runs)
    expect(out[0]).toBe('span:国务院关于同意建立某某工作部际联席会议制度的批复|国函〔2018〕144 号')
    expect(out.slice(1).map((b) => b.slice(0, 7))).toEqual(['col0:左0', 'col1:右0'])
  })

  it('stays in the right column where it does not reach the right edge, or the left column has text at its height', () => {
    const short = blocks([title, at('国函〔2018〕144 号', 300, 100, 9), ...columns(125, 6)])
    expect(short[0]).toBe('span:国务院关于同意建立某某工作部际联席会议制度的批复')
    expect(short[2]).toMatch(/^col1:国函〔2018〕144 号\|右0/)
    // The left column starts at its height: it is the right column's first line.
    const left = Array.from({ length: 6 }, (_, i) => at(`左${i}`.padEnd(20, '文'), COLS[0], 100 + i * 14, 20))
    const right = Array.from({ length: 5 }, (_, i) => at(`右${i}`.padEnd(20, '文'), COLS[1], 114 + i * 14, 20))
    const level = blocks([title, at('国函〔2018〕144 号', 470 - 9 * EM, 100, 9), ...left, ...right])
    expect(level[0]).toBe('span:国务院关于同意建立某某工作部际联席会议制度的批复')
    expect(level[2]).toMatch(/^col1:国函〔2018〕144 号\|右0/)
  })

  it("stays in the right column where it fills the column from its left edge or a first-line indent (the column's text, higher than a title beside it)", () => {
    // county-lo-towns.pdf pages 3 and 6: the right column goes on from the page before and starts
    // higher than the next document's title, set lower in the left column.
    for (const [x, ems] of [[COLS[1], 20], [COLS[1] + 2 * EM, 18]]) {
      const out = blocks([title, at('的负责人。严禁发生由包工头或班组长自行管', x, 100, ems), ...columns(125, 6)])
      expect(out[0]).toBe('span:国务院关于同意建立某某工作部际联席会议制度的批复')
      expect(out[2]).toMatch(/^col1:的负责人。/)
    }
  })
})

describe("a title line's face", () => {
  it('is the face of its hanzi, though Latin digits set most of its characters', () => {
    // '（2021-2035）的批复': eleven characters in the Latin face, three in the title's.
    const line = [
      { str: '（2021-2035）', x: 200, y: 700, width: 80, size: 17, font: 'latin' },
      { str: '的批复', x: 280, y: 700, width: 51, size: 17, font: 'song-bold' },
    ]
    expect(pageLines(line)[0].font).toBe('song-bold')
    expect(pageLines([{ ...line[0], str: '2021-2035' }])[0].font).toBe('latin')
  })
})

// prov-lo-masthead.pdf (tests/fixtures/typeset/tuning), page 3: Word centres a title across the
// page, LibreOffice wraps its last character alone onto a second line, centred on the gutter.
describe("a spanning title's last character wrapped onto a centred line", () => {
  const title = at('国务院关于同意建立国务院职业教育工作部际联席会议制度的批', 57, 80, 29, 14)

  it('is read with the title, before both columns', () => {
    const out = blocks([title, at('复', 253, 100, 1, 14), ...columns(125, 6)])
    expect(out[0]).toBe('span:国务院关于同意建立国务院职业教育工作部际联席会议制度的批|复')
    expect(out.slice(1).map((b) => b.slice(0, 7))).toEqual(['col0:左0', 'col1:右0'])
  })

  it('stays in its column in the body size, or off the centre', () => {
    expect(blocks([title, at('复', 253, 100, 1), ...columns(125, 6)])[0]).toBe('span:国务院关于同意建立国务院职业教育工作部际联席会议制度的批')
    expect(blocks([title, at('复', 300, 100, 1, 14), ...columns(125, 6)])[0]).toBe('span:国务院关于同意建立国务院职业教育工作部际联席会议制度的批')
  })
})

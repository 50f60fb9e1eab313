// A page of three joined columns (Chromium's narrow gutters) holding two bands parted by a banner
// and the next document's title (web3-sw-noto9, page 10: a 批复's tail over 【部门联合发文】 and a
// joint 通知): the rows under the banner are a band of their own, read column by column at the
// first band's width, not as a page of two columns.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { bandUnder, issueThreeWidth, rowColumns, threeBand } from '../../../src/main/importer/layout/text-layout-three'
import { lowerMarks } from '../../../src/main/importer/layout/text-layout-marks'
import { foldIdeographs } from '../../../src/main/importer/read/fold-glyphs'
import { REPO_ROOT } from '../../support/sample'

const FILE = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', 'web3-sw-noto9', 'web3-sw-noto9.layout.txt')
const TEXT = foldIdeographs(readFileSync(FILE, 'utf8'))
const PAGES = TEXT.split('\f').map((p) => lowerMarks(p.split('\n')))

describe('bandUnder', () => {
  const rows = PAGES[9]
  const first = threeBand(rows, [], issueThreeWidth(PAGES))

  it('finds the second band under the banner at the first band’s width', () => {
    expect(first).not.toBeNull()
    const below = rows.slice(first!.end)
    expect(below.some((r) => r.includes('四、部门联合发文'))).toBe(true)
    // Too few rows to measure the columns by themselves: no band at their own width.
    expect(threeBand(below)).toBeNull()
    const next = bandUnder(below, [], first!.column)
    expect(next).not.toBeNull()
    expect(next!.columns[0][0].trim()).toBe('各乡（镇）人民政府、县直各有关单位：')
    expect(next!.columns[1][0].trim()).toBe('为加强地下水资源的统一管理和保')
    expect(next!.columns[2][0].trim()).toBe('则，以宣传教育、依法整治、强化管理为')
  })

  it('reads the joint notice’s columns in order, its 文号 above its title', () => {
    const lines = readLayoutColumns(TEXT).split('\n').map((l) => l.trim()).filter((l) => l !== '')
    const number = lines.indexOf('兴人社发〔2022〕16号')
    const title = lines.indexOf('兴县依法关闭自备水井专项整治行动实施方案的通知')
    const body = lines.indexOf('则，以宣传教育、依法整治、强化管理为')
    expect(number).toBeGreaterThan(0)
    expect(title).toBeGreaterThan(number)
    expect(lines[title + 1]).toBe('各乡（镇）人民政府、县直各有关单位：')
    // The right column follows the middle one's last line, not the 文号.
    expect(lines[body - 1]).toBe('念为指导，以《地下水管理条例》为准')
  })
})

/** Page 10's first band of three columns, and its row holding `part` read into the band's columns. */
const PAGE10_BAND = threeBand(PAGES[9], [], issueThreeWidth(PAGES))
const page10Row = (part: string) => rowColumns(PAGES[9].find((r) => r.includes(part))!, PAGE10_BAND!.column, [0, 26, 58])

// A full column line a mark or two over the column's measured width, joined at one space to the
// next column's short line ('…坚持公开、公 元。', web3-sw-noto9 page 10): the space between two
// ideographs is where the columns meet (Chinese sets no word space), not a space inside one line.
describe('rowColumns: one space between ideographs in a piece over the column', () => {
  it('gives the short line after the space to the next column', () => {
    const cols = page10Row('坚持公开、公 元。')
    expect(cols?.[0]?.[1]).toBe('法规和批准的出让方案，坚持公开、公')
    expect(cols?.[1]?.[1]).toBe('元。')
  })

  it('reads the 批复 paragraph whole, its last line in its own column', () => {
    expect(PAGE10_BAND!.columns[0].map((l) => l.trim())).toContain('法规和批准的出让方案，坚持公开、公')
    expect(PAGE10_BAND!.columns[1].map((l) => l.trim())).toContain('元。')
  })
})

// A row of two column lines joined at word spaces beside digits ('…起始价为 9.318 万元。', web3-sw-noto9
// page 10): the cut leaving the first line more over its column than its marks could make it
// (a mark set half wide saves half a cell; digits none) is inside the next column's line.
describe('rowColumns: a cut no column line could be as wide as', () => {
  it('cuts before the number, not after it', () => {
    const cols = page10Row('挂牌出让起始价为 9.318 万元。')
    expect(cols?.[0]?.[1]).toBe('证金为 5000 万元，挂牌出让起始价为')
    expect(cols?.[1]?.[1]).toBe('9.318 万元。')
  })
})

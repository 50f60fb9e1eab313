// Layout rules on the GB/T 9704 grid, checked on documents cut from the sample issue.
import { describe, expect, it } from 'vitest'
import { defaultFontsDir } from '../../../src/main/export/export-pdf'
import { loadFontSet } from '../../../src/main/export/fonts'
import {
  BLOCK_BOTTOM,
  BLOCK_RIGHT,
  BLOCK_WIDTH,
  CHAR_PITCH,
  LINES_PER_PAGE,
  MARGIN_LEFT,
  MARGIN_TOP,
} from '../../../src/main/export/grid'
import { layoutDocument } from '../../../src/main/export/layout-document'
import { NO_END, NO_START } from '../../../src/main/export/line-break'
import { placeSignature } from '../../../src/main/export/signature'
import { shapeTitle } from '../../../src/main/export/title-shape'
import type { LayoutPage, Run } from '../../../src/main/export/types'
import { ALL_SAMPLE_NUMBERS, FIXTURES, sampleDocument } from './helpers'

const fonts = loadFontSet(defaultFontsDir(), false)
const layout = (n: string) => layoutDocument(sampleDocument(n), fonts.measure).pages

/** Body lines: runs grouped by baseline, inside the text block, 16 pt. */
function bodyLines(page: LayoutPage): Run[][] {
  const byY = new Map<number, Run[]>()
  for (const r of page.runs) {
    if (r.size !== 16 || r.y > BLOCK_BOTTOM) continue
    const key = Math.round(r.y * 10)
    byY.set(key, [...(byY.get(key) ?? []), r])
  }
  return [...byY.values()].map((l) => l.sort((a, b) => a.x - b.x))
}
const lineText = (l: Run[]): string => l.map((r) => r.text).join('')
const right = (r: Run): number => r.x + fonts.measure(r.text, r.font, r.size) + ([...r.text].length - 1) * r.charSpacing

describe('layout of 兴政发〔2022〕8号 (3,500 characters)', () => {
  const pages = layout(FIXTURES.notice)

  it('puts body text on the grid: left edge, first baseline, width, lines per page', () => {
    expect(pages.length).toBeGreaterThan(4)
    for (const page of pages) {
      const lines = bodyLines(page)
      expect(lines.length).toBeLessThanOrEqual(LINES_PER_PAGE)
      expect(page.linesUsed).toBeLessThanOrEqual(LINES_PER_PAGE)
      const minX = Math.min(...lines.map((l) => l[0].x))
      expect(Math.abs(minX - MARGIN_LEFT)).toBeLessThan(3)
      const firstY = Math.min(...page.runs.map((r) => r.y))
      expect(firstY).toBeGreaterThan(MARGIN_TOP)
      expect(firstY).toBeLessThan(MARGIN_TOP + 30)
      for (const l of lines) expect(right(l[l.length - 1]) - MARGIN_LEFT).toBeLessThanOrEqual(BLOCK_WIDTH + 0.01)
    }
  })

  it('justifies full lines to the right edge and indents paragraphs two characters', () => {
    const lines = bodyLines(pages[1])
    const full = lines.filter((l) => right(l[l.length - 1]) > BLOCK_RIGHT - 1)
    expect(full.length).toBeGreaterThan(10)
    const indented = lines.filter((l) => Math.abs(l[0].x - (MARGIN_LEFT + 2 * CHAR_PITCH)) < 0.5)
    expect(indented.length).toBeGreaterThan(2)
  })

  it('numbers pages "— N —", odd pages right and even pages left', () => {
    pages.forEach((page, i) => {
      const num = page.runs.find((r) => r.y > BLOCK_BOTTOM && /^— \d+ —$/.test(r.text))
      expect(num?.text).toBe(`— ${i + 1} —`)
      if (i % 2 === 0) expect(right(num!)).toBeGreaterThan(BLOCK_RIGHT - 20)
      else expect(num!.x).toBeLessThan(MARGIN_LEFT + 20)
    })
  })

  it('places signature and date by 7.3.5.2', () => {
    const last = bodyLines(pages[pages.length - 1])
    const unit = last.find((l) => lineText(l) === '兴县人民政府')!
    const date = last.find((l) => lineText(l) === '2022年5月12日')!
    expect(unit && date).toBeTruthy()
    // the date is longer than the unit: the date keeps two characters of right space
    expect(BLOCK_RIGHT - right(date[date.length - 1])).toBeCloseTo(2 * CHAR_PITCH, 0)
    expect(date[0].x - unit[0].x).toBeCloseTo(2 * CHAR_PITCH, 0)
  })
})

describe('line breaking over every sample document', () => {
  it('never starts a line with closing punctuation nor ends one with an opening mark', () => {
    const bad: string[] = []
    for (const n of ALL_SAMPLE_NUMBERS) {
      for (const page of layout(n)) {
        for (const l of bodyLines(page)) {
          const t = lineText(l)
          // a paragraph may open with a dash (——经常参加…); wrapped lines may not
          const opening = Math.abs(l[0].x - (MARGIN_LEFT + 2 * CHAR_PITCH)) < 0.5 && t.startsWith('——')
          if ((NO_START.has(t[0]) && !opening) || NO_END.has(t[t.length - 1])) bad.push(`${n}: ${t}`)
        }
      }
    }
    expect(bad).toEqual([])
  })
})

describe('title shape', () => {
  const w = (ch: string) => fonts.measure(ch, 'songBold', 22)
  it('balances long titles and never leaves one or two characters alone', () => {
    for (const n of ALL_SAMPLE_NUMBERS) {
      const lines = shapeTitle(sampleDocument(n).title, BLOCK_WIDTH, w)
      for (const line of lines) expect([...line].length).toBeGreaterThan(2)
      const lens = lines.map((l) => [...l].length)
      if (lines.length > 1) expect(Math.max(...lens) - Math.min(...lens)).toBeLessThanOrEqual(10)
    }
  })
  it('breaks 兴政发〔2022〕8号 between words', () => {
    const lines = shapeTitle('关于印发全面落实保障农民工工资支付相关制度的通知', BLOCK_WIDTH, w)
    expect(lines.length).toBe(2)
    expect(lines.join('|')).not.toMatch(/农民\|工|工\|资/)
  })
})

describe('signature rule', () => {
  it('moves the unit left when the date is longer', () => {
    const p = placeSignature([6 * CHAR_PITCH], 8 * CHAR_PITCH)
    expect(p.dateX + 8 * CHAR_PITCH).toBeCloseTo(BLOCK_WIDTH - 2 * CHAR_PITCH)
    expect(p.dateX - p.unitX[0]).toBeCloseTo(2 * CHAR_PITCH)
  })
  it('right-aligns a longer unit with two characters of space', () => {
    const p = placeSignature([9 * CHAR_PITCH], 6 * CHAR_PITCH)
    expect(p.unitX[0] + 9 * CHAR_PITCH).toBeCloseTo(BLOCK_WIDTH - 2 * CHAR_PITCH)
    expect(p.dateX - p.unitX[0]).toBeCloseTo(2 * CHAR_PITCH)
  })
})

describe('name lists and tables keep their columns', () => {
  it('aligns names and posts of 兴政办函〔2022〕14号 in columns', () => {
    const lines = layout(FIXTURES.nameList).flatMap(bodyLines)
    const entry = lines.find((l) => lineText(l).includes('刘心学'))!
    const other = lines.find((l) => lineText(l).includes('陈晓龙'))!
    expect(entry[0].x).toBeCloseTo(other[0].x, 1)
    const post = (l: Run[]) => l.find((r) => r.text.startsWith('县'))!.x
    expect(post(entry)).toBeCloseTo(post(other), 1)
  })
  it('draws the 附件1 table of 兴政办发〔2022〕13号 with rules, on a new page after 附件1', () => {
    const pages = layout(FIXTURES.table)
    const page = pages.find((p) => p.runs.some((r) => r.text === '附件1'))!
    expect(page.runs.find((r) => r.text === '附件1')?.font).toBe('hei')
    expect(page.rules.length).toBeGreaterThan(20)
    expect(page.runs.some((r) => r.text === '260758')).toBe(true)
  })
})

describe('system fonts', () => {
  it('finds office fonts by file name, case-insensitively, in nested folders', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs')
    const { join } = await import('node:path')
    const { tmpdir } = await import('node:os')
    const { findSystemFonts } = await import('../../../src/main/export/fonts')
    const dir = mkdtempSync(join(tmpdir(), 'fonts-'))
    mkdirSync(join(dir, 'truetype', 'office'), { recursive: true })
    writeFileSync(join(dir, 'truetype', 'office', '仿宋_GB2312.ttf'), '')
    writeFileSync(join(dir, 'SIMHEI.TTF'), '')
    const found = findSystemFonts([dir, join(dir, 'missing')])
    expect(found.fang).toMatch(/仿宋_GB2312\.ttf$/)
    expect(found.hei).toMatch(/SIMHEI\.TTF$/)
    expect(found.songBold).toBeUndefined()
  })
})

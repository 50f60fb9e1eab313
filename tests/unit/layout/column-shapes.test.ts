// Page shapes that once fooled the column finder: a name list whose short lines leave the
// gutter's edges untouched, and punctuation hanging into a narrow gutter from both sides.
import { describe, expect, it } from 'vitest'
import { readPdf } from '../../../src/main/importer/read/read-pdf'
import { findGutters } from '../../../src/main/importer/layout/columns'
import { groupLines, type TextRun } from '../../../src/main/importer/layout/pdf-lines'
import { BODY, FONT, PAGE, flow, frames, render, type Placed } from '../../support/typeset-pdf'

const PROSE =
  '各乡镇人民政府要把禁毒工作摆上重要议事日程，明确分管领导和具体负责人员，建立健全工作机制，加强统筹协调，形成上下联动、齐抓共管的工作格局，切实把各项工作任务落到实处，确保取得实效。'
const EM = 10
const run = (str: string, x: number, y: number): TextRun => ({ str, x, y, width: [...str].length * EM, size: EM })

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗'
const POSTS = ['县公安局副局长', '县财政局局长', '县教科局副局长', '县卫体局局长', '县长']

function chunks(text: string, width: number): string[] {
  const chars = [...text]
  const out: string[] = []
  while (chars.length > 0) out.push(chars.splice(0, width).join(''))
  return out
}

async function read(placed: Placed[]): Promise<string[]> {
  const pdf = await readPdf(await render(placed), 'shape.pdf', new AbortController().signal)
  return pdf.lines.map((l) => l.text)
}

describe('columns of unusual shape', () => {
  it('reads a two-column name list column by column, though its lines stop short of the gutter', async () => {
    const width = 22 * BODY
    const cols = [PAGE.left, PAGE.left + width + 2 * BODY]
    const out: Placed[] = []
    const line = (col: number, y: number, text: string, indent = 0): void => {
      out.push({ page: 1, text, x: cols[col] + indent * BODY, y, font: FONT.fang, size: BODY })
    }
    // Six justified lines of prose in each column, then a title over both, then the lists.
    chunks(PROSE, 22).slice(0, 6).forEach((t, i) => line(0, PAGE.top + i * 18, t))
    chunks(PROSE, 22).slice(0, 6).forEach((t, i) => line(1, PAGE.top + i * 18, t))
    const title = '兴县人民政府办公室关于调整兴县禁毒委员会成员的通知'
    out.push({ page: 1, text: title, x: 120, y: PAGE.top + 130, font: FONT.songBold, size: 15 })
    const names = [...SURNAMES].map((s, i) => `${s}${'建国明华'[i % 4]}${POSTS[i % POSTS.length]}`)
    names.slice(0, 10).forEach((t, i) => line(0, PAGE.top + 170 + i * 18, t, 2))
    names.slice(10).forEach((t, i) => line(1, PAGE.top + 170 + i * 18, t, 2))
    const lines = await read(out)
    const at = names.map((n) => lines.findIndex((l) => l.includes(n)))
    expect(at.every((i) => i >= 0)).toBe(true)
    // No line mixes the two columns' names (short lines of one column may join: the reflow
    // reads a line as long as its column's longest as a wrap), and the left column comes first.
    const mixed = lines.filter((l) => names.slice(0, 10).some((n) => l.includes(n)) && names.slice(10).some((n) => l.includes(n)))
    expect(mixed).toEqual([])
    expect(Math.max(...at.slice(0, 10))).toBeLessThan(Math.min(...at.slice(10)))
  })

  it('finds one gutter, not two, where commas and brackets hang into it from both sides', () => {
    // A provincial gazette's page: columns of 20 ems at 50 and 262, a gutter of 1.2 ems. Four
    // left lines hang a comma 0.7 em into it, one right line sets its bracket 0.7 em early:
    // with the two title lines, their overlap is crossed by more lines than a gutter allows.
    const runs: TextRun[] = [run('国务院办公厅关于全面推行行政规范性文件合法性审核', 60, 720)]
    runs.push(run('机制的指导意见', 230, 700))
    for (let i = 0; i < 28; i++) {
      const y = 670 - i * 16
      runs.push(run('左'.repeat(20), 50, y))
      if ([3, 9, 15, 21].includes(i)) runs.push({ ...run('，', 250, y), width: 7 })
      if (i === 12) runs.push({ ...run('（', 255, y), width: 10 }, run('右'.repeat(19), 265, y))
      else runs.push(run('右'.repeat(20), 262, y))
    }
    const gutters = findGutters(groupLines(runs))
    expect(gutters).toHaveLength(1)
    expect(gutters[0].x0).toBeLessThanOrEqual(251)
    expect(gutters[0].x1).toBeGreaterThanOrEqual(261)
  })

  it("keeps the issue's gutter on a last page whose few short lines stop far from it", async () => {
    const out: Placed[] = []
    const cols = frames(2, 22)
    const at = flow(out, [{ text: PROSE.repeat(70), indent: 2 }], cols, { page: 1, column: 0, y: PAGE.top })
    expect(at.page).toBeGreaterThanOrEqual(3)
    const page = at.page + 1
    const left = ['委员会下设办公室，办公室设在', '县公安局禁毒大队，主任由', '刘旭耀同志兼任。']
    const right = ['领导小组组成人员如有变动，', '由现职人员自行替补。', '特此通知。']
    left.forEach((t, i) => out.push({ page, text: t, x: cols[0].x + 2 * BODY, y: PAGE.top + i * 18, font: FONT.fang, size: BODY }))
    right.forEach((t, i) => out.push({ page, text: t, x: cols[1].x + 2 * BODY, y: PAGE.top + i * 18, font: FONT.fang, size: BODY }))
    const pdf = await readPdf(await render(out), 'grid.pdf', new AbortController().signal)
    const last = pdf.lines.filter((l) => l.layout?.page === page)
    expect(new Set(last.map((l) => l.layout?.columns))).toEqual(new Set([2]))
    const text = pdf.text.replace(/\s/g, '')
    const order = [...left, ...right].map((t) => text.indexOf(t))
    expect(order.every((n) => n >= 0)).toBe(true)
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })
})

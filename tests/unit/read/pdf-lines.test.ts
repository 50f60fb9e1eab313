// Line rebuilding from positioned runs: baselines, word spaces, paragraph gaps, page breaks.
import { describe, expect, it } from 'vitest'
import { buildPageLines, joinPages, type TextRun } from '../../../src/main/importer/read/pdf-lines'

const run = (str: string, x: number, y: number, width = str.length * 10): TextRun => ({
  str,
  x,
  y,
  width,
  size: 10,
})

describe('buildPageLines', () => {
  it('joins runs on one baseline in x order, whatever order they were drawn in', () => {
    expect(buildPageLines([run('公报', 120, 700), run('兴县人民政府', 60, 700.3)])).toEqual([
      '兴县人民政府公报',
    ])
  })

  it('adds a space for a wide gap unless both sides are CJK', () => {
    const lines = buildPageLines([
      run('XINGXIAN', 0, 700, 48),
      run('RENMIN', 60, 700, 36),
      run('兴县', 0, 685),
      run('公报', 40, 685),
      run('2022', 0, 670, 24),
      run('年', 30, 670),
    ])
    expect(lines).toEqual(['XINGXIAN RENMIN', '兴县公报', '2022 年'])
  })

  it('ignores pdf.js whitespace runs for narrow gaps (8 号 → 8号)', () => {
    const lines = buildPageLines([
      run('〕', 0, 700),
      run('8', 10, 700, 6),
      run(' ', 16, 700, 2),
      run('号', 18, 700),
    ])
    expect(lines).toEqual(['〕8号'])
  })

  it('marks a paragraph gap with an empty line', () => {
    const ys = [700, 685, 670, 655, 625, 610]
    const lines = buildPageLines(ys.map((y, i) => run(`第${i}行`, 0, y)))
    expect(lines).toEqual(['第0行', '第1行', '第2行', '第3行', '', '第4行', '第5行'])
  })

  it('drops text drawn twice for fake bold', () => {
    expect(buildPageLines([run('通知', 0, 700), run('通知', 0.3, 700.2)])).toEqual(['通知'])
  })

  it('separates pages with a line holding only \\f', () => {
    expect(joinPages([['a', 'b'], ['c']])).toBe('a\nb\n\f\nc')
  })
})

// Line rebuilding from positioned runs: baselines, word spaces, paragraph gaps, page breaks.
import { describe, expect, it } from 'vitest'
import {
  buildPageLines,
  joinPages,
  linesToText,
  type PageLine,
  type TextRun,
} from '../../../src/main/importer/layout/pdf-lines'
import type { Margins } from '../../../src/main/importer/layout/pdf-reflow'

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

  it('adds a space for a wide gap; between CJK only from 0.4 em (kerning is not a space)', () => {
    const lines = buildPageLines([
      run('XINGXIAN', 0, 700, 48),
      run('RENMIN', 60, 700, 36),
      run('兴县', 0, 685),
      run('公报', 23, 685),
      run('2022', 0, 670, 24),
      run('年', 30, 670),
    ])
    expect(lines).toEqual(['XINGXIAN RENMIN', '兴县公报', '2022 年'])
  })

  it('keeps a printed space between CJK words (name list: 梁文壮 县委副书记)', () => {
    const lines = buildPageLines([run('主任：梁文壮', 0, 700), run('县委副书记', 65, 700)])
    expect(lines).toEqual(['主任：梁文壮 县委副书记'])
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

describe('linesToText with the text block margins (reflow of PDF wraps)', () => {
  const line = (text: string, x1: number, step = 15, lead = 10): PageLine => ({
    text,
    x0: 0,
    x1,
    size: 10,
    lead,
    gapBefore: false,
    step,
  })
  const plain: Margins = { left: 0, right: 480, tightStep: null }

  it('joins a line the PDF wrapped at the margin, even after a full stop', () => {
    expect(linesToText([line('…的作用。', 480), line('加强健身指导', 100)], plain)).toEqual([
      '…的作用。加强健身指导',
    ])
  })

  it('keeps a paragraph that ends one character short of the margin', () => {
    expect(linesToText([line('…疫情防控。', 470), line('政策咨询', 40)], plain)).toEqual([
      '…疫情防控。',
      '政策咨询',
    ])
  })

  it('keeps a 目录 line ending in its page, and a numbered item after a finished sentence', () => {
    const toc = [line('…（兴政函〔2022〕40 号） 22', 480), line('关于…', 100)]
    expect(linesToText(toc, plain)).toHaveLength(2)
    expect(linesToText([line('1.负责…工作；', 480), line('2.对经乡镇…', 100)], plain)).toHaveLength(2)
  })

  it('with paragraph spacing, joins on the tight step only', () => {
    const spaced: Margins = { ...plain, tightStep: 15 }
    expect(linesToText([line('甲。', 490), line('乙', 20, 15)], spaced)).toEqual(['甲。乙'])
    expect(linesToText([line('甲。', 490), line('乙', 20, 26)], spaced)).toEqual(['甲。', '乙'])
  })
})

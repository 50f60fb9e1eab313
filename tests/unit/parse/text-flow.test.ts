// Hard-wrapped text (as pdftotext writes a typeset page): paragraphs rejoined from the body's
// full line width. The paragraphs are real State Council text (tests/fixtures/corpus), wrapped
// here the way a typesetter wraps a 公文 line: 28 characters, punctuation kept off a line's start.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildBlocks } from '../../../src/main/importer/parse/blocks'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { deinterleave, displayWidth, fullWidth, textEdges } from '../../../src/main/importer/parse/text-flow'
import { CORPUS_DIR } from '../../support/sample'
import { sampleText } from './sample'

const corpus = (name: string): string[] =>
  readFileSync(join(CORPUS_DIR, 'text', name), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean)

/**
 * Wraps at `width` characters, the first line indented two (pdftotext drops the indent); a
 * line-start punctuation mark stays on the line before.
 */
function wrap(p: string, width: number): string[] {
  const out: string[] = []
  let rest = p
  while (rest.length > width - (out.length ? 0 : 2)) {
    let cut = width - (out.length ? 0 : 2)
    if (/^[，。、；：！？）》”]/.test(rest.slice(cut))) cut++
    out.push(rest.slice(0, cut))
    rest = rest.slice(cut)
  }
  if (rest) out.push(rest)
  return out
}

/** Body paragraphs of a corpus document: the lines after its 主送 line. */
function bodyOf(name: string): string[] {
  const lines = corpus(name)
  const from = lines.findIndex((l) => /：$/.test(l))
  return lines.slice(from + 1)
}

function rebuilt(paragraphs: string[], width: number): string[] {
  const text = paragraphs.flatMap((p) => wrap(p, width)).join('\n')
  const src = splitLines(text)
  return buildBlocks(src, undefined, textEdges(src)).map((b) => b.text)
}

describe('the body’s full line width', () => {
  it('counts CJK and full-width punctuation as two columns, a lone space half, padding none', () => {
    // pdftotext writes the typesetter's gap between hanzi and digits as one space.
    expect(displayWidth('到 2025 年底，')).toBe(4 + 2 + 2 + 2 + 2 + 0.5 + 0.5)
    expect(displayWidth('到    2025')).toBe(4 + 2)
  })

  it('is found in hard-wrapped text and not in text written one paragraph per line', () => {
    const wrapped = bodyOf('03.txt').flatMap((p) => wrap(p, 28))
    expect(fullWidth(wrapped.map(displayWidth))).toBe(56)
    expect(textEdges(splitLines(wrapped.join('\n'))).size).toBe(wrapped.length)
    expect(textEdges(splitLines(sampleText)).size).toBe(0)
  })
})

describe('hard-wrapped paragraphs rejoined', () => {
  it.each(['03.txt', '07.txt', '09.txt'])('%s: at least 88%% of paragraphs come out whole', (name) => {
    const paragraphs = bodyOf(name)
    const got = new Set(rebuilt(paragraphs, 28))
    const whole = paragraphs.filter((p) => got.has(p)).length
    expect(paragraphs.length).toBeGreaterThan(10)
    expect(whole / paragraphs.length).toBeGreaterThanOrEqual(0.88)
  })

  it('a full line ending in a full stop goes on; a short one ends the paragraph', () => {
    const p1 = '一二三四五六七八九十一二三四五六七八九十一二三四五六七。甲乙丙丁戊己庚辛壬癸一二三四五六七八九十。'
    const p2 = '第二段落的文字从这里开始，它也比较长，会折到下一行去。再写一句结束它。'
    const filler = Array.from({ length: 10 }, (_, i) => `第${i}段：${'这是一段用来确定正文满行宽度的文字，'.repeat(3)}结束。`)
    const out = rebuilt([p1, p2, ...filler], 28)
    expect(out.slice(0, 3)).toEqual([p1, p2, filler[0]])
  })

  it('a letter-spaced chapter heading written line by line comes together', () => {
    const src = splitLines('第一章\n总\n则\n第一条　为了规范专利代理行为，制定本条例。')
    expect(buildBlocks(src).map((b) => b.text)).toEqual(['第一章总则', '第一条为了规范专利代理行为，制定本条例。'])
  })

  it('a bare article number goes with the text set after it', () => {
    const src = splitLines('第九条\n\n从事专利代理业务，应当向国务院专利行政部门提出申请。\n第十条　具有高等院校理工科专业专科以上学历的中国公民可以参加考试。')
    expect(buildBlocks(src).map((b) => b.text)).toEqual([
      '第九条从事专利代理业务，应当向国务院专利行政部门提出申请。',
      '第十条具有高等院校理工科专业专科以上学历的中国公民可以参加考试。',
    ])
  })
})

describe('two columns written line by line across the page', () => {
  /** Left and right column lines side by side, each its own block, as a converter writes them. */
  function interleaved(left: string[], right: string[]): string {
    const rows: string[] = []
    for (let i = 0; i < Math.max(left.length, right.length); i++) rows.push(left[i] ?? '', right[i] ?? '')
    return rows.filter(Boolean).join('\n\n')
  }

  it('reads every other line as one column, so both columns’ paragraphs come out whole', () => {
    const [a, b, c, d] = bodyOf('03.txt').filter((p) => p.length > 120)
    // The text flows down the left column, then the right: a paragraph may cross between them.
    const flow = [a, b, c, d].flatMap((p) => wrap(p, 22))
    const half = Math.ceil(flow.length / 2)
    const text = interleaved(flow.slice(0, half), flow.slice(half))
    const src = deinterleave(splitLines(text))
    const got = buildBlocks(src, undefined, textEdges(src)).map((x) => x.text)
    expect(got).toEqual(expect.arrayContaining([a, b, c, d]))
  })

  it('leaves text written one paragraph per line as it is', () => {
    const src = splitLines(sampleText)
    expect(deinterleave(src)).toEqual(src)
  })
})

// Pages of two shuffled columns in an issue whose replies section is set in three
// (tests/fixtures/typeset/tuning/prov-3col-replies): each page is read at its own column width,
// and a document's masthead set across the page below both columns stays after them.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isBlank, splitLines } from '../../../src/main/importer/parse/lines'
import { pageParts, readStreams, runsOf } from '../../../src/main/importer/parse/text-streams'
import { blankFurniture } from '../../../src/main/importer/parse/text-pages'
import type { TruthDoc } from '../../../bench/lib/accuracy-score'
import { flat } from '../../support/typeset-files'

const DIR = path.resolve(__dirname, '../../fixtures/typeset/tuning/prov-3col-replies')
const text = readFileSync(path.join(DIR, 'prov-3col-replies.txt'), 'utf8')
const docs = (JSON.parse(readFileSync(path.join(DIR, 'prov-3col-replies.truth.json'), 'utf8')) as { documents: TruthDoc[] }).documents
// Line 30 on: past the cover and the 目录.
const out = flat(readStreams(blankFurniture(splitLines(text), 30), 30).filter((l) => !isBlank(l.text)).map((l) => l.text).join(''))

describe('a two-column page in a text whose commonest width is a three-column line', () => {
  it('is read column by column, so its paragraphs come out whole', () => {
    // Doc 1's reply: pdftotext wrote its two columns a line of each in turn.
    const reply = docs[0].paragraphs.find((p) => p.startsWith('你们关于支持'))
    expect(reply).toBeDefined()
    expect(flat(text)).not.toContain(flat(reply ?? ''))
    expect(out).toContain(flat(reply ?? ''))
  })
})

describe('a masthead below both columns (the issuer’s 文件 line and the 文号)', () => {
  it('stays after the right column’s signature, before the next title', () => {
    expect(out).toContain(flat('二〇〇四年八月十二日（本文有删减）国务院办公厅文件国办函〔1996〕16 号国务院办公厅关于黄金经济政策有关问题的复函'))
    expect(out).toContain(flat('（此件公开发布）国务院文件国函〔2006〕132 号'))
  })

  it('does not end a run where the 文号 sits under a column-wide title (a document starting mid-column)', () => {
    const lines = splitLines(['兴县人民政府关于 2021-09 号宗地国有建设', '用地使用权挂牌出让方案的请示的批复', '兴政函〔2022〕62 号', '', '空间总体规划空间规模。'].join('\n'))
    expect(runsOf(lines, 0, lines.length, 44)).toHaveLength(1)
  })

  it('does not take a signature and its date for a masthead', () => {
    const lines = splitLines(['以下统称乌鲁木齐、昌吉、石河子高新区建设国家', '', '地质险情调查专家组', '二〇〇四年九月二十三日', '国办函〔1996〕16 号', '', '空间总体规划空间规模。'].join('\n'))
    expect(runsOf(lines, 0, lines.length, 44)).toHaveLength(1)
  })

  it('ends the run before the masthead', () => {
    const lines = splitLines(['以下统称乌鲁木齐、昌吉、石河子高新区建设国家', '', '国务院办公厅文件', '国办函〔1996〕16 号', '', '空间总体规划空间规模。'].join('\n'))
    expect(runsOf(lines, 0, lines.length, 44).map((r) => r.map((u) => u.text))).toEqual([['以下统称乌鲁木齐、昌吉、石河子高新区建设国家'], ['空间总体规划空间规模。']])
  })
})

describe('a page whose three-column section starts below two columns', () => {
  // prov-3col-replies.txt page 5: the end of a two-column reply (lines of 22 characters), then
  // the replies section in three columns (14 characters).
  const two = ['购价格与国际价格并轨前，国家每年仍继续拨付', 'XXX 元用于黄金地质勘探。其中，中国人民银行', '从黄金收售价差款中支付 XXX 元，财政部定额补', '贴 XXX 元。黄金地质勘探资金实行有偿使用，要']
  const three = ['目前，国办已会同国务院信息办', '组织力量起草了规范政府门户', '你们提出的关于完善与发展', '政府网站推进政府公共服务水平']
  const page = (top: string[]): string[] => [...top, ...top, ...top, '', '国务院办公厅对全国政协十届三次会议第 2741 号提案的答复', ...three, ...three, ...three]

  it('reads its two-column top at the two-column width, the rest at its own', () => {
    const lines = splitLines(page(two).join('\n'))
    const title = lines.findIndex((l) => l.text.startsWith('国务院办公厅对'))
    expect(pageParts(lines, 0, lines.length, 28, 44)).toEqual([[0, 12, 44], [12, lines.length, 28]])
    expect(title).toBe(13)
  })

  it('is read at one width when its top holds no more than a few wide lines', () => {
    const lines = splitLines(page(two.slice(0, 2)).join('\n'))
    expect(pageParts(lines, 0, lines.length, 28, 44)).toEqual([[0, lines.length, 28]])
  })

  it('is left whole on a page read at the wide width', () => {
    const lines = splitLines(page(two).join('\n'))
    expect(pageParts(lines, 0, lines.length, 44, 44)).toEqual([[0, lines.length, 44]])
  })

  it('reads its three-column foot at the narrow width on a page read at the wide one', () => {
    const lines = splitLines(page(two).join('\n'))
    expect(pageParts(lines, 0, lines.length, 44, 44, 28)).toEqual([[0, 12, 44], [12, lines.length, 28]])
  })
})

describe('a page of two columns whose foot starts a section in three (prov-xe-3col-answers page 11)', () => {
  const dir = path.resolve(__dirname, '../../fixtures/typeset/tuning/prov-xe-3col-answers')
  const raw = readFileSync(path.join(dir, 'prov-xe-3col-answers.txt'), 'utf8')
  const truth = (JSON.parse(readFileSync(path.join(dir, 'prov-xe-3col-answers.truth.json'), 'utf8')) as { documents: TruthDoc[] }).documents
  it('reads the foot as three columns, so the first answer’s paragraphs come out whole', () => {
    const read = flat(readStreams(blankFurniture(splitLines(raw), 62), 62).filter((l) => !isBlank(l.text)).map((l) => l.text).join(''))
    const answer = [1, 3, 4].map((k) => flat(truth[6].paragraphs[k]))
    expect(answer[0]).toMatch(/^你们提出的关于/)
    for (const p of answer) {
      expect(flat(raw).includes(p)).toBe(false)
      expect(read.includes(p)).toBe(true)
    }
  })
})

describe('a hostile page of 文号 lines under names, with no blank line', () => {
  it('splits into runs in linear time (each 文号 line once looked back over the whole run)', () => {
    const text = Array.from({ length: 40_000 }, (_, k) => (k % 2 ? '国办函〔1996〕16 号' : '国务院办公厅文件')).join('\n')
    const lines = splitLines(text)
    const t0 = performance.now()
    expect(runsOf(lines, 0, lines.length, 44)).toHaveLength(1)
    // A guard against a hang, not a timing: linear takes milliseconds, quadratic many seconds.
    expect(performance.now() - t0).toBeLessThan(3000)
  })
})

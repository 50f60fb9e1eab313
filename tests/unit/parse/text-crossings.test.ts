// Two columns that pdftotext interleaved line by line (tests/fixtures/typeset/tuning): where the
// reading swaps the columns halfway down a page, every paragraph after the swap is broken. The
// lines are real lines of the tuning files; the paragraphs expected are those files' truth.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isBlank, splitLines } from '../../../src/main/importer/parse/lines'
import { readStreams, runsOf } from '../../../src/main/importer/parse/text-streams'
import { stayCost, type Unit } from '../../../src/main/importer/parse/text-joins'
import { blankFurniture } from '../../../src/main/importer/parse/text-pages'
import { readHeader, startsTitle } from '../../../src/main/importer/parse/header'
import type { TruthDoc } from '../../../bench/lib/accuracy-score'

const TUNING = path.resolve(__dirname, '../../fixtures/typeset/tuning')
const text = (name: string): string => readFileSync(path.join(TUNING, name, `${name}.txt`), 'utf8')
const truth = (name: string): TruthDoc[] =>
  (JSON.parse(readFileSync(path.join(TUNING, name, `${name}.truth.json`), 'utf8')) as { documents: TruthDoc[] }).documents
const flat = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '')

function streamed(name: string, from: number): string {
  return flat(readStreams(blankFurniture(splitLines(text(name)), from), from).filter((l) => !isBlank(l.text)).map((l) => l.text).join(''))
}

/** Share of the long paragraphs the raw text breaks that come out whole after reading the columns. */
function wholeShare(name: string, from: number): number {
  const out = streamed(name, from)
  const raw = flat(text(name))
  const broken = truth(name).flatMap((d) => d.paragraphs).filter((p) => flat(p).length > 60 && !raw.includes(flat(p)))
  return broken.filter((p) => out.includes(flat(p))).length / broken.length
}

describe('columns interleaved line by line, read without crossing', () => {
  it('give most broken paragraphs whole (city-2col-lines; 0.75 before crossings cost more)', () => {
    expect(wholeShare('city-2col-lines', 30)).toBeGreaterThan(0.8)
  })

  it('give most broken paragraphs whole (prov-2col-song; 0.74 before)', () => {
    expect(wholeShare('prov-2col-song', 30)).toBeGreaterThan(0.77)
  })
})

describe('a blank-free block written with a merged line (city-2col-lines.txt 94–97)', () => {
  // '…紧迫， 点（…）工作。' holds a line of each column; the right column's heading and two left
  // lines follow it without a blank line between.
  const raw = [
    '入新的发展阶段，产业升级和经济结构调整不断加', '', '动“学历证书 + 若干职业技能等级证书”制度试', '',
    '快，各行各业对技术技能人才的需求越来越紧迫， 点（以下称 1+X 证书制度试点）工作。',
    '一、完善国家职业教育制度体系',
    '职业教育重要地位和作用越来越凸显。但是，与发',
    '达国家相比，与建设现代化经济体系、建设教育强', '',
    '（一）健全国家职业教育制度框架。', '',
  ]

  it('marks its lines as of either column', () => {
    const lines = splitLines(raw.join('\n'))
    const [run] = runsOf(lines, 0, lines.length, 44)
    const mixed = run.filter((u) => u.mixed).map((u) => u.text)
    expect(mixed).toContain('一、完善国家职业教育制度体系')
    expect(mixed).toContain('达国家相比，与建设现代化经济体系、建设教育强')
    expect(run.find((u) => u.text.startsWith('入新的'))?.mixed).toBeFalsy()
  })

})

describe('staying in a column between two lines that stand alone', () => {
  const unit = (text: string): Unit => ({ line: 0, text, blankBefore: true, mergedRight: false, alone: true })

  it('costs more between column-wide lines (a crossing) than between a signature and its date', () => {
    // city-2col-flow.txt: page 5's right column, and the end of doc 1 in the left.
    const wide = stayCost(unit('招用符合创业担保贷款申请条件的人员数量达到企业'), unit('生产，切实调动各类市场主体的积极性、主动性和创造'), 48)
    const short = stayCost(unit('国务院'), unit('2018 年 12 月 21 日'), 48)
    expect(wide).toBeGreaterThan(short)
  })
})

describe('titles that start with the issuer and 对 or 转发 (city-2col-flow.txt 3011–3012)', () => {
  it('start a title, so a body line above the title is not taken into it', () => {
    expect(startsTitle('国务院办公厅对十届全国人大四次会议第')).toBe(true)
    expect(startsTitle('国务院办公厅转发国家地震局关于我国地震重点监视防御区的确定和')).toBe(true)
    expect(startsTitle('有关负责同志担任，办公室工作人员从成员单位司局级')).toBe(false)
    expect(startsTitle('各地区、各部门对照本意见要求')).toBe(false)
  })

  it('give the issuer and the title without it', () => {
    expect(readHeader(['国务院办公厅对十届全国人大四次会议第', '2996 号建议的答复'])).toEqual({
      issuers: ['国务院办公厅'],
      title: '对十届全国人大四次会议第2996号建议的答复',
    })
  })
})

// A 栏目 heading ('【部门文件】') set across the page ends the band of columns above it: pdftotext
// writes the upper band's lines, then the heading, then the lower band's. One standing in a column
// while the other runs on past it ends nothing. Excerpts from the tuning fixtures, their truth read
// off the pdf: county-xe-issuer pages 5 and 8 (heading across the page, the next document's 文号
// under it), city-xe-yearcols pages 5 and 10 and city-xe-dense page 4 (heading inside a column).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { runsOf } from '../../../src/main/importer/parse/text-streams'
import { headingAcross } from '../../../src/main/importer/parse/text-columns'
import { pageWidths } from '../../../src/main/importer/parse/text-page-widths'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'

const TUNING = path.resolve(__dirname, '../../fixtures/typeset/tuning')
const read = (name: string): string => readFileSync(path.join(TUNING, name, `${name}.txt`), 'utf8')

/** The flow of a whole fixture and the index of its line that reads `text` (1-based line `near` or after). */
function at(name: string, text: string, near: number): { f: { lines: ReturnType<typeof splitLines>; full: number }; i: number } {
  const lines = splitLines(read(name))
  const i = lines.findIndex((l, k) => k >= near - 2 && l.text.trim() === text)
  return { f: { lines, full: pageWidths(lines, 0)!(i) }, i }
}

describe('a 栏目 heading across the page (headingAcross)', () => {
  it('ends the band where the next document’s 文号 stands under it and both columns closed above', () => {
    for (const [text, near] of [['【部门文件】', 390], ['【县政府办公室文件】', 791]] as const) {
      const { f, i } = at('county-xe-issuer', text, near)
      expect(i).toBeGreaterThan(0)
      expect(headingAcross(f, i)).toBe(true)
    }
  })

  it('ends nothing where it stands in a column: the line before cut mid-sentence, or prose or recipients after', () => {
    const cases = [
      ['city-xe-yearcols', '【县区政府办公室文件】', 1186],
      ['city-xe-yearcols', '【县区文件】', 456],
      ['city-xe-dense', '■ 县区文件', 378],
      ['city-xe-dense', '■ 部门文件', 993],
    ] as const
    for (const [name, text, near] of cases) {
      const { f, i } = at(name, text, near)
      expect(i).toBeGreaterThan(0)
      expect(headingAcross(f, i)).toBe(false)
    }
  })

  it('ends the band where the line before is the left column’s open foot, the other column closing a document right before it', () => {
    // city-xe-toc2dec-c page 8 and city-xe-toc2dec-b page 25 (balanced columns over a banner across
    // the page): '…并做' and '…由浅源地震' go on at their band's right column's top, which closes.
    for (const [name, text, near] of [['city-xe-toc2dec-c', '【国务院文件】', 751], ['city-xe-toc2dec-b', '【人事任免】', 3242]] as const) {
      const { f, i } = at(name, text, near)
      expect(i).toBeGreaterThan(0)
      expect(headingAcross(f, i)).toBe(true)
    }
  })

  it('ends the band where the next title opens with joint issuers run together over its lines (prov3-song page 19)', () => {
    // '沅陵省财政厅沅陵省发展和改革委员会' / '沅陵省人力资源和社会保障厅沅陵省住' / '房和城乡建设厅关于…':
    // four units before 关于, too long for startsTitle's one issuer.
    const { f, i } = at('prov3-song', '【部门文件】', 2849)
    expect(i).toBeGreaterThan(0)
    expect(headingAcross(f, i)).toBe(true)
    const doc = parseIssue(read('prov3-song')).documents.find((d) => d.docNumber === '沅财发〔2022〕8号')!
    const paras = doc.blocks.map((b) => b.text.replace(/\s+/g, ''))
    expect(paras.some((p) => p.startsWith('住户收支与生活状况调查是一项重要的民生调查'))).toBe(true)
  })

  it('ends the band where the right column closes a regulation on a short last line beside the left column’s open foot', () => {
    // prov2-a4 page 5: the 专利代理条例 ends without a date ('…名义开展专利代 / 理业务。', written on one
    // line with the left column's '…玩忽职守、'); the left column's '…依法追' goes on at its band's right top.
    const { f, i } = at('prov2-a4', '【国务院文件】', 531)
    expect(i).toBeGreaterThan(0)
    expect(headingAcross(f, i)).toBe(true)
  })

  it('gives the 深圳湾 批复 under it its own paragraphs (prov2-a4)', () => {
    const doc = parseIssue(read('prov2-a4')).documents.find((d) => d.docNumber === '国函〔2006〕132号')!
    const paras = doc.blocks.map((b) => b.text.replace(/\s+/g, ''))
    expect(paras).toContain('经双方协商并按程序报经国务院批准，可提前终止土地使用权或者在租赁期满后续期。')
  })

  it('gives the 禁毒委员会 notice under 【人事任免】 its name list (city-xe-toc2dec-b)', () => {
    const doc = parseIssue(read('city-xe-toc2dec-b')).documents.find((d) => d.title?.includes('禁毒委员会'))
    const paras = new Set(doc?.blocks.map((b) => b.text.replace(/\s+/g, '')))
    expect(paras).toContain('主任：梁文壮县委副书记、政府县长')
  })

  it('parts the page’s runs: no run of county-xe-issuer page 5 holds lines on both sides of it', () => {
    const { f, i } = at('county-xe-issuer', '【部门文件】', 390)
    const runs = runsOf(f.lines, i - 130, i + 20, f.full)
    expect(runs.some((r) => r[0].line < i && r[r.length - 1].line > i)).toBe(false)
  })

  it('gives the 兴人社发 notice under it its own recipients and body (county-xe-issuer)', () => {
    const doc = parseIssue(read('county-xe-issuer')).documents.find((d) => d.docNumber === '兴人社发〔2022〕28号')!
    const paras = doc.blocks.map((b) => b.text.replace(/\s+/g, ''))
    expect(paras).toContain('《兴县全民健身实施计划(2021—2025年)》已经县人民政府同意,现印发给你们,请认真贯彻落实。')
  })
})

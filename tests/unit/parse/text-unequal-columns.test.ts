// Two columns of unequal widths (city-docx-sw-unequal: 25 hanzi beside 17), written line by line by
// pdftotext: the page is read at the wider width, each stream's lines at their own column's.
import { describe, expect, it } from 'vitest'
import { isBlank, splitLines } from '../../../src/main/importer/parse/lines'
import { readStreams } from '../../../src/main/importer/parse/text-streams'
import { columnWidths, displayWidth } from '../../../src/main/importer/parse/text-widths'
import { pageStarts } from '../../../src/main/importer/parse/text-pages'
import { misfitCost, repeatsLine, shortPair, unequalColumns } from '../../../src/main/importer/parse/text-unequal-columns'
import { parseIssue, parseIssueTraced } from '../../../src/main/importer/parse/parse-issue'
import type { SourceLine } from '../../../src/main/importer/parse/lines'
import { typesetText as text, typesetTruth as truth, flat } from '../../support/typeset-files'

function pagesOf(layout: string): { lines: ReturnType<typeof splitLines>; starts: number[]; widths: number[] } {
  const lines = splitLines(text(layout))
  const widths = columnWidths(lines.filter((l) => !isBlank(l.text)).map((l) => displayWidth(l.text)))
  return { lines, starts: pageStarts(lines), widths }
}

/** The non-blank lines read from `from` to `to`. */
function readLines(layout: string, from: number, to: number): string[] {
  return readStreams(splitLines(text(layout)), 100).slice(from, to).filter((l) => !isBlank(l.text)).map((l) => l.text)
}

describe('two columns of unequal widths', () => {
  it('finds the page’s two widths where its lines turn from one to the other', () => {
    const { lines, starts, widths } = pagesOf('city-docx-sw-unequal')
    // Page 4: the wide column's lines (50) and the narrow one's (34), one after the other.
    expect(unequalColumns(lines, starts[3], starts[4], widths)).toEqual([50, 34])
  })

  it('finds none in columns of one width', () => {
    const { lines, starts, widths } = pagesOf('city-docx-sw-s0')
    expect(starts.slice(2, -1).some((s, p) => unequalColumns(lines, s, starts[p + 3], widths) !== null)).toBe(false)
  })

  it('finds none where the text’s narrower width holds a page’s headings, captions and name rows (prov-xe-toc2col-b page 7)', () => {
    // The lines as the columns are read (after the earlier steps), at the text's widths [44, 28].
    let seen: SourceLine[] = []
    parseIssueTraced(text('prov-xe-toc2col-b'), { beforeStreams: (lines) => (seen = [...lines]) })
    const starts = pageStarts(seen)
    const widths = columnWidths(seen.filter((l) => !isBlank(l.text)).map((l) => displayWidth(l.text)))
    expect(widths).toEqual([44, 28])
    expect(unequalColumns(seen, starts[6], starts[7], widths)).toBeNull()
  })

  it('judges a line stopping at the narrow column’s edge mid-sentence no line of the wide one', () => {
    expect(misfitCost('各省、自治区、直辖市人民政府，国务', 50, 34)).toBeGreaterThan(0)
    expect(misfitCost('各省、自治区、直辖市人民政府，国务', 34, 50)).toBe(0)
    expect(misfitCost('行“三项制度”营造良好的社会氛围。', 50, 34)).toBe(0)
    expect(repeatsLine('兴县人民政府', '兴县人民政府')).toBe(true)
    expect(repeatsLine('兴县人民政府', '二○二二年六月九日')).toBe(false)
    expect(shortPair('（兴政函〔2022〕46 号）', '县经济技术开发区管理委员会：', 34)).toBe(true)
    expect(shortPair('兴县人民政府', '元，商业建筑面积为 298.31 平方米。', 34)).toBe(false)
  })

  it('reads a head written in one block with the other column’s head in its column (page 9)', () => {
    // '（兴政函〔2022〕46 号）' / '县经济技术开发区管理委员会：' / '县自然资源局：' as pdftotext wrote them.
    const doc = parseIssue(text('city-docx-sw-unequal')).documents.find((d) => d.docNumber === '兴政函〔2022〕46号')
    const want = truth('city-docx-sw-unequal').find((d) => d.docNumber === '兴政函〔2022〕46号')?.paragraphs ?? []
    expect(doc?.recipients).toBe('县自然资源局')
    expect(doc?.blocks.map((b) => flat(b.text))).toContain(flat(want[0] ?? '-'))
  })

  it('reads each column’s lines on, not the other column’s in between (page 4)', () => {
    const out = readLines('city-docx-sw-unequal', 170, 300)
    const at = (t: string): number => out.indexOf(t)
    expect(out[at('参与权、表达权、监督权的重要措施。行政执法机关要按') + 1]).toBe('照“谁执法谁公示”的原则，明确公示内容的采集、传')
    expect(out[at('行政执法全过程记录是行政执法活') + 1]).toBe('动合法有效的重要保证。行政执法机关')
  })

  it('gives each of two closings side by side its own date (page 9)', () => {
    const out = readLines('city-docx-sw-unequal', 905, 1000)
    const k = out.indexOf('权、扶持政策长期有效。')
    expect(out.slice(k + 1, k + 3)).toEqual(['兴县人民政府', '二○二二年六月九日'])
    const doc = parseIssue(text('city-docx-sw-unequal')).documents.find((d) => d.docNumber === '兴政发〔2022〕10号')
    expect(doc?.date).toBe('2022-06-09')
  })

  it('keeps the wide column’s paragraphs whole', () => {
    const docs = parseIssue(text('city-docx-sw-unequal')).documents
    const blocks = new Set(docs.flatMap((d) => d.blocks.map((b) => flat(b.text))))
    const want = truth('city-docx-sw-unequal').find((d) => d.docNumber === '国办发〔2018〕118号')?.paragraphs ?? []
    const p = want.find((t) => t.startsWith('行政执法全过程记录是行政执法活动'))
    expect(p).toBeDefined()
    expect(blocks).toContain(flat(p ?? '-'))
  })
})

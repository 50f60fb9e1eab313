// A section set in three narrow columns in an issue of two (pdftotext -layout, city-xe-3col's 【批复】,
// tests/fixtures/typeset/tuning): the columns read one after the other, their lines are judged at
// the narrower width, not the text's, or every line of them reads short and ends its paragraph.
// Two pages the reader judged at the text's width:
// - page 7, three columns throughout: a quarter of its lines open a paragraph an indent in from the
//   narrower width, so too few sat at it for the page to count as narrow;
// - page 8, three columns over the 【部门文件】 banner and two under it: the page is read at the text's
//   width, and its head band, down to the banner, at the narrower one.
import { describe, expect, it } from 'vitest'
import { readJoinedColumns } from '../../../src/main/importer/layout/text-joined-columns'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { foldIdeographs } from '../../../src/main/importer/read/fold-glyphs'
import { flat, typesetText, typesetTruth } from '../../support/typeset-files'

const LAYOUT = 'city-xe-3col'

/** The issue as the importer reads a -layout text file (read-source.ts). */
const issue = parseIssue(readJoinedColumns(readLayoutColumns(foldIdeographs(typesetText(LAYOUT, 'layout.txt')))))

/** The paragraphs of the document with this 文号 that come out whole, and how many it has. */
function whole(docNumber: string): { whole: number; of: number } {
  const truth = typesetTruth(LAYOUT).find((d) => d.docNumber === docNumber)
  const doc = issue.documents.find((d) => d.docNumber === docNumber)
  if (!truth || !doc) throw new Error(`no ${docNumber}`)
  const out = new Set(doc.blocks.map((b) => flat(b.text)))
  return { whole: truth.paragraphs.filter((p) => out.has(flat(p))).length, of: truth.paragraphs.length }
}

describe('a section in three narrow columns in an issue of two (-layout text)', () => {
  it('reads a page of three columns at their width though many lines open paragraphs (page 7)', () => {
    // Its numbered paragraphs ('一、同意锦绣园 4 号楼商业' / '部分补缴土地出让金差价，价款' …) each run on.
    const { whole: n, of } = whole('兴政函〔2022〕46号')
    expect(n).toBe(of)
  })

  it('reads the three columns over a banner at their width, the two under it at the text’s (page 8)', () => {
    const { whole: n, of } = whole('兴政函〔2022〕62号')
    expect(n).toBe(of)
    // The band under the banner stays at the text's width: the joint notice's paragraphs whole.
    const joint = issue.documents.find((d) => d.docNumber === '兴人社发〔2022〕19号')
    expect(joint?.blocks.map((b) => flat(b.text))).toContain(flat('《兴县依法关闭自备水井专项整治行动实施方案》已经县政府同意，现印发给你们，请认真抓好落实。'))
  })

  it('reads no name list at a page’s head as narrower columns (city-pdfkit-annex page 35)', () => {
    // Its entries ('张建兵 县发改局局长' …) sit at many widths near the text's narrower one, as many
    // an indent short as at it: the paragraph under the list is no entry's rest.
    const annex = parseIssue(readJoinedColumns(readLayoutColumns(foldIdeographs(typesetText('city-pdfkit-annex', 'layout.txt')))))
    const blocks = annex.documents.flatMap((d) => d.blocks.map((b) => flat(b.text)))
    expect(blocks).toContain(flat('王亚东 蔡家崖乡乡长'))
    expect(blocks.some((b) => b.startsWith(flat('领导小组定期主持召开培育乡村 e 镇工作会议')))).toBe(true)
  })
})

// Signals of text that keeps each line's place (pdftotext -layout), read on real typeset issues:
// what stays where it stands on the page (a running head centred by its spaces) is known as well
// as in text written without layout.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { REPO_ROOT } from '../../support/sample'

const TUNING = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning')
const layoutText = (name: string): string => readLayoutColumns(readFileSync(join(TUNING, name, `${name}.layout.txt`), 'utf8'))
const paragraphs = (text: string): string[] => parseIssue(text).documents.flatMap((d) => d.blocks.map((b) => b.text))

describe('pdftotext -layout text', () => {
  it("takes a section's running head centred by forty spaces for the head it is, not a paragraph's words", () => {
    // county-1col-heads: '县政府文件' heads odd pages, 40 cells in; the paragraph runs on over it.
    const text = paragraphs(layoutText('county-1col-heads'))
    expect(text.some((p) => /(县政府文件|县政府办公室文件)$/.test(p))).toBe(false)
    expect(text).toContain(
      '(一)农民工维权公示是指项目总承包企业应当在施工现场入口处、项目部和生活区域的醒目位置分别设立维权信息告示牌,明示建设单位、施工总包企业以及所在项目部、分包单位、相关行业工程建设主管部门、劳资专管员等信息;以及当地最低工资标准、工资支付日期、工资保证金情况、相关行业工程建设主管部门投诉电话和劳动保障投诉电话等信息。',
    )
  })

  it('starts a paragraph at a line set in by its leading spaces, though its words run to the full width', () => {
    // county-xe-kai-inner page 3, right column: '      六、本次补缴…税费。' / '      请你单位严格按照…' /
    // '   公正的原则…': the second line's indent is in its spaces, not in where it stops.
    const text = paragraphs(layoutText('county-xe-kai-inner'))
    expect(text).toContain('六、本次补缴土地出让金差价不含应收税费。')
    expect(text).toContain('请你单位严格按照批准方案，坚持公开、公平、公正的原则，依法依规办理。')
  })

  it('reads a column shifted a few cells in, line after line, as no paragraph start', () => {
    // city-2col-flow page 2, right column: four lines set in alike, the fifth back at the edge.
    expect(paragraphs(layoutText('city-2col-flow')).some((p) => p.includes('机械化率达到55%。薄弱环节机械化全面突破'))).toBe(true)
  })
})

// A Word section opening mid-page under balanced columns (county-docx-2col-b.layout.txt, page -8-):
// the right column of the band above ends a document (its issuers, date and 公开属性), the left
// column's paragraph stops mid-sentence on the row over the next document's 文号. Read left first
// over the page, that 文号 and its title cut the paragraph, whose rest stands at the right
// column's head. With no 文号 in the right column above, the 目录's order cannot tell it; the
// closing on the right and the sentence cut on the left do. A page whose left column closes a
// document right above the 文号 (page -2-) is one section: its right column goes on with the
// document the 文号 opens.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { sectionCuts } from '../../../src/main/importer/layout/text-layout-sections'
import type { Row } from '../../../src/main/importer/layout/text-layout-rows'
import { REPO_ROOT } from '../../support/sample'

const DIR = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', 'county-docx-2col-b')
const text = readFileSync(join(DIR, 'county-docx-2col-b.layout.txt'), 'utf8')
const pages = readLayoutColumns(text).split('\f').map((p) => p.split('\n').map((r) => r.trim()).filter((r) => r !== ''))
const at = (page: string[], start: string): number => page.findIndex((r) => r.startsWith(start))

describe('a 文号 under a left line cut mid-sentence, beside a right column closed by a date', () => {
  it('opens a band: the left paragraph goes on at the right column\'s head, the closing comes before the 文号', () => {
    const page = pages[9]
    const cut = at(page, '扩建项目农民工工资问题')
    expect(cut).toBeGreaterThan(0)
    expect(page[cut + 1]).toMatch(/^市、酒店、KTV/)
    expect(at(page, '兴政办函〔2022〕3 号')).toBeGreaterThan(at(page, '公开属性：主动公开'))
  })

  it('does not cut a page whose left column closes a document over the 文号', () => {
    const page = pages[3]
    expect(at(page, '兴政函(2022)44 号')).toBe(at(page, '公开属性：主动公开') + 1)
    expect(at(page, '工作有关事项的通知》')).toBeGreaterThan(at(page, '号)、《山西省自然资源厅关于当前建设用地报批'))
  })
})

describe('the left line over the 文号', () => {
  const body = (left: string, right: string): Row => ({ kind: 'both', left, right })
  const rows = (above: string): Row[] => [
    body('建设项目,综合执法局为责任单位;县城规划区内', '    兴县交通运输局'),
    body('有证建设项目,住建局为责任单位;工业企业及新', '  二〇二二年五月十二日'),
    body(above, '公开属性：主动公开'),
    { kind: 'left', text: '                   兴政办函〔2022〕3 号' },
  ]

  it('cuts under a first line indented two ems that runs to the column\'s edge', () => {
    expect(sectionCuts(rows('      (四)扩建项目农民工工资问题,工信局为责任'), 9, new Map())).toEqual([3])
  })

  it('does not cut under a title\'s last line centred over its 文号', () => {
    expect(sectionCuts(rows('         的批复'), 9, new Map())).toEqual([])
  })
})

describe('a 文号 under a part heading in the left column (county-docx-sw-cflow.layout.txt, page 11)', () => {
  // '  五、政策保障' closes the left column of the band above; its text ('根据县政府《关于打造…')
  // heads the right column, which ends a sentence on the row over the next document's 文号.
  const cflow = readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', 'county-docx-sw-cflow', 'county-docx-sw-cflow.layout.txt'), 'utf8')
  const page = readLayoutColumns(cflow).split('\f')[10].split('\n').map((r) => r.trim()).filter((r) => r !== '')

  it('opens a band: the heading\'s text comes before the 文号', () => {
    expect(page[at(page, '五、政策保障') + 1]).toMatch(/^根据县政府《关于打造城乡绿色低碳建设运/)
    expect(at(page, '兴政办函〔2022〕4 号')).toBeGreaterThan(at(page, '色低碳建设的顺利实施提供保障。'))
  })

  it('does not cut under a heading beside a right column that stops mid-sentence', () => {
    const body = (left: string, right: string): Row => ({ kind: 'both', left, right })
    const run: Row[] = [body('  五、政策保障', '实施主体可实现总体资金平衡及可持续运营，并'), { kind: 'left', text: '       兴政办函〔2022〕4 号' }]
    expect(sectionCuts(run, 10, new Map())).toEqual([])
  })
})

// A year's 〇 and a dash between dates set in a fallback font sit on their own baseline: pdftotext
// -layout writes them a row above their line (tuning county-web-mixed.layout.txt, Chromium with
// the 〇 from Noto Serif). Rows below are copied from the fixture.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lowerMarks } from '../../../src/main/importer/layout/text-layout-marks'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { readJoinedColumns } from '../../../src/main/importer/layout/text-joined-columns'
import { foldIdeographs } from '../../../src/main/importer/read/fold-glyphs'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { REPO_ROOT } from '../../support/sample'

const NAME = 'county-web-mixed'
const FILE = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', NAME, `${NAME}.layout.txt`)

describe('a mark a fallback font set a row above its line', () => {
  it('goes back into the gap its line left: a year’s 〇, its row gone when it stood alone', () => {
    const rows = ['                              兴县人民政府                   专管员，负责本项目劳动用工实名制管理，劳资专管', '', '                          〇', '                        二 二二年六月七日                      员为该项目劳动用工实名制管理的负责人。严禁发生']
    const out = lowerMarks(rows)
    expect(out).toHaveLength(3)
    expect(out[2]).toContain('二〇二二年六月七日                      员为')
  })

  it('goes back beside another column’s text on its row, a cell or two off its gap (a dash between dates)', () => {
    const rows = ['  （一）第一阶段为社会团体自查阶段。                机构的社会团体管理机构和各省、自治区、直辖市社', '          ―', '  1997年4 6月，由社会团体根据清理整顿的规定         会团体登记管理机关要对清理整顿工作进行认真总结']
    expect(lowerMarks(rows)[1]).toBe('  1997年4―6月，由社会团体根据清理整顿的规定         会团体登记管理机关要对清理整顿工作进行认真总结')
    const beside = ['位：                  张三牛 县自然资源局执             〇', '                                            二 二二年六月九日']
    const out = lowerMarks(beside)
    expect(out[0]).toBe('位：                  张三牛 县自然资源局执')
    expect(out[1].trim()).toBe('二〇二二年六月九日')
  })

  it('stays where no gap between a date’s characters stands under it', () => {
    const rows = ['        〇', '  张建平 县财政局局长']
    expect(lowerMarks(rows)).toEqual(rows)
  })

  it('gives the issue its dates as printed', () => {
    const text = readJoinedColumns(readLayoutColumns(foldIdeographs(readFileSync(FILE, 'utf8'))))
    const blocks = new Set(parseIssue(text).documents.flatMap((d) => d.blocks.map((b) => b.text.replace(/\s+/g, ''))))
    expect(blocks).toContain('二〇二二年六月九日')
    expect(blocks).toContain('二〇二二年六月七日')
    expect([...blocks].some((b) => b.startsWith('1997年4―6月，由社会团体根据'))).toBe(true)
  })
})

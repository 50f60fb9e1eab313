// A 领导小组's name table set in the narrow first column of a three-column page (pdftotext -layout,
// tuning city-web-3col-song page ·16·): each name's cell holds two hanzi a line, its rest wrapped
// under it ('王慧 县住建局局长' / '平'), and the table runs on into the middle column, where a
// post wraps too ('王晋 县经济开发区管理委员会建设' / '彪 规划部部长'). The right column ends short
// (the document's tail). No full line measures the first two columns and no run of the page
// shows two, so the rows stood as they were, each name cut in two and the middle column's
// entries read beside the first's. Every row of the left side holds two lines apart: read again,
// it splits into the page's first two columns, and each name is put back whole.
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { isTwoColumns } from '../../../src/main/importer/layout/text-layout-runs'
import type { Row } from '../../../src/main/importer/layout/text-layout-rows'
import { nameRows } from '../../../src/main/importer/layout/text-layout-names'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { flat, typesetText } from '../../support/typeset-files'

const both = (left: string, right: string): Row => ({ kind: 'both', left, right })

describe('a name table wrapped in a narrow column beside the next column', () => {
  it('reads the two sides as two columns though the table has no full line', () => {
    const run = [
      both('王慧 县住建局局长', '    王晋 县经济开发区管理委员会建设'),
      both('平', '    彪 规划部部长'),
      both('孙利 县文旅局局长', '    胡利 县公路段书记'),
      both('军', '    东'),
      both('王和 县林业局局长', '    刘晋 县水利局副局长'),
      both('平', '    利'),
      both('赵雪 县工信局局长', '      各有关乡（镇）党委书记、乡'),
      both('鸿', '    （镇）长'),
    ]
    expect(isTwoColumns(run)).toBe(true)
    // A left side of prose lines as narrow is no name table: its lines measure no column.
    expect(isTwoColumns(run.map((r, k) => both(k % 2 ? '务副' : '县政府办公室主任，', r.kind === 'both' ? r.right : '')))).toBe(false)
  })

  it("puts a name's rest back beside its post's rest", () => {
    const rows = ['    王晋 县经济开发区管理委员会建设', '    彪 规划部部长', '    胡利 县公路段书记', '    东', '    刘晋 县水利局副局长', '    利']
    expect(nameRows(rows)).toEqual(['    王晋彪\u3000\u3000县经济开发区管理委员会建设规划部部长', '    胡利东\u3000\u3000县公路段书记', '    刘晋利\u3000\u3000县水利局副局长'])
    // A post's rest goes on only under a post: a bare name's rest beside text is no entry's.
    expect(nameRows(['李', '茂 县政府', '张', '三 县政府', '王', '五 县政府'])).toEqual(['李', '茂 县政府', '张', '三 县政府', '王', '五 县政府'])
    // Nor is a 目录's page number under another ('第 5页' / '第 9页', prov-xe-toc2col) a name's rest.
    const toc = ['第 5页', '第 9页', '第 11页', '第 13页', '第 15页', '第 17页']
    expect(nameRows(toc)).toEqual(toc)
  })

  it('gives the 小水网 leading group its members whole, and the line set in under them apart (city-web-3col-song.layout.txt)', () => {
    const text = readLayoutColumns(typesetText('city-web-3col-song', 'layout.txt'))
    const doc = parseIssue(text).documents.find((d) => d.docNumber === '兴政办函〔2022〕10号')!
    const blocks = doc.blocks.map((b) => flat(b.text))
    for (const entry of ['王慧平县住建局局长', '赵雪鸿县工信局局长', '王晋彪县经济开发区管理委员会建设规划部部长', '刘晋利县水利局副局长']) expect(blocks).toContain(entry)
    expect(blocks).toContain('各有关乡(镇)党委书记、乡(镇)长')
  })
})

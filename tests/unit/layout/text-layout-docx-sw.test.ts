// Word-made two-column issues in -layout text (tuning city-docx-sw-*: python-docx + LibreOffice,
// pdftotext -layout). A numbered 栏目 banner centred on the page under columns that end on one
// row, with no rule between the columns, cuts the band: the columns above are read before it, the
// new section's title, 文号 and columns after it. And a page holding a name list beside a column
// of running text is judged at the text's width: its entries stop short, each ends its paragraph.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { readJoinedColumns } from '../../../src/main/importer/layout/text-joined-columns'
import { foldIdeographs } from '../../../src/main/importer/read/fold-glyphs'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { textEdges } from '../../../src/main/importer/parse/text-flow'
import { pageWidths } from '../../../src/main/importer/parse/text-page-widths'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { REPO_ROOT } from '../../support/sample'
import { flat } from '../../support/typeset-files'

const TUNING = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning')
const read = (name: string): string => readJoinedColumns(readLayoutColumns(foldIdeographs(readFileSync(join(TUNING, name, `${name}.layout.txt`), 'utf8'))))

describe('a numbered banner centred over Word-made columns with no rule (city-docx-sw-norule, page 8)', () => {
  const lines = read('city-docx-sw-norule').split('\n').map((l) => l.trim())

  it("reads the band above before the banner, the new section's document after it", () => {
    const banner = lines.lastIndexOf('三、部门联合发文')
    expect(banner).toBeGreaterThan(lines.indexOf('区域的修建性详细规划，以便进一步组织实施。'))
    expect(banner).toBeGreaterThan(lines.lastIndexOf('（兴政函〔2022〕55 号）'))
    expect(lines.indexOf('（兴人社发〔2022〕39 号）', banner)).toBe(banner + 3)
    // The band under the title is read left column first.
    const i = lines.indexOf('《兴县依法关闭自备水井专项整治行动实施')
    expect(lines.slice(i, i + 3)).toEqual(['《兴县依法关闭自备水井专项整治行动实施', '方案》已经县政府同意，现印发给你们，请认真', '抓好落实。'])
  })
})

describe('a page holding a name list beside a column of text (city-docx-sw-s0, 人事任免, page 13)', () => {
  const text = read('city-docx-sw-s0')
  const lines = splitLines(text)
  const at = (start: string): number => lines.findIndex((l) => l.text.trim().startsWith(start))

  it("is judged at the text's width, not at the name list's", () => {
    const entry = at('张三牛 县自然资源局执')
    expect(pageWidths(lines, 0, true)?.(entry)).toBeGreaterThanOrEqual(40)
    expect(textEdges(lines).get(lines[entry].no)).toBe('short')
  })

  it("keeps each entry's line its own paragraph", () => {
    const doc = parseIssue(text).documents.find((d) => (d.title ?? '').includes('禁毒委员会'))!
    const blocks = doc.blocks.map((b) => flat(b.text))
    for (const p of ['张三牛 县自然资源局执', '法大队副队长', '张虎军 县文旅局副局长', '刘振平 县交通局副局长']) expect(blocks).toContain(flat(p))
  })
})

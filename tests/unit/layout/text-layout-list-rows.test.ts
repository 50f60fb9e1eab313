// A name list in the left column beside the right column's lines set on rows of their own
// (pdftotext -layout, prov2-a0 page 21, the 污染源普查领导小组's members): an entry's cells stand
// apart ('  组   长：韩   正   国务院副总理'), and a run of spaces past the page's gutter share
// read as the gutter cut the post off into the right column, where it was read after the right
// column's lines. The whole row stops short of where the right column's lines start: it is the left's.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { listRowsLeft } from '../../../src/main/importer/layout/text-layout-list-rows'
import type { Row } from '../../../src/main/importer/layout/text-layout-rows'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetFile } from '../../support/typeset-files'

const right = (row: string): Row => ({ kind: 'right', text: row.trim() })
const rows = [
  '                               孙瑞标      税务总局副局长',
  '  组   长：韩   正   国务院副总理',
  '                               钱毅平      中央军委后勤保障部副部长',
  '                             任由生态环境部副部长赵英民兼任。领导小组',
  '       郭卫民      中央宣传部部务会议成',
  '                             成员因工作变动等需要调整的，由所在单位向',
  '                     市长   程远航',
]
const kinds: Row[] = [
  right(rows[0]),
  { kind: 'both', left: '  组   长：韩   正', right: '国务院副总理' },
  right(rows[2]),
  right(rows[3]),
  { kind: 'both', left: '       郭卫民', right: '中央宣传部部务会议成' },
  right(rows[5]),
  { kind: 'both', left: '                     市长', right: '程远航' },
]

describe('a name list’s entry cut at its cells short of the right column', () => {
  it('is read whole in the left column; an office over a name is not', () => {
    expect(listRowsLeft(rows, kinds).map((k) => k.kind)).toEqual(['right', 'left', 'right', 'right', 'left', 'right', 'both'])
    // Without the right column's rows to show where it starts, nothing is told.
    expect(listRowsLeft(rows.slice(0, 2), kinds.slice(0, 2))[1].kind).toBe('both')
  })

  it('gives the 污染源普查 notice its members with their posts (prov2-a0.layout.txt)', () => {
    const text = readLayoutColumns(readFileSync(typesetFile('prov2-a0', 'layout.txt'), 'utf8'))
    const doc = parseIssue(text).documents.find((d) => (d.title ?? '').includes('第二次全国污染源普查领导小组'))!
    const blocks = doc.blocks.map((b) => b.text.replace(/\s+/g, ''))
    expect(blocks).toContain('组长：韩正国务院副总理')
    expect(blocks).toContain('副组长：丁学东国务院副秘书长')
  })
})

// A name list's label set a row above its first holder by pdftotext -layout ('  成   员：' over
// '       郭卫民      中央宣传部部务会议成'), the holder's post cut mid-word at the column's end
// ('员、新闻办副主任', tuning prov2-a0, 国务院办公厅关于调整…领导小组组成人员的通知): the label
// holds the holder's row, which the text reader put together as an entry ('郭卫民　　中央宣传部…'),
// and the post's rest, a word's tail before a pause mark, goes on with it: one entry.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { holdsPost } from '../../../src/main/importer/parse/text-breaks'
import { BlockText } from '../../../src/main/importer/parse/block-text'
import { foldIdeographs } from '../../../src/main/importer/read/fold-glyphs'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { readJoinedColumns } from '../../../src/main/importer/layout/text-joined-columns'

const layoutText = (name: string): string =>
  readJoinedColumns(readLayoutColumns(foldIdeographs(readFileSync(join(__dirname, '../../fixtures/typeset/tuning', name, `${name}.layout.txt`), 'utf8'))))

const label: Parameters<typeof holdsPost>[0] = { block: { kind: 'nameListEntry', lines: [1] }, text: new BlockText('成   员：'), last: { text: '成   员：', edge: 'short' } }
const row = (text: string, kind: 'nameListEntry' | 'paragraph'): Parameters<typeof holdsPost>[1] => ({ text, kind, gap: 0, edge: 'short' })

describe('a name list’s label over its first holder’s row', () => {
  it('holds the row put together as an entry, not an entry of its own label', () => {
    expect(holdsPost(label, row('郭卫民　　中央宣传部部务会议成', 'nameListEntry'))).toBe(true)
    expect(holdsPost(label, row('副组长：丁学东　　国务院副秘书长', 'nameListEntry'))).toBe(false)
  })

  it('reads the label, the holder and the post’s rest as one entry in prov2-a0.layout.txt', () => {
    const doc = parseIssue(layoutText('prov2-a0')).documents.find((d) => d.blocks.some((b) => b.text.includes('郭卫民')))!
    const blocks = doc.blocks.map((b) => b.text.replace(/\s+/g, ''))
    expect(blocks).toContain('成员：郭卫民中央宣传部部务会议成员、新闻办副主任')
    expect(blocks).toContain('张勇发展改革委副主任')
  })

  it('leaves a label’s tail alone: plain text that split the label (‘成’ / ‘员：郭卫民’) starts the next entry (prov3-a4song.txt)', () => {
    const text = readFileSync(join(__dirname, '../../fixtures/typeset/tuning/prov3-a4song/prov3-a4song.txt'), 'utf8')
    const doc = parseIssue(text).documents.find((d) => d.blocks.some((b) => b.text.includes('钱毅平')))!
    expect(doc.blocks.map((b) => b.text.replace(/\s+/g, ''))).toContain('钱毅平中央军委后勤保障部副部长')
  })
})

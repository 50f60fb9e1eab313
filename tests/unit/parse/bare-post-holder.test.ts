// Plain text of a name list whose post and first holder share a row a wide gap apart (tuning
// prov2-a0.txt, 澄财发〔2022〕33号): pdftotext wrote '副组长：' on a line of its own and the holder
// on the next. A person reads the row as one entry; the next holder under the post is an entry of its own.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { holdsPost } from '../../../src/main/importer/parse/text-breaks'
import { BlockText } from '../../../src/main/importer/parse/block-text'

const tuning = (name: string): string => readFileSync(join(__dirname, '../../fixtures/typeset/tuning', name, `${name}.txt`), 'utf8')

const open = (text: string): Parameters<typeof holdsPost>[0] => ({
  block: { kind: 'nameListEntry', lines: [0] },
  text: new BlockText(text),
  last: { text, edge: 'short' },
})
const next = (text: string, gap = 0): Parameters<typeof holdsPost>[1] => ({ text, kind: 'paragraph', gap, edge: 'short' })

describe('a name list post set apart from its first holder', () => {
  it('goes on with a holder’s line, not with a sentence or after a gap', () => {
    expect(holdsPost(open('副组长：'), next('贾兴利国家统计局兴县调查队队长'))).toBe(true)
    expect(holdsPost(open('副组长：刘飞'), next('贾兴利国家统计局兴县调查队队长'))).toBe(false)
    expect(holdsPost(open('成员：'), next('各乡镇要高度重视，认真落实。'))).toBe(false)
    expect(holdsPost(open('成员：'), next('张建兵县发改局局长', 2))).toBe(false)
    expect(holdsPost(open('委员：'), next('余蔚平'))).toBe(false)
    expect(holdsPost(open('委 员：'), next('杨'))).toBe(false)
  })

  it('reads the post with its holder in prov2-a0.txt', () => {
    const doc = parseIssue(tuning('prov2-a0')).documents.find((d) => d.docNumber === '澄财发〔2022〕33号')!
    const blocks = doc.blocks.map((b) => b.text.replace(/\s+/g, ''))
    expect(blocks).toContain('副组长：贾兴利国家统计局兴县调查队队长')
    expect(blocks).toContain('朱建林县统计局局长')
  })
})

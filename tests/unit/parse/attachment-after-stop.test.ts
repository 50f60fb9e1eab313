// Plain text of a reply whose attachments are listed by number under its last paragraph (tuning
// prov2-a0.txt, 国函〔2006〕132号): '…在租赁期满后续期。' / '附件 1. 深圳湾口岸港方口岸区的查验区界' /
// '址点坐标' / '2. 深圳湾公路大桥部分桥面界址点坐标'. pdftotext dropped the indents, and the last
// paragraph's line runs to the width: the attachment's numbered label after the full stop starts
// the list, as '附件：' does.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { startsAfterStop } from '../../../src/main/importer/parse/text-breaks'

const tuning = (name: string): string => readFileSync(join(__dirname, '../../fixtures/typeset/tuning', name, `${name}.txt`), 'utf8')
const next = (text: string): Parameters<typeof startsAfterStop>[0] => ({ text, kind: 'paragraph', gap: 0, edge: 'full' })

describe('an attachment’s numbered label after a full stop', () => {
  it('starts a paragraph; an attachment named inside a sentence does not', () => {
    expect(startsAfterStop(next('附件 1. 深圳湾口岸港方口岸区的查验区界'))).toBe(true)
    expect(startsAfterStop(next('附件2．兴县住户调查大样本轮换工作方案'))).toBe(true)
    expect(startsAfterStop(next('附件 1 所列项目由各乡镇负责组织实施，并'))).toBe(false)
  })

  it('parts the reply’s last paragraph from its attachments in prov2-a0.txt', () => {
    const doc = parseIssue(tuning('prov2-a0')).documents.find((d) => d.docNumber === '国函〔2006〕132号')!
    const blocks = doc.blocks.map((b) => b.text.replace(/\s+/g, ''))
    expect(blocks).toContain('经双方协商并按程序报经国务院批准，可提前终止土地使用权或者在租赁期满后续期。')
    expect(blocks.some((b) => b.startsWith('附件1.深圳湾口岸港方口岸区的查验区界址点坐标'))).toBe(true)
  })
})

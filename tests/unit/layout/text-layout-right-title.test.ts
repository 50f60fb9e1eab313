// A document opening in the right column under the last one's closing, its title in a larger face,
// while the left column runs on beside it (pdftotext -layout, prov2-a0 page 21: 国办函〔1996〕14号
// beside 国办函〔1996〕16号's 二、… 四、). pdftotext set the title's first line from left of the
// gutter, so the row crossed it and was read as set across the page: the left column's rest was
// read after the new title, and 16号's last four sections went to 14号.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { rightColumnTitles } from '../../../src/main/importer/layout/text-layout-heads'
import type { Row } from '../../../src/main/importer/layout/text-layout-rows'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetFile } from '../../support/typeset-files'

const rows = [
  '高使用效益。                         （本文有删减）',
  '    二、关于理顺黄金工业投资渠道问题',
  '                       国务院办公厅关于广东与香港、澳门合',
  '    （一）从 1996 年起，新开工项目由中国人民',
  '建设银行贷款；续建项目，过去由哪家银行贷款，   建自动气象站网有关问题的复函',
  '今后仍由其安排贷款。                          国办函〔1996〕14 号',
]
const kinds: Row[] = [
  { kind: 'both', left: '高使用效益。', right: '（本文有删减）' },
  { kind: 'left', text: rows[1] },
  { kind: 'across', text: rows[2] },
  { kind: 'left', text: rows[3] },
  { kind: 'both', left: '建设银行贷款；续建项目，过去由哪家银行贷款，', right: '建自动气象站网有关问题的复函' },
  { kind: 'both', left: '今后仍由其安排贷款。', right: '国办函〔1996〕14 号' },
]

describe('a right column’s title whose first line crosses the gutter', () => {
  it('goes back to the right column when its 文号 stands there beside the left column’s lines', () => {
    expect(rightColumnTitles(rows, kinds, 30).map((k) => k.kind)).toEqual(['both', 'left', 'right', 'left', 'both', 'both'])
    // With its 文号 set across (no left line beside it), the title is across the page.
    const across = [...kinds]
    across[5] = { kind: 'across', text: rows[5] }
    expect(rightColumnTitles(rows, across, 30)[2].kind).toBe('across')
    // Under a blank row or a title's line, it stays across.
    const under = [...kinds]
    under[1] = { kind: 'blank' }
    expect(rightColumnTitles(rows, under, 30)[2].kind).toBe('across')
  })

  it('reads prov2-a0 page 21 left column first: 国办函〔1996〕16号 keeps its sections', () => {
    const text = readLayoutColumns(readFileSync(typesetFile('prov2-a0', 'layout.txt'), 'utf8'))
    const doc = parseIssue(text).documents.find((d) => d.docNumber === '国办函〔1996〕16号')!
    const blocks = doc.blocks.map((b) => b.text.replace(/\s+/g, ''))
    expect(blocks).toContain('二、关于理顺黄金工业投资渠道问题')
    expect(blocks).toContain('四、关于黄金产品增值税和黄金产地加工问题')
    expect(blocks.some((b) => b.startsWith('另外，白银的经济政策继续按照'))).toBe(true)
  })
})

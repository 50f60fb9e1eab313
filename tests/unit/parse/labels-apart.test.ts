// Numbers pdftotext sets apart from what they number, in the one-column texts of the typeset
// tuning layouts: a decimal section number written under its paragraph's first line
// (prov-1col-pages.txt: '省级粮食应急…按' / '4.2.3' / '照职责…'), and a figure's number written
// over its caption (prov-xe-yearpages.txt: '图1' / '' / '汽车号牌编码规则').
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { buildBlocks } from '../../../src/main/importer/parse/blocks'

const TUNING = join(__dirname, '../../fixtures/typeset/tuning')
const blocksOf = (layout: string): string[] => {
  const issue = parseIssue(readFileSync(join(TUNING, layout, `${layout}.txt`), 'utf8'))
  return issue.documents.flatMap((d) => d.blocks.map((b) => b.text))
}

describe('a section number written under its paragraph’s first line (prov-1col-pages)', () => {
  const blocks = blocksOf('prov-1col-pages')
  const starting = (head: string): string | undefined => blocks.find((t) => t.startsWith(head))

  it('goes back before the line it numbers, and the paragraph reads whole', () => {
    expect(starting('4.2.3')).toBe('4.2.3省级粮食应急工作指挥部接到国家粮食应急工作指挥部通知后，要立即组织有关人员按照职责迅速落实应急措施。')
    expect(starting('4.3.1')).toMatch(/^4\.3\.1出现省级（Ⅱ级）粮食应急状态时，.*报告有关情况。$/)
    expect(starting('4.3.2')).toMatch(/^4\.3\.2省（区、市）粮食应急预案启动后，.*报国务院批准。$/)
  })

  it('a number in order (its text after it) stays with its text', () => {
    expect(starting('4.2.2')).toMatch(/^4\.2\.2国务院批准启动本预案后，/)
  })

  it('a number at a page’s top is not paired with the running head, and starts its own paragraph', () => {
    expect(blocks).toContain('6.2应急经费和清算')
    expect(starting('6.2.1')).toMatch(/^6\.2\.1财政部会同国务院有关部门（单位），.*及时进行清算。$/)
  })
})

describe('a figure’s number set over its caption (prov-xe-yearpages)', () => {
  const blocks = blocksOf('prov-xe-yearpages')

  it('joins its caption, a unit note in brackets included', () => {
    expect(blocks).toContain('图1 汽车号牌编码规则')
    expect(blocks).toContain('图3 汽车号牌尺寸（单位：毫米）')
    expect(blocks).toContain('图7 摩托车后部单只号牌')
  })

  it('keeps what is no caption apart: a signature, a piece cut at a bracket', () => {
    const texts = (lines: string[]): string[] => buildBlocks(lines.map((text, no) => ({ no, text }))).map((b) => b.text)
    expect(texts(['图2', '', '国务院办公厅'])).toEqual(['图2', '国务院办公厅'])
    expect(texts(['图4', '', '毫米）'])).toEqual(['图4', '毫米）'])
  })
})

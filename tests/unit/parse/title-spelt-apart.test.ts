// A three-column page pdftotext left as written (tuning web3-sw-xbs.txt, page 9): the 文号
// '兴政办发〔2022〕9号' is written under a line of the column beside it ('应链，成为扩大消费的新亮点、
// 成为'), before the title '兴县人民政府关于申请培 / 育乡村e镇工作的报告' that the 目录 lists
// before it, while its own title '兴县人民政府办公室关于 / 印发兴县培育乡村e镇发展 / 规划的通知'
// stands whole after that one. The 文号 alone, out of the 目录's order, starts no document: the
// title does, and the plan's body is the plan's, not the report's.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { titleSpeltApart } from '../../../src/main/importer/parse/title-across'
import { folded } from '../../../src/main/importer/parse/lines'

const tuning = (name: string): string => readFileSync(join(__dirname, '../../fixtures/typeset/tuning', name, `${name}.txt`), 'utf8')
const lines = (texts: string[]): { no: number; text: string }[] => texts.map((t, i) => ({ no: i + 1, text: t }))

describe('a 文号 written apart from its title, out of the 目录’s order', () => {
  const plan = folded('兴县人民政府办公室关于印发兴县培育乡村e镇发展规划的通知')
  const page = lines([
    '应链，成为扩大消费的新亮点、成为',
    '兴政办发〔2022〕9号',
    '',
    '兴县人民政府关于申请培',
    '育乡村e镇工作的报告',
    '',
    '融领域，从商品供应链拓展到产业供',
    '',
    '兴县人民政府办公室关于',
    '印发兴县培育乡村e镇发展',
    '规划的通知',
    '',
    '带动就业的新载体，也成为促进经济',
  ])

  it('finds where the 目录’s title stands whole, its lines following one another', () => {
    expect(titleSpeltApart(page, 0, plan)).toBe(8)
    // Cut by a blank line, or opening mid-title, the lines spell no title.
    const cut = lines(['兴县人民政府办公室关于', '', '印发兴县培育乡村e镇发展', '规划的通知'])
    expect(titleSpeltApart(cut, 0, plan)).toBe(-1)
    expect(titleSpeltApart(lines(['印发兴县培育乡村e镇发展', '规划的通知']), 0, folded('兴县人民政府办公室关于印发兴县培育乡村e镇发展规划的通知'))).toBe(-1)
  })

  it('starts the plan at its title in web3-sw-xbs.txt, after the report the 目录 lists first', () => {
    const docs = parseIssue(tuning('web3-sw-xbs')).documents
    const at = (n: string): number => docs.findIndex((d) => d.docNumber === n)
    expect(at('兴政函〔2022〕35号')).toBeLessThan(at('兴政办发〔2022〕9号'))
    const body = (n: string): string[] => docs[at(n)].blocks.map((b) => b.text.replace(/\s+/g, ''))
    expect(body('兴政办发〔2022〕9号')).toContain('本次规划年限为2022—2025年。')
    expect(body('兴政函〔2022〕35号')).not.toContain('本次规划年限为2022—2025年。')
  })
})

// A PDF title whose last word was set apart (city-xe-3col.pdf, tests/fixtures/typeset/tuning: a
// 批复 in a narrow third column, '关于2022年度安全生产监督检查计划的' over '批复'): the title read
// stops short of its 文种 where the 目录's title with its 文号 goes on, and takes the 目录's.
// Anything else the page read stays: its typography is the page's own word.
import { describe, expect, it } from 'vitest'
import type { ParsedDocument, TocEntry } from '../../../src/shared/domain'
import { cutTitlesFromToc } from '../../../src/main/importer/parse/toc-titles'

const entry: TocEntry = { category: '批复', title: '关于2022年度安全生产监督检查计划的批复', docNumber: '兴政函〔2022〕49号', page: 6 }
const doc = (title: string, docType: string | null): ParsedDocument =>
  ({ title, docNumber: '兴政函〔2022〕49号', issuers: ['兴县人民政府'], issuer: '兴县人民政府', docType }) as unknown as ParsedDocument

describe('a title cut short in a PDF', () => {
  it('takes the 目录 title it begins', () => {
    const d = doc('关于2022年度安全生产监督检查计划的', null)
    cutTitlesFromToc([d], [entry])
    expect(d.title).toBe('关于2022年度安全生产监督检查计划的批复')
    expect(d.docType).toBe('批复')
    expect(d.issuers).toEqual(['兴县人民政府'])
  })

  it('keeps a whole title, and one that differs from the 目录, as the page printed it', () => {
    const whole = doc('关于2022年度安全生产监督检查计划的批复', '批复')
    const other = doc('关于2022年度安全监督检查计划的', null)
    cutTitlesFromToc([whole, other], [{ ...entry, title: '兴县人民政府关于2022年度安全生产监督检查计划的批复' }])
    expect(whole.title).toBe('关于2022年度安全生产监督检查计划的批复')
    expect(other.title).toBe('关于2022年度安全监督检查计划的')
  })
})

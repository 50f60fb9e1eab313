// A -layout page (prov-xe-3col-answers-b.layout.txt, page 14) whose upper band is a document's
// tail in two columns, its lower one a 栏目 banner, a title and three columns: the page's gutter is
// found in the three, the two do not cross it where it lies, and the whole page was one run left
// as printed, the two columns' lines side by side. Bands set apart by two blank rows are read each
// at the gutter its own rows show.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { REPO_ROOT } from '../../support/sample'

const DIR = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', 'prov-xe-3col-answers-b')
const text = readFileSync(join(DIR, 'prov-xe-3col-answers-b.layout.txt'), 'utf8')

describe('a band in two columns over a band in three', () => {
  const page = readLayoutColumns(text).split('\f')[13].split('\n').map((r) => r.trim())

  it('is read left column first, at its own gutter', () => {
    const left = page.indexOf('部门、上级人民政府对下级人民政府要加强指导监')
    const right = page.indexOf('督，发现问题及时纠正。审核机构要建立健全统计')
    expect(left).toBeGreaterThan(0)
    expect(right).toBeGreaterThan(left)
    expect(page.some((r) => r.includes('认真落实审') && r.includes('督，发现'))).toBe(false)
  })

  it('reads the band below as its own: banner, title, then the first column', () => {
    const banner = page.indexOf('【建议提案答复】')
    expect(banner).toBeGreaterThan(page.indexOf('（此件公开发布）'))
    expect(page[page.indexOf('（国办函〔2005〕69 号）') + 1]).toBe('邓乃扬、韩汝琦委员：')
  })

  it('gives the document ending in the two columns its signature and date', () => {
    const doc = parseIssue(readLayoutColumns(text)).documents.find((d) => d.docNumber === '国办发〔2018〕115号')
    expect(doc?.date).toBe('2018-12-04')
  })
})

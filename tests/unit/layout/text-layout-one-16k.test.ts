// city-xe-one-16k.layout.txt: an issue in one column on a 16开 page, its 目录 in two columns.
// - On the 目录 page pdftotext writes two rows of the right column one space after a full left
//   line, short of the gutter: '国务院办公厅关于印发“无废城市”建 【国务院办公厅函件】' (a title's
//   line as wide as the widest beside the right column) and '  设试点工作方案的通知 . . . . 6 国务院
//   办公厅关于辽宁省在曾培炎副' (an entry's last line, its page). Read as the left column's, the
//   right column lost its banner and an entry's first line: the 目录 was not read (TOC_LOST on
//   every document, 3 invented).
// - On the body pages a line's tail set on another baseline (a full-width bracket the fallback
//   font sets lower) stands on the row under it, pushed right to where the line ends.
import { describe, expect, it } from 'vitest'
import { readLayoutColumns } from '../../../src/main/importer/layout/text-layout-columns'
import { rejoinLineTails } from '../../../src/main/importer/layout/text-layout-tails'
import { splitGluedTocRows } from '../../../src/main/importer/layout/text-layout-toc-rows'
import { rowKind } from '../../../src/main/importer/layout/text-layout-rows'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { typesetText } from '../../support/typeset-files'

const text = typesetText('city-xe-one-16k', 'layout.txt')
const toc = text.split('\f')[1].split('\n')

describe('a 目录 row holding the right column one space after a full left line', () => {
  const kinds = () => toc.map((r) => rowKind(r, 55, 15))
  const at = (s: string): number => toc.findIndex((r) => r.trimStart().startsWith(s))

  it('is cut there: the left line, and the right column its banner and title line', () => {
    const split = splitGluedTocRows(toc, kinds())
    expect(split[at('国务院办公厅关于印发“无废城市”建')]).toMatchObject({ kind: 'both', left: '国务院办公厅关于印发“无废城市”建' })
    const page = split[at('设试点工作方案的通知')]
    expect(page.kind).toBe('both')
    if (page.kind !== 'both') return
    expect(page.left.trim()).toMatch(/^设试点工作方案的通知[ .]+6$/)
    expect(page.right.trim()).toBe('国务院办公厅关于辽宁省在曾培炎副')
  })

  it('a title line cut at a space beside a digit, or on a page with no leaders, is not', () => {
    const row = '国务院办公厅转发国家地震局关于 1997 年地震趋势和'
    expect(splitGluedTocRows([...toc, row], [...kinds(), { kind: 'left', text: row }]).at(-1)?.kind).toBe('left')
    const plain = toc.map((r) => r.replace(/(?:\. )+/g, ''))
    expect(splitGluedTocRows(plain, plain.map((r) => rowKind(r, 55, 15)))[at('国务院办公厅关于印发“无废城市”建')].kind).toBe('left')
  })

  it('gives every document its 目录 entry', () => {
    const issue = parseIssue(readLayoutColumns(text))
    expect(issue.toc.map((e) => e.docNumber)).toContain('国办函〔2004〕57号')
    expect(issue.documents.every((d) => d.tocTitle !== null)).toBe(true)
  })
})

describe("a line's tail set a row low on a page in one column", () => {
  const page = text.split('\f')[2].split('\n')
  const keep = page.map(() => false)

  it('is put back at the line it ends', () => {
    const out = rejoinLineTails(page, keep)!
    expect(out).toContain('企业外籍技术人员的比例要求、放宽人才中介机构限制。（负责部门：人力资源社')
    expect(out).toContain(' （七）在《内地与香港关于建立更紧密经贸关系的安排》、《内地与澳门关于建')
    expect(out.some((r) => r.trim() === '（负责部门：人力资源社')).toBe(false)
  })

  it('a line under a heading that would make no full line with it stays', () => {
    const rows = ['二、县政府函件', '     兴县人民政府关于省道254线兴县境内吕家沟至', ...page.slice(12, 30)]
    expect(rejoinLineTails(rows, rows.map(() => false))?.[0] ?? rows[0]).toBe('二、县政府函件')
  })
})

describe("a 目录 row whose left entry ends in a page printed as the folio ('. .·11·')", () => {
  const rows = typesetText('prov3-song-bare', 'layout.txt').split('\f')[1].split('\n')
  const glued = rows.findIndex((r) => r.includes('情况的函. .·11· 国务院办公厅关于调整'))

  it('is cut after the page: the next entry starts the right column', () => {
    const split = splitGluedTocRows(rows, rows.map((r) => rowKind(r, 55, 15)))
    const row = split[glued]
    expect(row.kind).toBe('both')
    if (row.kind !== 'both') return
    expect(row.left.trim()).toBe('工作时所提问题和建议办理情况的函. .·11·')
    expect(row.right.trim()).toBe('国务院办公厅关于调整国务院第二次全国污染')
  })

  it("gives the 函 its own title, not the next entry's", () => {
    const issue = parseIssue(readLayoutColumns(typesetText('prov3-song-bare', 'layout.txt')))
    const doc = issue.documents.find((d) => d.docNumber === '国办函〔2004〕71号')
    expect(doc?.title).toBe('关于四川省在温家宝总理考察工作时所提问题和建议办理情况的函')
  })
})

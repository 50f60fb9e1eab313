// A two-column 目录 that pdftotext's default text writes across its columns, one or two lines at a
// time (swap-prov2-above2, prov2-above's look printed with other texts: the text-swap sweep's round 5).
// Each entry prints its 文号 on the line under its page; the left column's last entry
// ('国务院关于印发个人所得税专项附加扣除暂行' at its foot) runs on at the right column's top
// ('办法的通知 . . . ·19·' / '国发〔2018〕41 号', written before most of the left column); a joint
// title's first line runs its units together ('沱川省财政厅沱川省发展和改革委员会沱川省'); the right
// column's 栏目 is written on the row of a left entry's page ('…的批复 . . . ·18· 【人事任免】').
// The blocks fit 128 readings; the body, which prints every title, its 文号 and its 栏目, bears one
// out best. Before: no entry read at all (TOC_LOST on all 17 documents).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { splitLines } from '../../../src/main/importer/parse/lines'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { parseToc } from '../../../src/main/importer/parse/toc'
import { typesetFile, typesetTruth } from '../../support/typeset-files'

const text = (): string => readFileSync(typesetFile('swap-prov2-above2', 'txt'), 'utf8')

describe('swap-prov2-above2 in plain text: a two-column 目录 read across its columns', () => {
  it('reads every entry with its 栏目, 文号 and page, the left column first', () => {
    const toc = parseToc(splitLines(text()))
    const truth = typesetTruth('swap-prov2-above2')
    // The decree and the regulation it promulgates: two entries, one document.
    expect(toc.entries.slice(0, 2).map((e) => e.title)).toEqual(['沱川省人民政府令', '专利代理条例'])
    const entries = [toc.entries[0], ...toc.entries.slice(2)]
    expect(entries).toHaveLength(truth.length)
    expect(entries.map((e) => e.category)).toEqual(truth.map((d) => d.category))
    expect(entries.map((e) => e.page)).toEqual([...entries.map((e) => e.page)].sort((a, b) => (a ?? 0) - (b ?? 0)))
    // The last entry's 文号 stands on the 目录's next page, after its last line.
    expect(entries.slice(1, -1).map((e) => e.docNumber)).toEqual(truth.slice(1, -1).map((d) => d.docNumber))
    const carried = toc.entries.find((e) => e.docNumber === '国发〔2018〕41号')
    expect(carried).toMatchObject({ title: '国务院关于印发个人所得税专项附加扣除暂行办法的通知', page: 19, category: '国务院办公厅函件' })
    const joint = toc.entries.find((e) => e.docNumber === '沱财发〔2022〕31号')
    expect(joint?.title).toBe('沱川省财政厅沱川省发展和改革委员会沱川省人力资源和社会保障厅沱川省住房和城乡建设厅关于认真做好住户调查大样本轮换工作的通知')
    expect(joint?.category).toBe('部门文件')
  })

  it('gives the issue its documents’ 栏目 and titles from the 目录', () => {
    const docs = parseIssue(text()).documents
    const truth = typesetTruth('swap-prov2-above2')
    expect(docs).toHaveLength(truth.length)
    expect(docs.map((d) => d.category)).toEqual(truth.map((d) => d.category))
    expect(docs.every((d) => !(d.reasons ?? []).some((r) => r.code === 'TOC_LOST'))).toBe(true)
  })
})

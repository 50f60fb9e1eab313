// A 目录 line moved by the converter (scripts/confidence-faults.ts moveLine on a 目录 it did not
// recognise as one): the 栏目 heading or the title line read out of place gives a document a wrong
// 栏目 or a title cut short, which its own fields contradict. Real typeset layouts, as printed
// and with the fault injected.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { isDoubtful } from '../../../src/main/importer/parse/confidence'
import type { ParsedDocument } from '../../../src/shared/domain'
import { typesetFile } from '../../support/typeset-fixture'

const text = (layout: string, ext = 'txt'): string => readFileSync(typesetFile(layout, ext), 'utf8')
const codes = (d: ParsedDocument | undefined): string[] => (d?.reasons ?? []).map((r) => r.code)
const byNumber = (docs: ParsedDocument[], n: string): ParsedDocument | undefined => docs.find((d) => d.docNumber === n)

describe('CATEGORY_VS_ISSUERS: a department’s document under its government’s 栏目', () => {
  it('doubts it when the issue has a 栏目 for departments’ documents', () => {
    // city-pdfkit-annex.txt: the 目录's ◇ 部门联合发文 ◇ read two entries late, so the joint
    // 通知 of five departments took the 栏目 before it, 区县政府文件.
    const lines = text('city-pdfkit-annex').split('\n')
    const heading = lines.indexOf('◇ 部门联合发文 ◇')
    const after = lines.indexOf('害防治方案的通知')
    expect(heading).toBeGreaterThan(0)
    expect(after).toBeGreaterThan(heading)
    const [moved] = lines.splice(heading, 1)
    lines.splice(after + 1, 0, moved)
    const joint = byNumber(parseIssue(lines.join('\n')).documents, '兴人社发〔2022〕8号')
    expect(joint?.category).toBe('区县政府文件')
    expect(codes(joint)).toContain('CATEGORY_VS_ISSUERS')
    expect(isDoubtful(joint?.confidence ?? 1)).toBe(true)
    expect(codes(byNumber(parseIssue(text('city-pdfkit-annex')).documents, '兴人社发〔2022〕8号'))).not.toContain('CATEGORY_VS_ISSUERS')
  })

  it('leaves departments’ documents under a government’s 栏目 in an issue with no 栏目 of their own', () => {
    // city-lo-fang and county-2col-kai print their joint documents under 县（市、区）政府文件 / 县政府文件.
    for (const layout of ['city-lo-fang', 'county-2col-kai']) {
      const joint = parseIssue(text(layout)).documents.filter((d) => d.issuers.length > 2)
      expect(joint.length).toBeGreaterThan(0)
      for (const d of joint) expect(codes(d)).not.toContain('CATEGORY_VS_ISSUERS')
    }
  })
})

describe('NUMBERED_WITHOUT_TYPE: a numbered document whose title names no 文种', () => {
  it('doubts a title cut to a 目录 row that lost its second line', () => {
    // city-pdfkit-annex.layout.txt: the 目录 row of 兴政函〔2022〕46号 read five lines late, after
    // the other entries' lines; the title taken from it ends at '…清零行动补'.
    const lines = text('city-pdfkit-annex', 'layout.txt').split('\n')
    const row = lines.findIndex((l) => l.startsWith('兴县人民政府关于2022年不动产解遗及清零行动补 兴政函〔2022〕46号'))
    expect(row).toBeGreaterThan(0)
    const [moved] = lines.splice(row, 1)
    lines.splice(row + 5, 0, moved)
    const cut = byNumber(parseIssue(lines.join('\n')).documents, '兴政函〔2022〕46号')
    expect(cut?.docType).toBeNull()
    expect(codes(cut)).toContain('NUMBERED_WITHOUT_TYPE')
    expect(isDoubtful(cut?.confidence ?? 1)).toBe(true)
    // As printed, every numbered title ends in its 文种.
    expect(parseIssue(text('city-pdfkit-annex', 'layout.txt')).documents.flatMap(codes)).not.toContain('NUMBERED_WITHOUT_TYPE')
  })
})

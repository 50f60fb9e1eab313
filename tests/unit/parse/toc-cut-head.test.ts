// A 目录 set in two columns that pdftotext read across (prov-lo-masthead.txt, tests/fixtures/
// typeset/tuning, lines 10–24): an entry's first line '国务院办公厅关于调整国务院第二次全国' fell
// into the entry before it, and the entry kept only '污染源普查领导小组组成人员的通知'. The body's
// whole title, which ends with it, is the document's.
import { describe, expect, it } from 'vitest'
import type { ParsedDocument, TocEntry } from '../../../src/shared/domain'
import { titlesFromToc } from '../../../src/main/importer/parse/toc-titles'

const entry: TocEntry = { category: '国务院办公厅文件', title: '污染源普查领导小组组成人员的通知', docNumber: '国办函〔2018〕74号', page: 4 }
const doc = (title: string): ParsedDocument => ({ title, docNumber: '国办函〔2018〕74号', issuers: ['国务院办公厅'], issuer: '国务院办公厅', docType: '通知' }) as unknown as ParsedDocument

describe('a 目录 entry that lost its head', () => {
  it('leaves the whole title read in the body', () => {
    const d = doc('关于调整国务院第二次全国污染源普查领导小组组成人员的通知')
    titlesFromToc([d], [entry])
    expect(d.title).toBe('关于调整国务院第二次全国污染源普查领导小组组成人员的通知')
  })

  it('still gives its title where the body read two titles run together', () => {
    const d = doc('关于调整国务院第二次全国污染源普查领导小组组成人员的通知关于抓好赋予科研机构和人员更大自主权的通知')
    titlesFromToc([d], [{ ...entry, title: '国务院办公厅关于调整国务院第二次全国污染源普查领导小组组成人员的通知' }])
    expect(d.title).toBe('关于调整国务院第二次全国污染源普查领导小组组成人员的通知')
  })
})

// Fields built from weak evidence are checked by something else the issue prints, or doubted:
// a decree's regulation taken from the 目录 entry after the decree only when the decree's document
// names it; a 栏目 that names the State Council for a county office's document; a joint
// document's last unit cut at the title's wrap, spelt whole by its stacked signature.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ParsedDocument } from '../../../src/shared/domain'
import { parseIssue, pickIssuers } from '../../../src/main/importer/parse/parse-issue'
import { decreeUntitled, promulgates } from '../../../src/main/importer/parse/decree'
import { assess } from '../../../src/main/importer/parse/confidence'
import { categoryVsIssuers, titleHoldsTwo } from '../../../src/main/importer/parse/cross-checks'
import { parserText } from '../../support/perturb'

function tuning(name: string, ext = 'txt'): string {
  return parserText(readFileSync(join(process.cwd(), 'tests', 'fixtures', 'typeset', 'tuning', name, `${name}.${ext}`), 'utf8'))
}

const decreeOf = (docs: ParsedDocument[]): ParsedDocument => docs.find((d) => d.docType === '令')!

describe('a decree listed alone in the 目录, two 任免 without 文号 listed after it (city-xe-toc2dec-c)', () => {
  const docs = parseIssue(tuning('city-xe-toc2dec-c')).documents
  const RENMIAN = '兴县人民政府办公室关于调整兴县小水网工程建设领导小组的通知'

  it('does not take the 任免 listed next for the regulation the decree promulgates', () => {
    const decree = decreeOf(docs)
    expect(decree.docNumber).toBe('澧源市人民政府令 第6号')
    expect(decree.title).not.toBe(RENMIAN)
    expect(decree.tocTitle).not.toBe(RENMIAN)
  })

  it('still pairs a regulation listed under its decree that the decree names (city-xe-toc2dec)', () => {
    const decree = decreeOf(parseIssue(tuning('city-xe-toc2dec')).documents)
    expect([decree.title, decree.tocTitle]).toEqual(['专利代理条例', '专利代理条例'])
  })

  it('knows a regulation by the decree’s title or by its text quoting it', () => {
    const doc = { title: '澧源市人民政府令', blocks: [{ kind: 'paragraph', text: '《专利代理条例》已经2018年9月6日国务院第23次常务会议修订通过，现予公布。' }] } as unknown as ParsedDocument
    expect(promulgates(doc, '专利代理条例')).toBe(true)
    expect(promulgates(doc, RENMIAN)).toBe(false)
    expect(promulgates({ ...doc, title: '专利代理条例', blocks: [] }, '专利代理条例')).toBe(true)
  })
})

describe('a 栏目 naming the State Council for a county office’s document (city-xe-toc2dec, text)', () => {
  const docs = parseIssue(tuning('city-xe-toc2dec')).documents

  it('doubts the document read under the other column’s banner', () => {
    // The 目录 keeps it under its own 栏目 now (toc-head-firsts keepBlocks); read under the other
    // column's banner, as before, it is doubted.
    const doc = docs.find((d) => d.docNumber === '兴政办函〔2022〕16号')!
    expect(doc.category).toBe('市政府办公室文件')
    expect(categoryVsIssuers(doc)).toBe(false)
    expect(categoryVsIssuers({ ...doc, category: '国务院办公厅函件' })).toBe(true)
  })

  it('leaves the State Council’s own documents and the county’s under their 栏目', () => {
    for (const d of docs.filter((x) => x.docNumber === '国办函〔1996〕14号' || x.docNumber === '兴政办函〔2022〕6号')) {
      expect(categoryVsIssuers(d), d.title).toBe(false)
    }
    // A city's gazette prints the State Council's 函 under its own 栏目 too.
    const state = docs.find((d) => d.docNumber === '国办函〔1996〕14号')!
    expect(categoryVsIssuers({ ...state, category: '市政府办公室文件' })).toBe(false)
  })
})

describe('a joint title whose last unit wraps mid-name (city-web-3col-c, pdftotext -layout)', () => {
  it('takes the stacked signature’s units when each unit of the title is the end of one of them', () => {
    const doc = parseIssue(tuning('city-web-3col-c', 'layout.txt')).documents.find((d) => d.docNumber === '兴人社发〔2022〕23号')!
    expect(doc.issuers).toEqual(['兴县人力资源和社会保障局', '兴县发展和改革局', '兴县财政局', '兴县住房和城乡建设管理局'])
    const signed = ['兴县人力资源和社会保障局', '兴县发展和改革局', '兴县财政局', '兴县住房和城乡建设管理局']
    expect(pickIssuers(['兴县人力资源和社会保障局', '兴县发展和改革局', '兴县财政局', '和城乡建设管理局'], signed)).toEqual(signed)
  })
})

describe('a 文号 the 目录 writes apart from its title (city-xe-toc2dec, text)', () => {
  it('doubts a document given that 文号 from the 目录 when the body’s 文号 line went to another document', () => {
    const lines = readFileSync(join(process.cwd(), 'tests', 'fixtures', 'typeset', 'tuning', 'city-xe-toc2dec', 'city-xe-toc2dec.txt'), 'utf8').split('\n')
    const body = lines.findIndex((l, k) => k > 100 && l.startsWith('（澧人社发〔2022〕6 号）'))
    expect(body).toBeGreaterThan(0)
    // The 文号 line written 40 lines early, among the document before's lines.
    const moved = lines.filter((_, k) => k !== body)
    moved.splice(body - 40, 0, lines[body])
    const joint = parseIssue(parserText(moved.join('\n'))).documents.find((d) => d.title === '关于认真做好住户调查大样本轮换工作的通知')!
    expect(joint.docNumber).toBe('澧人社发〔2022〕6号')
    expect((joint.reasons ?? []).map((r) => r.code)).toContain('NUMBER_PLACED')
    expect((joint.reasons ?? []).map((r) => r.code)).not.toContain('NUMBER_FROM_TOC')
  })
})

describe('a decree’s title', () => {
  const decree = { docNumber: '澧源市人民政府令 第6号', title: '澧源市人民政府令' }

  it('doubts a decree titled by its own name (city-xe-toc2dec-c, text: the regulation’s title not read)', () => {
    expect(decreeUntitled(decree)).toBe(true)
    expect(decreeUntitled({ ...decree, title: '专利代理条例' })).toBe(false)
    // city-xe-toc2dec-c's decree is now titled by the regulation its text promulgates: not doubted.
    const doc = decreeOf(parseIssue(tuning('city-xe-toc2dec-c')).documents)
    expect(doc.title).toBe('专利代理条例')
    expect((doc.reasons ?? []).map((r) => r.code)).not.toContain('DECREE_UNTITLED')
  })

  it('checks the title of a decree the 目录 lists by name alone against the regulation its text names', () => {
    const entry = { category: '市政府令', title: '澧源市人民政府令', docNumber: '澧源市人民政府令 第6号', page: 1 }
    const text = '《专利代理条例》已经2018年9月6日国务院第23次常务会议修订通过，现将修订后的《专利代理条例》公布，自2019年3月1日起施行。'
    const doc = {
      seq: 1, docNumber: entry.docNumber, docNumberRaw: entry.docNumber, title: '专利代理条例', tocTitle: entry.title, category: '市政府令',
      docType: '令', issuer: '澧源市人民政府', issuers: ['澧源市人民政府'], recipients: null, date: '2018-11-06', public: false, tocPage: 1,
      consult: null, attachments: [], blocks: [{ kind: 'paragraph', text }],
    } as unknown as ParsedDocument
    const facts = { hasToc: true, entry, numberFromToc: false, previousPage: null, sectionClash: false }
    expect(assess(doc, facts).reasons.map((r) => r.code)).not.toContain('TITLE_DIFFERS_FROM_TOC')
    expect(assess({ ...doc, title: '兴县人民政府办公室关于调整兴县小水网工程建设领导小组的通知' }, facts).reasons.map((r) => r.code)).toContain('TITLE_DIFFERS_FROM_TOC')
  })
})

describe('two 目录 entries run together where the 文号 row between them was lost (prov-xe-unbal-b, pdftotext -layout)', () => {
  it('doubts a title that holds a 文种 and another unit’s title after it', () => {
    const lines = readFileSync(join(process.cwd(), 'tests', 'fixtures', 'typeset', 'tuning', 'prov-xe-unbal-b', 'prov-xe-unbal-b.layout.txt'), 'utf8').split('\n')
    const row = lines.findIndex((l) => l.trim().startsWith('国办函〔2006〕69 号 . .'))
    expect(row).toBeGreaterThan(0)
    const docs = parseIssue(parserText(lines.filter((_, k) => k !== row).join('\n'))).documents
    const glued = docs.find((d) => d.title.includes('答复国务院办公厅对'))!
    expect((glued.reasons ?? []).map((r) => r.code)).toContain('TITLE_HOLDS_TWO')
    expect(glued.confidence).toBeLessThan(0.7)
    expect(titleHoldsTwo('对十届全国人大四次会议第7264号建议的答复')).toBe(false)
    expect(titleHoldsTwo('关于转发省政府关于加强安全生产工作的通知的通知')).toBe(false)
  })
})

// Doubts found by the page-level faults of scripts/confidence-faults.ts (a page's columns read in
// the other order, a 文号 line read across its title, a 栏目 banner lost): each fault below is one
// the measure applied to a tuning layout's text, which left a wrong field in a document the
// confidence called sure.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Block, ParsedDocument } from '../../../src/shared/domain'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { isDoubtful } from '../../../src/main/importer/parse/confidence'
import { publicDetached } from '../../../src/main/importer/parse/doubt-signals'
import { carriedPastGovernment, issuerRunOn } from '../../../src/main/importer/parse/issue-doubts'
import { sectionsNumberedInRun } from '../../../src/main/importer/parse/sections'
import type { SourceLine } from '../../../src/main/importer/parse/lines'

const NEW = ['ISSUER_RUN_ON', 'SECTION_CARRIED_OVER', 'PUBLIC_DETACHED', 'PUBLIC_BESIDE_DETACHED']

function lines(name: string): string[] {
  return readFileSync(path.resolve(process.cwd(), `tests/fixtures/typeset/tuning/${name}/${name}.txt`), 'utf8').split('\n')
}

const at = (ls: string[], line: string): number => {
  const i = ls.findIndex((l) => l.trim() === line)
  expect(i, line).toBeGreaterThanOrEqual(0)
  return i
}

/**
 * The page holding `line` read with its blocks (runs of lines between blank lines) from the one
 * that opens with `line` first: a converter that took the page's columns in the other order.
 */
function columnsSwapped(ls: string[], line: string): string[] {
  const from = at(ls, line)
  let start = from
  while (start > 0 && !ls[start].includes('\f')) start--
  let end = from
  while (end < ls.length && !ls[end].includes('\f')) end++
  const blocks: string[][] = []
  for (let i = start + 1, cur: string[] = []; i <= end; i++) {
    if (i < end && ls[i].trim()) cur.push(ls[i])
    else if (cur.length) blocks.push(cur.splice(0))
  }
  const k = blocks.findIndex((b) => b[0].trim() === line)
  const swapped = [...blocks.slice(k), ...blocks.slice(0, k)].flatMap((b) => [...b, ''])
  return [...ls.slice(0, start + 1), ...swapped, ...ls.slice(end)]
}

const codes = (d: ParsedDocument): string[] => (d.reasons ?? []).map((r) => r.code)
const p = (text: string, kind: Block['kind'] = 'paragraph'): Block => ({ kind, text })
const doc = (fields: Partial<ParsedDocument>): ParsedDocument =>
  ({ title: '', docNumber: null, docType: '通知', category: null, issuers: [], date: null, public: false, blocks: [], ...fields }) as ParsedDocument

describe('doubts the page-level faults called for', () => {
  it('gives none of the new reasons to the documents of clean issues', () => {
    for (const name of ['county-tables', 'prov-xe-yearpages', 'city-lo-decree', 'county-xe-kai-inner']) {
      for (const d of parseIssue(lines(name).join('\n')).documents) expect(codes(d).filter((c) => NEW.includes(c)), `${name} ${d.title}`).toEqual([])
    }
  })

  it('sees a caption glued before a signature: an issuer that is another issuer with text run on', () => {
    // county-tables.txt: the 文号 line read before the attachment's last caption, which then
    // joined the signature of the next document.
    const ls = lines('county-tables')
    const number = at(ls, '兴政办发〔2022〕14 号')
    const [moved] = ls.splice(number, 1)
    ls.splice(at(ls, '厕所立面图'), 0, moved)
    const docs = parseIssue(ls.join('\n')).documents
    // The 目录 lists 14号 under the office's name: the units read with the caption run on before
    // them are the 目录's (toc-titles.ts), so no issuer is left run on.
    const glued = docs.find((d) => d.docNumber === '兴政办发〔2022〕14号')!
    expect(glued.issuers).toEqual(['兴县人民政府办公室'])
    expect(codes(glued)).not.toContain('ISSUER_RUN_ON')
    const office = doc({ issuers: ['兴县人民政府办公室'] })
    expect(issuerRunOn(doc({ issuers: ['月日兴县人民政府办公室文件兴县人民政府办公室'] }), [office])).toBe(true)
    // A unit named in full beside its short name, or a different unit ending alike, is no run-on.
    expect(issuerRunOn(doc({ issuers: ['兴县人民政府办公室'] }), [doc({ issuers: ['县人民政府办公室'] })])).toBe(false)
    expect(issuerRunOn(office, [doc({ issuers: ['兴县人民政府'] })])).toBe(false)
  })

  it('sees an office’s documents carried under the government’s 栏目 (its banner lost)', () => {
    // prov-xe-yearpages.txt: the 目录's 【国务院办公厅文件】 banner lost, so 国办 documents listed
    // after the 国务院's took 国务院文件.
    const ls = lines('prov-xe-yearpages')
    ls[at(ls, '【国务院办公厅文件】')] = ''
    const docs = parseIssue(ls.join('\n')).documents
    const carried = docs.filter((d) => d.category === '国务院文件' && d.issuers[0] === '国务院办公厅')
    expect(carried.length).toBeGreaterThan(0)
    for (const d of carried) {
      expect(codes(d)).toContain('SECTION_CARRIED_OVER')
      expect(isDoubtful(d.confidence!)).toBe(true)
    }
    // A 栏目 of the office's documents alone under the government's name is the gazette's choice
    // (county-web-mixed prints 国办 documents under 国务院文件, none of the 国务院's before them).
    const office = doc({ category: '国务院文件', issuers: ['国务院办公厅'] })
    expect(carriedPastGovernment([office, doc({ category: '国务院文件', issuers: ['国务院办公厅'] })]).size).toBe(0)
    expect(carriedPastGovernment([doc({ category: '国务院文件', issuers: ['国务院'] }), office])).toEqual(new Set([office]))
  })

  it('trusts a 目录 that numbers its 栏目 without a gap: departments printed under the 县 government’s 栏目', () => {
    // city-lo-fang.txt: 一、国务院文件 二、国务院办公厅文件 三、县（市、区）政府文件, the last
    // listing three departments' joint 通知 after the 兴县人民政府's own: the gazette's choice.
    const ls = lines('city-lo-fang')
    const joint = (docs: ParsedDocument[]): ParsedDocument => docs.find((d) => d.issuers.length === 3)!
    const clean = parseIssue(ls.join('\n')).documents
    expect(joint(clean).category).toBe('县（市、区）政府文件')
    expect(codes(joint(clean))).not.toContain('SECTION_CARRIED_OVER')
    expect(isDoubtful(joint(clean).confidence!)).toBe(false)
    // 二、 lost from the 目录 leaves 一、三: the 国办 documents took 国务院文件 and are doubted.
    ls[at(ls, '二、国务院办公厅文件')] = ''
    const docs = parseIssue(ls.join('\n')).documents
    const carried = docs.filter((d) => d.issuers[0] === '国务院办公厅')
    expect(carried.map((d) => d.category)).toEqual(['国务院文件', '国务院文件', '国务院文件'])
    for (const d of carried) expect(codes(d)).toContain('SECTION_CARRIED_OVER')
  })

  it('reads a 目录’s 栏目 numbers: from 一 on, without a gap, every 栏目 numbered', () => {
    const src = (...texts: string[]): SourceLine[] => texts.map((text, no) => ({ no, text }))
    const three = ['国务院文件', '国务院办公厅文件', '县（市、区）政府文件']
    expect(sectionsNumberedInRun(src('一、国务院文件', '国务院关于…（国函〔2018〕145 号）....1', '二、国务院办公厅文件', '三、县（市、区）政府文件'), 0, 3, three)).toBe(true)
    expect(sectionsNumberedInRun(src('一、国务院文件', '三、县（市、区）政府文件'), 0, 1, [three[0], three[2]])).toBe(false)
    // The label on its own line names the 栏目 under it; 十一 follows 十.
    const eleven = Array.from({ length: 11 }, (_, k) => `栏目${k}文件`)
    const labels = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一']
    expect(sectionsNumberedInRun(src(...eleven.flatMap((n, k) => [`${labels[k]}、`, n])), 0, 21, eleven)).toBe(true)
    // A 栏目 printed without a number: the numbers say nothing of it.
    expect(sectionsNumberedInRun(src('一、国务院文件', '【国务院办公厅文件】'), 0, 1, three.slice(0, 2))).toBe(false)
  })

  it('sees a public 附注 under another unit’s closing read into the body', () => {
    // The fault itself: the decree took the 附注 of a document whose closing was read into its end.
    const docs = parseIssue(columnsSwapped(lines('city-lo-decree'), '续以专利代理机构、专利代理师的名义开展专利').join('\n')).documents
    const decree = docs.find((d) => d.docType === '令')!
    expect(decree.public).toBe(true)
    expect(codes(decree)).toContain('PUBLIC_DETACHED')
    expect(isDoubtful(decree.confidence!)).toBe(true)
    // city-lo-decree.txt, a page's columns read in the other order: the decree's regulation ends
    // with the closing of a 县 document, its 附注 under it; the decree is not public.
    const blocks = [p('市长周文华', 'signature'), p('二〇一八年十一月六日', 'date'), p('专利代理条例', 'title'), p('第一章总则', 'heading1'),
      p('第五章附则', 'heading1'), p('兴县人民政府', 'signature'), p('二〇二二年六月九日', 'date'), p('（此件公开发布）', 'note')]
    expect(publicDetached(doc({ docType: '令', date: '2018-11-06', public: true, blocks }))).toBe('closing')
    // Its own closing, the 附注 under it, or read between the signature and the date: its own.
    expect(publicDetached(doc({ date: '2022-06-09', public: true, blocks: blocks.slice(4) }))).toBe(null)
    const between = [p('兴县人民政府', 'signature'), p('（此件公开发布）', 'note'), p('二〇二二年六月九日', 'date')]
    expect(publicDetached(doc({ date: '2022-06-09', public: true, blocks: between }))).toBe(null)
    // Amid the text, under no closing (columns read across as often leave a document's own there).
    expect(publicDetached(doc({ date: '2022-06-09', public: true, blocks: [p('各乡（镇）人民政府：'), p('（此件公开发布）', 'note'), p('现将……'), ...blocks.slice(5, 7)] }))).toBe('amid')
  })
})

// Confidence (issue 12, item 4): every document scores 0–1 with reasons; damage a correct issue
// line by line and the fields that go wrong must sit in doubtful documents.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ParsedDocument, ParsedIssue } from '../../../src/shared/domain'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { assess, DOUBTFUL_BELOW, gluedIssuer, isDoubtful, type TocFacts } from '../../../src/main/importer/parse/confidence'
import { titleLikeness, titleRunApart } from '../../../src/main/importer/parse/toc-title-likeness'
import { tocGaps } from '../../../src/main/importer/parse/toc-gaps'
import { sampleText } from './sample'

const text = readFileSync(path.resolve(process.cwd(), 'tests/fixtures/genre/jiangnan-2020-06.txt'), 'utf8')
const clean = parseIssue(text)
const FIELDS = ['docNumber', 'title', 'category', 'issuer', 'date', 'public', 'tocPage'] as const

/** The issue with one line replaced (null deletes it): its first printing (目录) or its last (body). */
function damaged(line: string, by: string | null, where: 'first' | 'last'): ParsedIssue {
  const lines = text.split('\n')
  const at = where === 'first' ? lines.indexOf(line) : lines.lastIndexOf(line)
  expect(at, line).toBeGreaterThanOrEqual(0)
  if (by === null) lines.splice(at, 1)
  else lines[at] = by
  return parseIssue(lines.join('\n'))
}

/**
 * Wrong fields of `issue` against the clean parse. A document is found again by its 目录 title;
 * one that is lost counts against the document before it, whose body swallowed it.
 */
function wrongFields(issue: ParsedIssue): { doc: ParsedDocument | null; field: string }[] {
  const out: { doc: ParsedDocument | null; field: string }[] = []
  for (const truth of clean.documents) {
    const doc = issue.documents.find((d) => d.tocTitle === truth.tocTitle)
    if (!doc) {
      // Its lines run on in the body of the document printed before it.
      const before = clean.documents[clean.documents.indexOf(truth) - 1]
      const host = issue.documents.find((d) => d.tocTitle === before?.tocTitle)
      for (const f of FIELDS) out.push({ doc: host ?? null, field: f })
      continue
    }
    for (const f of FIELDS) if (JSON.stringify(doc[f]) !== JSON.stringify(truth[f])) out.push({ doc, field: f })
  }
  return out
}

const DAMAGE: [string, string | null, 'first' | 'last'][] = [
  ['（江政发〔2020〕7 号）', null, 'last'], // 文号 lost: taken from the 目录
  ['2020年3月25日', null, 'last'], // joint notice loses its date
  ['二〇二〇年三月十八日', null, 'last'], // decree loses its date, so its regulation's title too
  ['江南省人民政府关于王建国等同志职务任免的通知', '江南省人民政府关于王建国同志任职的通知', 'last'], // body title ≠ 目录
  ['【部门文件】', null, 'first'], // the 目录 loses a section
  ['（江政办明电〔2020〕3号）………………………………………………（7）', '（江政办明电〔2020〕3号）………………………………………………（2）', 'first'],
  ['江南省人民政府关于公布第一批省级职业教育实训基地名单的公告…………（10）', null, 'first'], // not in the 目录: swallowed
  ['江南省人民政府办公厅关于2020年部分节假日安排的通知', '关于2020年部分节假日安排的通知', 'last'], // issuer gone from the title
  ['江南省财政厅', null, 'last'], // a signature line lost
  ['2020 年 3 月 18 日', '2019 年 3 月 18 日', 'last'], // a date misread: its year contradicts the 文号
  ['2020年3月25日', '2020年4月25日', 'last'], // a date misread: after the issue came out (2020-03-31)
  ['江南省教育厅', null, 'last'], // a signature line lost: recovered from the units the title names
  ['江南省财政厅', '江南省财政厅江南省教育厅', 'last'], // two units glued into one signature: recovered too
]

describe('confidence', () => {
  it('every document of the correct issues has a confidence in [0, 1] and reasons; none of the sample is doubtful', () => {
    const sample = parseIssue(sampleText)
    for (const d of [...sample.documents, ...clean.documents]) {
      expect(d.confidence).toBeGreaterThanOrEqual(0)
      expect(d.confidence).toBeLessThanOrEqual(1)
      expect(Array.isArray(d.reasons)).toBe(true)
      for (const r of d.reasons ?? []) expect(r.message).toMatch(/[\u4e00-\u9fff]/)
    }
    expect(sample.documents.filter((d) => isDoubtful(d.confidence ?? 0))).toEqual([])
    expect(clean.documents.every((d) => d.confidence === 1)).toBe(true)
  })

  it('a title one character off the 目录 is near, a different one is not', () => {
    expect(titleLikeness('关于调整兴县小水网工程建设领导组的通知', '关于调整兴县小水网工程建设领导小组的通知')).toBeGreaterThanOrEqual(0.9)
    expect(titleLikeness('兴县人民政府关于印发…的通知', '关于印发…的通知')).toBe(1)
    expect(titleLikeness('关于王建国等同志职务任免的通知', '关于王建国同志任职的通知')).toBeLessThan(0.9)
  })

  it('a title with another column\'s words run into its middle is apart from the 目录, a misprint is not', () => {
    // city-web-2col.layout.txt as read: 对省道 of the column beside it run into the title.
    const listed = '兴县人民政府关于申请省道嵒大线魏家滩至蔡家崖段（薛家塔隧道）公路改建工程养护资金及维护费用的请示'
    const read = '关于申请省道嵒大线魏家对省道滩至蔡家崖段（薛家塔隧道）公路改建工程养护资金及维护费用的请示'
    expect(titleLikeness(listed, read)).toBeGreaterThanOrEqual(0.9)
    expect(titleRunApart(listed, read)).toBe(3)
    expect(titleRunApart('关于调整兴县小水网工程建设领导组的通知', '关于调整兴县小水网工程建设领导小组的通知')).toBe(1)
    expect(titleRunApart('关于印发兴县冬季清洁取暖工作方案的通知', '关于印发兴县冬季清洁取暖方案的通知')).toBe(2)
    expect(titleRunApart('关于调整兴县小水网工程领导组的通知', '关于调整兴县小山网工程领导组的通知')).toBe(0)
  })

  it.each(DAMAGE)('damage %#: %s → doubtful where fields went wrong', (line, by, where) => {
    const wrong = wrongFields(damaged(line, by, where))
    expect(wrong.filter((w) => w.doc === null)).toEqual([])
    const silent = wrong.filter((w) => w.doc && !isDoubtful(w.doc.confidence ?? 1))
    expect(silent.map((w) => `${w.doc?.seq}.${w.field} ${w.doc?.confidence}`)).toEqual([])
  })

  it(`over all damage, ≥ 95% of wrong fields sit in documents below ${DOUBTFUL_BELOW}`, () => {
    const wrong = DAMAGE.flatMap(([line, by, where]) => wrongFields(damaged(line, by, where)))
    const flagged = wrong.filter((w) => w.doc !== null && isDoubtful(w.doc.confidence ?? 1))
    console.log(`wrong fields: ${wrong.length}, in doubtful documents: ${flagged.length}`)
    expect(wrong.length).toBeGreaterThanOrEqual(DAMAGE.length)
    expect(flagged.length / wrong.length).toBeGreaterThanOrEqual(0.95)
  })
  describe('fields checked against each other', () => {
    const joint = clean.documents.find((d) => d.issuers.length === 3)!
    const facts: TocFacts = { hasToc: true, entry: null, numberFromToc: false, previousPage: null, sectionClash: false }
    const codes = (d: ParsedDocument): string[] => assess(d, { ...facts, entry: clean.toc.find((e) => e.title === d.tocTitle) ?? null }, clean.meta).reasons.map((r) => r.code)

    it('the clean joint notice raises none of them', () => {
      expect(joint.tocTitle).toContain('江南省财政厅')
      expect(codes(joint)).toEqual([])
    })

    it('signatures that are not the units the title names are doubtful', () => {
      expect(codes({ ...joint, issuers: joint.issuers.slice(0, 2) })).toEqual(['ISSUERS_VS_TITLE'])
      expect(codes({ ...joint, issuers: ['江南省财政厅', '江南省教育厅', '江南省科学技术厅'] })).toEqual(['ISSUERS_VS_TITLE'])
    })

    it('a forwarding notice names its issuer before 转发: the forwarded unit after it is no signature the title asks for', () => {
      const forwards = { ...joint, title: '转发江南省财政厅关于下达补助资金的通知', tocTitle: '江南省人民政府办公厅转发江南省财政厅关于下达补助资金的通知' }
      expect(codes({ ...forwards, issuers: ['江南省人民政府办公厅'] })).not.toContain('ISSUERS_VS_TITLE')
      expect(codes({ ...forwards, issuers: ['江南省财政厅'] })).toContain('ISSUERS_VS_TITLE')
    })

    it('one signature holding two units is doubtful; a unit with its place inside once is not', () => {
      expect(gluedIssuer('江南省财政厅江南省教育厅')).toBe(true)
      expect(gluedIssuer('市生态环境局兴县分局')).toBe(false)
      expect(gluedIssuer('国家统计局兴县调查队')).toBe(false)
      expect(codes({ ...joint, issuers: ['江南省财政厅江南省教育厅', '江南省人力资源和社会保障厅'] })).toEqual(['ISSUERS_GLUED'])
    })

    it('a date after the issue came out, or in another year than the 文号, is doubtful', () => {
      expect(codes({ ...joint, date: '2020-04-25' })).toEqual(['DATE_AFTER_ISSUE'])
      expect(codes({ ...joint, date: '2019-03-25' })).toEqual(['DATE_VS_NUMBER'])
    })
  })
  it('a body that holds the title of a 目录 entry no document was found for swallowed that document', () => {
    const [first, second] = clean.documents
    const entry = clean.toc.find((e) => e.title === second.tocTitle)!
    const glued = { ...first, blocks: [...first.blocks, { kind: 'paragraph' as const, text: second.tocTitle!.replace(/(.{6})/, '$1 ') }, ...second.blocks] }
    const docs = [glued, ...clean.documents.slice(2)]
    const entryOf = new Map(docs.map((d) => [d, clean.toc.find((e) => e.title === d.tocTitle)!]))
    const used = new Set(clean.toc.filter((e) => e !== entry))
    expect(tocGaps(clean.toc, docs, entryOf, used)).toEqual([{ entry, host: glued, by: 'title' }])
    expect(tocGaps(clean.toc, clean.documents, entryOf, new Set(clean.toc))).toEqual([])
  })
})

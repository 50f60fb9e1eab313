// A 目录 entry no document was found for is never silent: tuning texts damaged the way a split
// or a column reader goes wrong (a document's opening lines lost, a 目录 line or 栏目 heading
// dropped), and a case seen in real pdftotext -layout text (prov-3col-dots.layout.txt, where
// pdftotext glued the heading 【国务院办公厅函件】 onto the other column's 文号 fragment).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ParsedDocument, ParsedIssue } from '../../../src/shared/domain'
import { isDoubtful } from '../../../src/main/importer/parse/confidence'
import { tocGaps } from '../../../src/main/importer/parse/toc-gaps'
import { mergedIntoPrevious, parseIssueTraced, parserText, withoutLines } from '../../support/perturb'

const TUNING = join(process.cwd(), 'tests', 'fixtures', 'typeset', 'tuning')
const read = (layout: string, ext = 'txt'): string => parserText(readFileSync(join(TUNING, layout, `${layout}.${ext}`), 'utf8'))

const codes = (d: ParsedDocument | undefined): string[] => (d?.reasons ?? []).map((r) => r.code)
const byNumber = (issue: ParsedIssue, n: string): ParsedDocument | undefined => issue.documents.find((d) => d.docNumber === n)
const doubtful = (d: ParsedDocument | undefined): boolean => d !== undefined && isDoubtful(d.confidence ?? 1)

/** Documents confident in `clean` that are doubtful in `damaged`, other than those named. */
function newlyDoubtful(clean: ParsedIssue, damaged: ParsedIssue, except: string[]): string[] {
  return damaged.documents
    .filter((d) => doubtful(d) && !except.includes(d.docNumber ?? '') && !doubtful(byNumber(clean, d.docNumber ?? '')))
    .map((d) => d.docNumber ?? d.title)
}

describe('a document glued to the one before it (its title and 文号 lines lost)', () => {
  const text = read('county-1col-heads')
  const clean = parseIssueTraced(text)
  const k = clean.issue.documents.findIndex((d) => d.docNumber === '兴政发〔2022〕10号')
  const damaged = parseIssueTraced(mergedIntoPrevious(text, clean, k)).issue

  it('leaves its 目录 entry unmatched, and the document before it doubtful, naming the entry', () => {
    expect(byNumber(damaged, '兴政发〔2022〕10号')).toBeUndefined()
    const host = byNumber(damaged, '兴政发〔2022〕9号')
    expect(doubtful(host)).toBe(true)
    const reason = host?.reasons?.find((r) => r.code === 'TOC_ENTRY_LOST')
    expect(reason?.message).toContain('兴政发〔2022〕10号')
    expect(newlyDoubtful(clean.issue, damaged, ['兴政发〔2022〕9号'])).toEqual([])
  })

  it('says so in the report: how many 目录 entries were not found, and where the text may be', () => {
    const w = damaged.warnings
    expect(w[0]).toMatchObject({ code: 'TOC_ENTRIES_UNMATCHED', message: expect.stringContaining('目录共 14 条，其中 1 条未找到对应正文') })
    expect(w).toContainEqual(expect.objectContaining({ code: 'TOC_ENTRY_NOT_FOUND', message: expect.stringContaining('“兴政发〔2022〕9号”') }))
    expect(w.map((x) => x.code)).not.toContain('TOC_ENTRY_WITHOUT_BODY')
  })

  it('with only its title lost, starts at its 文号 alone, titled from the 目录 and doubtful', () => {
    // The listed 文号 alone on its line starts the document (orphan-numbers.ts listedNumberStarts);
    // the closings around it are traded and doubted, so only the neighbours are newly doubtful.
    const drop = clean.documents[k].span.header.map((i) => clean.lines[i].no)
    const titleless = parseIssueTraced(withoutLines(text, drop)).issue
    const found = byNumber(titleless, '兴政发〔2022〕10号')
    expect(found?.title).toBe('关于打造城乡绿色低碳建设运营商有关事项的通知')
    expect(doubtful(found)).toBe(true)
    expect(doubtful(byNumber(titleless, '兴政发〔2022〕9号'))).toBe(true)
    expect(newlyDoubtful(clean.issue, titleless, ['兴政发〔2022〕8号', '兴政发〔2022〕9号', '兴政发〔2022〕10号'])).toEqual([])
  })

  it('glued to the one before at any place, the document holding its text is doubtful', () => {
    for (const j of [3, 8, 11]) {
      const merged = parseIssueTraced(mergedIntoPrevious(text, clean, j)).issue
      const before = clean.issue.documents[j - 1].docNumber ?? ''
      expect(doubtful(byNumber(merged, before)), before).toBe(true)
      expect(newlyDoubtful(clean.issue, merged, [before])).toEqual([])
    }
  })
})

describe('the last document lost', () => {
  const issue = parseIssueTraced(read('county-1col-heads')).issue
  const docs = issue.documents.slice(0, -1)
  const entryOf = new Map(docs.map((d) => [d, issue.toc.find((e) => e.docNumber === d.docNumber)!]))
  const last = issue.toc.find((e) => e.docNumber === '兴政办发〔2022〕13号')!

  it('with nothing of it in the text, may be one the gazette did not print: a hint on the last', () => {
    expect(tocGaps(issue.toc, docs, entryOf)).toEqual([{ entry: last, host: docs[docs.length - 1], by: 'after' }])
  })

  it('with its title in text no document took (cut as back matter), is the importer\'s loss', () => {
    const leftover = '兴县人民政府办公室关于印发兴县农村“厕所革命”实\n施方案的通知\n各乡（镇）人民政府：'
    expect(tocGaps(issue.toc, docs, entryOf, undefined, leftover)).toEqual([{ entry: last, host: docs[docs.length - 1], by: 'order' }])
  })
})

describe('a 目录 line dropped', () => {
  it('leaves its document doubtful as not in the 目录, and no other', () => {
    const text = read('county-1col-heads')
    const lines = text.split('\n')
    const at = lines.findIndex((l) => l.startsWith('兴县人民政府关于打造城乡绿色低碳建设运营商'))
    expect(lines[at + 1]).toMatch(/^兴政发〔2022〕10 号/)
    const clean = parseIssueTraced(text).issue
    const damaged = parseIssueTraced(withoutLines(text, [at + 1, at + 2])).issue
    expect(codes(byNumber(damaged, '兴政发〔2022〕10号'))).toContain('NOT_IN_TOC')
    expect(doubtful(byNumber(damaged, '兴政发〔2022〕10号'))).toBe(true)
    expect(newlyDoubtful(clean, damaged, ['兴政发〔2022〕10号'])).toEqual([])
  })
})

describe('a 栏目 the 目录 lost, printed as a heading in the body', () => {
  it('makes the documents given another 栏目 after that heading doubtful, and only those', () => {
    const text = read('prov-xe-inner')
    const lines = text.split('\n')
    const clean = parseIssueTraced(text).issue
    const damaged = parseIssueTraced(withoutLines(text, [lines.indexOf('【国务院办公厅函件】') + 1])).issue
    const wrong = damaged.documents.filter((d, i) => d.category !== clean.documents[i].category)
    expect(wrong.length).toBeGreaterThanOrEqual(3)
    for (const d of wrong) {
      expect(doubtful(d), d.docNumber ?? '').toBe(true)
      expect(codes(d).some((c) => c === 'SECTION_VS_HEADING' || c === 'CATEGORY_DIFFERS')).toBe(true)
    }
    const named = wrong.flatMap((d) => d.reasons ?? []).find((r) => r.code === 'SECTION_VS_HEADING')
    expect(named?.message).toContain('“国务院办公厅函件”')
    // No other document is doubted for its 栏目. (国办发〔2018〕114号 reads whole in the clean text,
    // yet not in the damaged one, whose 目录 lacks the heading and so guides its columns less:
    // it is doubtful there for BROKEN_PARAGRAPHS, which is true, not for a 栏目.)
    for (const n of newlyDoubtful(clean, damaged, wrong.map((d) => d.docNumber ?? ''))) {
      expect(codes(byNumber(damaged, n)).filter((c) => c === 'SECTION_VS_HEADING' || c === 'CATEGORY_DIFFERS'), n).toEqual([])
    }
  })
})

describe('prov-3col-dots.layout.txt: a heading glued to the other column\'s 文号 fragment in the 目录', () => {
  // As the column reader read it before it learned to part them (1967d16): pdftotext printed
  // `〔2006〕【国务院办公厅函件】` on one row, and the heading stayed on the 文号 fragment's line.
  const clean = read('prov-3col-dots', 'layout.txt')
  const glued = clean.replace('\n【国务院办公厅函件】\n', '\n').replace(/（国函\n(\s*〔2006〕)\n/, '（国函\n$1【国务院办公厅函件】\n')
  const issue = parseIssueTraced(glued).issue

  it('is the reading the test means (the heading glued, gone from its own line)', () => {
    expect(glued).toContain('〔2006〕【国务院办公厅函件】\n')
    expect(glued.split('【国务院办公厅函件】').length).toBe(clean.split('【国务院办公厅函件】').length)
  })

  // Since the probe3 session (s14) an entry read line by line that holds a 栏目 heading sends the
  // 目录 to toc-fragments, which reads it whole again from its pieces: the glued heading is a piece
  // of its own, and each entry's 栏目 is the heading the body prints last before its title. (Before,
  // the damaged entry was flagged NOT_IN_TOC / TOC_ENTRY_LOST and four 函件 took the 目录's
  // 国务院办公厅文件, each flagged SECTION_VS_HEADING or CATEGORY_DIFFERS.)
  const truth = (JSON.parse(readFileSync(join(process.cwd(), 'tests', 'fixtures', 'typeset', 'tuning', 'prov-3col-dots', 'prov-3col-dots.truth.json'), 'utf8')) as { documents: { docNumber: string; category: string }[] }).documents

  it('reads the damaged 目录 whole again: every entry with its 文号 and 栏目, none lost', () => {
    expect(issue.toc.map((e) => e.docNumber)).toEqual(truth.map((t) => t.docNumber))
    expect(issue.toc.map((e) => e.category)).toEqual(truth.map((t) => t.category))
    expect(issue.toc.every((e) => !e.title.includes('【'))).toBe(true)
  })

  it('gives every document its 栏目, doubting none for its 目录 entry or 栏目', () => {
    for (const t of truth) {
      const doc = byNumber(issue, t.docNumber)
      expect(doc?.category, t.docNumber).toBe(t.category)
      expect(codes(doc).filter((c) => ['NOT_IN_TOC', 'TOC_ENTRY_LOST', 'SECTION_VS_HEADING', 'CATEGORY_DIFFERS'].includes(c)), t.docNumber).toEqual([])
    }
  })
})

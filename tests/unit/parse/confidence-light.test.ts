// Light doubts (issue 12, item 4): signals that fire on many documents whose fields are right flag
// a document only when they add up; the specific forms of the same signals still flag alone.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Block, ParsedDocument } from '../../../src/shared/domain'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { assess, isDoubtful, type TocFacts } from '../../../src/main/importer/parse/confidence'
import { dateOfOtherUnit, isUnit } from '../../../src/main/importer/parse/doubt-signals'

const text = readFileSync(path.resolve(process.cwd(), 'tests/fixtures/genre/jiangnan-2020-06.txt'), 'utf8')
const clean = parseIssue(text)
const notice = clean.documents.find((d) => d.docNumber === '江政发〔2020〕7号')!
const entry = clean.toc.find((e) => e.title === notice.tocTitle) ?? null
const facts: TocFacts = { hasToc: true, entry, numberFromToc: false, previousPage: null, sectionClash: false }
const p = (t: string, kind: Block['kind'] = 'paragraph'): Block => ({ kind, text: t })

function judged(doc: ParsedDocument, more: Partial<TocFacts> = {}): { codes: string[]; doubtful: boolean; confidence: number } {
  const { confidence, reasons } = assess(doc, { ...facts, ...more }, clean.meta)
  return { codes: reasons.map((r) => r.code), doubtful: isDoubtful(confidence), confidence }
}

/** The notice with blocks put in before its first signature. */
function withBefore(blocks: Block[]): ParsedDocument {
  const at = notice.blocks.findIndex((b) => b.kind === 'signature')
  return { ...notice, blocks: [...notice.blocks.slice(0, at), ...blocks, ...notice.blocks.slice(at)] }
}

describe('light doubts', () => {
  it('the clean notice raises none', () => {
    expect(judged(notice)).toEqual({ codes: [], doubtful: false, confidence: 1 })
  })

  it('a 文号 lost in the body and copied from a 目录 entry with the same title is light; with another title it flags', () => {
    const lines = text.split('\n')
    lines.splice(lines.lastIndexOf('（江政发〔2020〕7 号）'), 1)
    const doc = parseIssue(lines.join('\n')).documents.find((d) => d.tocTitle === notice.tocTitle)!
    expect(doc.docNumber).toBe('江政发〔2020〕7号')
    expect(doc.reasons?.map((r) => r.code)).toEqual(['NUMBER_FROM_TOC'])
    expect(isDoubtful(doc.confidence ?? 0)).toBe(false)
    expect(judged({ ...notice, title: '关于印发江南省职业教育工作要点的通知' }, { numberFromToc: true }).codes).toContain('NUMBER_NOT_IN_BODY')
  })

  it('a bare 文号 that another document has is light; one nobody has flags', () => {
    const doc = withBefore([p('江政办明电〔2020〕3号')])
    expect(judged(doc, { strayClaimed: true })).toMatchObject({ codes: ['NEIGHBOUR_NUMBER'], doubtful: false })
    expect(judged(doc, { strayClaimed: false })).toMatchObject({ codes: ['STRAY_NUMBER'], doubtful: true })
  })

  it('text after the date is light unless a second date closes it', () => {
    const date = notice.blocks.findIndex((b) => b.kind === 'date')
    const text = [p('职业院校要加强实训基地建设。'), p('各地要加大投入力度。')]
    // The notice's own text read after its date (a column read late): its date is still its own.
    expect(judged({ ...notice, blocks: [...notice.blocks.slice(0, date + 1), ...text] })).toMatchObject({ codes: ['BODY_AFTER_DATE'], doubtful: false })
    // Another closing before the notice's own: the date taken closes some other text.
    expect(judged(withBefore([p('江南省人民政府', 'signature'), p('2020年3月1日', 'date'), ...text]))).toMatchObject({ codes: ['TEXT_AFTER_DATE'], doubtful: true })
  })

  it('two light doubts leave a document at 0.7, not doubtful; cut paragraphs with another make it doubtful', () => {
    const two = judged(withBefore([p('江政办明电〔2020〕3号')]), { strayClaimed: true, numberFromToc: true })
    expect(two).toEqual({ codes: ['NUMBER_FROM_TOC', 'NEIGHBOUR_NUMBER'], doubtful: false, confidence: 0.7 })
    const cut = [p('加强党对职业教育工作的全面领导，坚持'), p('把握正确方向，深化产教融合，推动'), p('职业院校要加强实训基地建设。')]
    expect(judged(withBefore(cut)).codes).toEqual(['BROKEN_PARAGRAPHS'])
    expect(judged(withBefore(cut)).doubtful).toBe(false)
    const three = judged(withBefore([...cut, p('江政办明电〔2020〕3号')]), { strayClaimed: true })
    expect(three.codes).toEqual(['BROKEN_PARAGRAPHS', 'NEIGHBOUR_NUMBER'])
    expect(three.doubtful).toBe(true)
  })

  it('text after the date weighs full when a date is missing elsewhere in the issue', () => {
    const date = notice.blocks.findIndex((b) => b.kind === 'date')
    const doc = { ...notice, blocks: [...notice.blocks.slice(0, date + 1), p('职业院校要加强实训基地建设。'), p('各地要加大投入力度。')] }
    expect(judged(doc, { dateLost: true })).toMatchObject({ codes: ['TEXT_AFTER_DATE'], doubtful: true })
  })
})

describe('a date under another unit', () => {
  const signed = (line: string): ParsedDocument =>
    ({ ...notice, blocks: [p('现将方案印发给你们。'), p(line, 'signature'), p('2020年3月18日', 'date')] })

  it('takes only unit-shaped lines as units', () => {
    expect(['江南省人民政府', '兴县水利局', '国务院办公厅', '江南省教育厅'].every(isUnit)).toBe(true)
    expect(['部长', '（本文有删减）', '（即“借'].some(isUnit)).toBe(false)
  })

  it('flags a date signed by another unit, not one under a person’s title or a note', () => {
    expect(dateOfOtherUnit(signed('江南省教育厅'))).toBe(true)
    expect(dateOfOtherUnit(signed('江南省人民政府'))).toBe(false)
    expect(dateOfOtherUnit(signed('部长'))).toBe(false)
    expect(dateOfOtherUnit(signed('（本文有删减）'))).toBe(false)
  })
})

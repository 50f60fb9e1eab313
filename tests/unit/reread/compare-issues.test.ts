// compareIssues on the real sample's parse against copies altered the way an older importer
// read them: documents lost, titles and 栏目 wrong, 文号 missing, bodies split differently.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { compareIssues, toCompared } from '../../../src/main/importer/compare-issues'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { confidenceChanged, type ComparedDocument } from '../../../src/shared/issue-comparison'
import { SAMPLE_TXT } from '../../support/sample'

const parsed = parseIssue(readFileSync(SAMPLE_TXT, 'utf8'))
const current = (): ComparedDocument[] => parsed.documents.map((d, i) => ({ ...toCompared(d), id: i + 1 }))
const renumber = (docs: ComparedDocument[]): ComparedDocument[] => docs.map((d, i) => ({ ...d, seq: i + 1 }))

describe('compareIssues', () => {
  it('finds nothing to change between a reading and itself', () => {
    const c = compareIssues(current(), current())
    expect(parsed.documents.length).toBeGreaterThan(40)
    expect(c).toMatchObject({ same: true, changed: 0, onlyOld: [], onlyNew: [], warn: false })
    expect(c.pairs).toHaveLength(parsed.documents.length)
    expect(c.pairs.every((p) => p.matchedBy === 'docNumber' || p.old.docNumber === null)).toBe(true)
  })

  it('reports a title and 栏目 read wrongly, old → new, on the document paired by 文号', () => {
    const old = current()
    const i = old.findIndex((d) => d.docNumber === '兴政发〔2022〕10号')
    old[i] = { ...old[i], title: '关于印发的通知', category: '县政府办公室文件' }
    const c = compareIssues(old, current())
    expect(c.changed).toBe(1)
    const pair = c.pairs.find((p) => p.changes.length)
    expect(pair?.matchedBy).toBe('docNumber')
    expect(pair?.changes.map((ch) => [ch.label, ch.old, ch.new])).toEqual([
      ['标题', '关于印发的通知', parsed.documents[i].title],
      ['栏目', '县政府办公室文件', parsed.documents[i].category],
    ])
    expect(c.same).toBe(false)
  })

  it('lists documents the old reading missed as only in the new one, and warns when the new has fewer', () => {
    const all = current()
    const missing = all[5]
    const older = renumber(all.filter((_, k) => k !== 5))
    const up = compareIssues(older, current())
    expect(up.onlyNew.map((d) => d.docNumber)).toEqual([missing.docNumber])
    expect(up.onlyOld).toEqual([])
    expect(up.warnings.fewerDocuments).toBe(false)
    const down = compareIssues(current(), older)
    expect(down.onlyOld.map((d) => d.id)).toEqual([missing.id])
    expect(down.warnings.fewerDocuments).toBe(true)
    expect(down.warningMessages[0]).toBe(`新版本少了 1 份文件（${all.length} → ${all.length - 1}）`)
  })

  it('pairs a document that lost its 文号 by its title, and shows the 文号 change', () => {
    const old = current()
    const k = old.findIndex((d) => d.docNumber === '兴政函〔2022〕61号')
    old[k] = { ...old[k], docNumber: null }
    const c = compareIssues(old, current())
    const pair = c.pairs.find((p) => p.changes.length)
    expect(pair?.matchedBy).toBe('title')
    expect(pair?.changes).toEqual([{ field: 'docNumber', label: '文号', old: '（空）', new: '兴政函〔2022〕61号' }])
  })

  it('pairs by place when both 文号 and title differ but the neighbours are paired', () => {
    const old = current()
    old[7] = { ...old[7], docNumber: '兴政发〔2099〕1号', title: '乱码标题' }
    const c = compareIssues(old, current())
    expect(c.onlyOld).toEqual([])
    const pair = c.pairs.find((p) => p.matchedBy === 'position')
    expect(pair?.old.seq).toBe(8)
    expect(pair?.changes.map((ch) => ch.field)).toEqual(['docNumber', 'title'])
  })

  it('tells a body cut into more paragraphs from a body whose text changed', () => {
    const old = current()
    const k = old.findIndex((d) => d.paragraphs.length > 3)
    const [first, ...rest] = old[k].paragraphs
    const cut = [first.slice(0, 5), first.slice(5), ...rest]
    old[k] = { ...old[k], paragraphs: cut }
    const j = k + 1
    old[j] = { ...old[j], paragraphs: old[j].paragraphs.map((p, n) => (n === 0 ? `${p}多余` : p)) }
    const changes = compareIssues(old, current()).pairs.flatMap((p) => p.changes)
    const n = current()[k].paragraphs.length
    expect(changes).toContainEqual({ field: 'body', label: '正文', old: `${n + 1} 段`, new: `${n} 段（文字相同，分段不同）` })
    expect(changes.filter((ch) => ch.field === 'body')[1]?.new).toMatch(/文字有改动/)
  })

  it('warns when confidence falls or doubtful documents grow, not when it rises', () => {
    const low = current().map((d, k) => (k < 3 ? { ...d, confidence: 0.4 } : d))
    const c = compareIssues(current(), low)
    expect(c.warnings).toMatchObject({ lowerMeanConfidence: true, lowerMinConfidence: true, moreDoubtful: true })
    expect(c.confidence.new.doubtful - c.confidence.old.doubtful).toBe(3)
    expect(c.warningMessages.some((m) => m.startsWith('存疑文件增多'))).toBe(true)
    const back = compareIssues(low, current())
    expect(back.warn).toBe(false)
    expect(back.same).toBe(false) // confidence differs though no field does
  })

  it('does not warn about confidence the old archive never kept', () => {
    const old = current().map((d) => ({ ...d, confidence: null, reasons: [] }))
    const c = compareIssues(old, current().map((d) => ({ ...d, confidence: 0.5 })))
    expect(c.confidence.old).toEqual({ mean: null, min: null, doubtful: 0 })
    expect(c.warnings.lowerMeanConfidence).toBe(false)
    expect(c.warnings.moreDoubtful).toBe(true)
  })
})

describe('confidenceChanged', () => {
  it('shows a confidence change only when both are known, or when the new reading is newly doubtful', () => {
    const old = current().map((d) => ({ ...d, confidence: null }))
    const fresh = current().map((d, k) => (k === 0 ? { ...d, confidence: 0.5 } : d))
    const pairs = compareIssues(old, fresh).pairs
    expect(pairs.filter(confidenceChanged).map((p) => p.new.seq)).toEqual([1])
    expect(current()[2].confidence).toBe(1)
    const known = compareIssues(current(), current().map((d, k) => (k === 2 ? { ...d, confidence: 0.8 } : d))).pairs
    expect(known.filter(confidenceChanged).map((p) => p.new.seq)).toEqual([3])
  })
})

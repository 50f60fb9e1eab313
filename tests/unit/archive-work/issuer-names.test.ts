// Issuer names on the sample issue: merge and rename applied to documents, browsing, search and
// history; undo puts everything back; a later import maps known variants; a document's several
// issuers edited in order; a paragraph's kind set, recorded and used by export.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultFontsDir } from '../../../src/main/export/export-pdf'
import { loadFontSet } from '../../../src/main/export/fonts'
import { layoutDocument } from '../../../src/main/export/layout-document'
import { SAMPLE_TEXT, idOf, tempArchive, upload, type TempArchive } from './helpers'

const EDITOR = '王档案'
const OFFICE = '兴县人民政府办公室'
const CITY_OFFICE = '吕梁市兴县人民政府办公室'

let t: TempArchive

/** The sample as if it were the next issue (第3期): same documents, no corrections of its own. */
const NEXT_ISSUE = SAMPLE_TEXT.replace('2022 第2期', '2022 第3期').replace('(总第4期)', '(总第5期)')
  .replace('2022 年第 2 期（总第 4 期）', '2022 年第 3 期（总第 5 期）')

async function issuerCount(name: string, issueId?: number): Promise<number> {
  return (await t.api.listDocuments({ issuer: name, issueId, offset: 0, limit: 1 })).total
}

/** Two of the office's documents printed with the city prefix (a correction, as staff would find it). */
async function twoCityVariants(): Promise<number[]> {
  const ids = [await idOf(t.api, '兴政办发〔2022〕9号'), await idOf(t.api, '兴政办函〔2022〕8号')]
  for (const id of ids) await t.api.correctDocument({ id, changes: { issuer: CITY_OFFICE }, editor: EDITOR }) // unchanged: no row
  return ids
}

// One archive, imported once: each test leaves the office's names as it found them (undo), except
// the import-mapping and paragraph-kind tests at the end.
beforeAll(async () => {
  t = tempArchive('issuer-names-')
  await t.api.importFiles({ sources: [upload('xingxian-2022-02.txt', SAMPLE_TEXT)] })
})
afterAll(() => t.close())

describe('merging issuer variants', () => {
  it('suggests the variant without its city prefix, and merging applies everywhere', async () => {
    const ids = await twoCityVariants()
    const before = await t.api.getIssuerOverview({})
    expect(before.issuers.find((i) => i.name === OFFICE)?.documents).toBe(17)
    expect(before.issuers.find((i) => i.name === CITY_OFFICE)?.documents).toBe(2)
    expect(before.suggestions).toContainEqual({ alias: OFFICE, canonical: CITY_OFFICE, reason: '去掉「吕梁市」后同名' })

    const change = await t.api.mergeIssuer({ from: CITY_OFFICE, into: OFFICE, editor: EDITOR })
    expect(change).toMatchObject({ kind: 'merge', from: CITY_OFFICE, to: OFFICE, documents: 2, undoneAt: null })
    expect(await issuerCount(OFFICE)).toBe(19)
    expect(await issuerCount(CITY_OFFICE)).toBe(0)
    const facets = await t.api.getFacets({})
    expect(facets.issuers.find((f) => f.value === OFFICE)?.count).toBe(19)
    expect(facets.issuers.some((f) => f.value === CITY_OFFICE)).toBe(false)
    const title = (await t.api.getDocument({ id: ids[0] })).title.slice(0, 8)
    expect((await t.api.searchDocuments({ query: title, issuer: OFFICE })).hits.map((h) => h.id)).toContain(ids[0])
    expect((await t.api.searchDocuments({ query: title, issuer: CITY_OFFICE })).total).toBe(0)

    const after = await t.api.getIssuerOverview({})
    expect(after.issuers.find((i) => i.name === OFFICE)?.aliases).toEqual([CITY_OFFICE])
    expect(after.suggestions).toEqual([])
    const history = await t.api.getDocumentHistory({ id: ids[0] })
    expect(history.at(-1)).toMatchObject({ field: 'issuer', oldValue: CITY_OFFICE, newValue: OFFICE, note: `合并发文机关：${CITY_OFFICE} → ${OFFICE}`, issuerChangeId: change.id })
    // One document's row of the merge is not undone alone: the merge is undone whole.
    await expect(t.api.undoCorrection({ id: history.at(-1)!.id, editor: EDITOR })).rejects.toThrow('请在「发文机关」页撤销那次改动')

    const undone = await t.api.undoIssuerChange({ id: change.id, editor: '李档案' })
    expect(undone).toMatchObject({ undoneBy: '李档案' })
    expect(undone.summary).toContain('已撤销')
    expect(await issuerCount(CITY_OFFICE)).toBe(2)
    expect(await issuerCount(OFFICE)).toBe(17)
    expect((await t.api.getIssuerOverview({})).issuers.find((i) => i.name === OFFICE)?.aliases).toEqual([])
    expect((await t.api.getDocumentHistory({ id: ids[1] })).at(-1)).toMatchObject({ field: 'issuer', oldValue: OFFICE, newValue: CITY_OFFICE })
    await expect(t.api.undoIssuerChange({ id: change.id, editor: EDITOR })).rejects.toThrow('这次改动已撤销')
  })

  it('undo waits for a later change that built on it; merging into a variant means into its name', async () => {
    await twoCityVariants()
    const first = await t.api.mergeIssuer({ from: CITY_OFFICE, into: OFFICE, editor: EDITOR })
    const second = await t.api.renameIssuer({ from: OFFICE, to: '兴县政府办', editor: EDITOR })
    expect(second.documents).toBe(19)
    await expect(t.api.undoIssuerChange({ id: first.id, editor: EDITOR })).rejects.toThrow('请先撤销其后的更名')
    // CITY_OFFICE now stands for 兴县政府办: a merge naming it goes there.
    expect((await t.api.getIssuerOverview({})).issuers.find((i) => i.name === '兴县政府办')?.aliases.sort()).toEqual([CITY_OFFICE, OFFICE].sort())
    await t.api.undoIssuerChange({ id: second.id, editor: EDITOR })
    await t.api.undoIssuerChange({ id: first.id, editor: EDITOR })
    expect(await issuerCount(CITY_OFFICE)).toBe(2)
    expect((await t.api.getIssuerOverview({})).issuers.find((i) => i.name === OFFICE)?.aliases).toEqual([])
  })

  it('refuses a rename onto a held name and a merge into an unknown one', async () => {
    await expect(t.api.renameIssuer({ from: OFFICE, to: '兴县人民政府', editor: EDITOR })).rejects.toThrow('请用合并')
    await expect(t.api.mergeIssuer({ from: OFFICE, into: '不存在的局', editor: EDITOR })).rejects.toThrow('没有发文机关「不存在的局」')
    await expect(t.api.mergeIssuer({ from: OFFICE, into: OFFICE, editor: EDITOR })).rejects.toThrow('两个名称相同')
  })
})

describe('a document with several issuers', () => {
  it('keeps them in the order given and counts the document for each', async () => {
    const id = await idOf(t.api, '兴政发〔2022〕8号')
    const doc = await t.api.correctDocument({ id, changes: { issuer: '兴县财政局、兴县人民政府、兴县教育科技局' }, editor: EDITOR })
    expect(doc.issuers).toEqual(['兴县财政局', '兴县人民政府', '兴县教育科技局'])
    expect(doc.issuer).toBe('兴县财政局、兴县人民政府、兴县教育科技局')
    expect(await issuerCount('兴县教育科技局')).toBe(1)
    expect(await issuerCount('兴县人民政府')).toBe(26)
    // Merging one of them keeps the others and their order.
    await t.api.renameIssuer({ from: '兴县财政局', to: '兴县财政局（国资办）', editor: EDITOR })
    expect((await t.api.getDocument({ id })).issuers).toEqual(['兴县财政局（国资办）', '兴县人民政府', '兴县教育科技局'])
    await t.api.mergeIssuer({ from: '兴县教育科技局', into: '兴县人民政府', editor: EDITOR })
    expect((await t.api.getDocument({ id })).issuers).toEqual(['兴县财政局（国资办）', '兴县人民政府'])
  })
})

describe('import', () => {
  it('a later import saves known variants under the canonical name', async () => {
    await t.api.renameIssuer({ from: OFFICE, to: '兴县政府办公室', editor: EDITOR })
    expect(await issuerCount(OFFICE)).toBe(0)
    const r = await t.api.importFiles({ sources: [upload('xingxian-2022-03.txt', NEXT_ISSUE)] })
    expect(r.imported).toHaveLength(1)
    const issues = await t.api.listIssues({})
    const third = issues.find((i) => i.issueNo === 3)?.id
    expect(third).toBeDefined()
    expect(await issuerCount('兴县政府办公室', third)).toBe(19)
    expect(await issuerCount(OFFICE, third)).toBe(0)
    expect(await issuerCount('兴县人民政府', third)).toBe(26)
  })

})

describe('paragraph kind', () => {
  it('is recorded in the history and used by export', async () => {
    // The first body paragraph short enough to be laid out as a 黑体 heading.
    const short = (b: { kind: string; text: string }, i: number): boolean => i > 0 && b.kind === 'paragraph' && b.text.length <= 12
    const second = async (): Promise<number | undefined> => (await t.api.listIssues({})).find((i) => i.issueNo === 2)?.id
    const list = await t.api.listDocuments({ issueId: await second(), offset: 0, limit: 100 })
    let doc: Awaited<ReturnType<typeof t.api.getDocument>> | undefined
    for (const d of list.items) if (!doc) doc = await t.api.getDocument({ id: d.id }).then((x) => (x.blocks.some(short) ? x : undefined))
    expect(doc).toBeDefined()
    if (!doc) return
    const id = doc.id
    const at = doc.blocks.findIndex(short)
    const text = doc.blocks[at].text
    const fonts = loadFontSet(defaultFontsDir(), false)
    const fontOf = (d: typeof doc): string[] =>
      layoutDocument(d, fonts.measure).pages.flatMap((p) => p.runs).filter((r) => r.text.replace(/\s/g, '').startsWith(text.slice(0, 6))).map((r) => r.font)
    expect(fontOf(doc)).toContain('fang')

    const changed = await t.api.setBlockKind({ id, atBlock: at, kind: 'heading1', editor: EDITOR })
    expect(changed.blocks[at]).toEqual({ kind: 'heading1', text })
    expect(fontOf(changed)).toContain('hei')
    expect(fontOf(changed)).not.toContain('fang')
    const last = (await t.api.getDocumentHistory({ id })).at(-1)
    expect(last).toMatchObject({ field: 'blockKind', oldValue: 'paragraph' })
    expect(last?.summary).toBe(`第 ${at + 1} 段「${text.slice(0, 12)}」的类型：正文 → 一级标题（一、）`)
    // The kind survives a re-import of the issue.
    await t.api.importFiles({ sources: [upload('xingxian-2022-02-v2.txt', `${SAMPLE_TEXT}\n`)], replace: true })
    const seq = doc.seq
    const again = (await t.api.listDocuments({ issueId: await second(), offset: 0, limit: 100 })).items.find((d) => d.seq === seq)
    expect(again?.title).toBe(doc.title)
    const againDoc = await t.api.getDocument({ id: again?.id ?? 0 })
    expect(againDoc.blocks[at]).toEqual({ kind: 'heading1', text })
  })
})

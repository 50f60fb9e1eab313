// Undo of each kind of correction on the real sample issue: the document comes back exactly as it
// was (id, fields, body, relations), the undo is in the history, a change a later one builds on is
// refused in Chinese, and a re-import replays neither the undone change nor its undo.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SAMPLE_TEXT, idOf, tempArchive, upload, type TempArchive } from './helpers'

const EDITOR = '王档案'
let t: TempArchive

const doc = async (docNumber: string) => t.api.getDocument({ id: await idOf(t.api, docNumber) })
const count = async () => (await t.api.listIssues({}))[0].documentCount
const undo = (id: number) => t.api.undoCorrection({ id, editor: EDITOR })
const lastChange = async (id: number) => (await t.api.getDocumentHistory({ id })).filter((h) => h.field !== 'undo').at(-1)!

beforeAll(async () => {
  t = tempArchive('undo-')
  await t.api.importFiles({ sources: [upload('xingxian-2022-02.txt', SAMPLE_TEXT)] })
})
afterAll(() => t.close())

describe('undo of a field', () => {
  it('puts the old title back and lists the undo', async () => {
    const before = await doc('兴政函〔2022〕61号')
    await t.api.correctDocument({ id: before.id, changes: { title: '改过的标题' }, editor: EDITOR })
    const change = await lastChange(before.id)
    expect(await undo(change.id)).toEqual({ documentId: before.id })
    expect(await t.api.getDocument({ id: before.id })).toEqual(before)
    const history = await t.api.getDocumentHistory({ id: before.id })
    expect(history.map((h) => [h.field, h.undoneBy])).toEqual([['title', history[1].id], ['undo', null]])
    expect(history[1].summary).toBe(`撤销：标题：${before.title} → 改过的标题`)
    await expect(undo(change.id)).rejects.toThrow('无法撤销：这次修改已经撤销过了')
    await expect(undo(history[1].id)).rejects.toThrow('撤销记录本身不能再撤销')
  })

  it('refuses an older change that a newer one on the same field builds on, then allows it in order', async () => {
    const before = await doc('兴政函〔2022〕28号')
    await t.api.correctDocument({ id: before.id, changes: { title: '第一次' }, editor: EDITOR })
    const first = await lastChange(before.id)
    await t.api.correctDocument({ id: before.id, changes: { title: '第二次' }, editor: EDITOR })
    const second = await lastChange(before.id)
    await expect(undo(first.id)).rejects.toThrow(/无法撤销：此后又有修改涉及同一内容（.*王档案：标题：第一次 → 第二次）/)
    await undo(second.id)
    expect((await t.api.getDocument({ id: before.id })).title).toBe('第一次')
    await undo(first.id)
    expect(await t.api.getDocument({ id: before.id })).toEqual(before)
  })
})

describe('undo of a body correction', () => {
  it('restores every paragraph and the search finds the old text again', async () => {
    const before = await doc('兴政函〔2022〕61号')
    await t.api.correctBody({ id: before.id, paragraphs: before.paragraphs.map((p) => p.replaceAll('嵒', '岢')), editor: EDITOR })
    expect((await t.api.getDocument({ id: before.id })).paragraphs.join('')).not.toContain('嵒')
    await undo((await lastChange(before.id)).id)
    const after = await t.api.getDocument({ id: before.id })
    expect(after.blocks).toEqual(before.blocks)
    expect(after.paragraphs).toEqual(before.paragraphs)
    expect((await t.api.searchDocuments({ query: '嵒大线' })).hits.map((h) => h.id)).toContain(before.id)
  })
})

describe('undo of a paragraph kind', () => {
  it('puts the old kind back, and refuses once the paragraph is set again', async () => {
    const before = await doc('兴政函〔2022〕40号')
    const at = before.blocks.findIndex((b) => b.kind === 'paragraph')
    await t.api.setBlockKind({ id: before.id, atBlock: at, kind: 'heading1', editor: EDITOR })
    const first = await lastChange(before.id)
    await t.api.setBlockKind({ id: before.id, atBlock: at, kind: 'heading2', editor: EDITOR })
    const second = await lastChange(before.id)
    await expect(undo(first.id)).rejects.toThrow('无法撤销：此后又有修改涉及同一内容')
    await undo(second.id)
    expect((await t.api.getDocument({ id: before.id })).blocks[at].kind).toBe('heading1')
    await undo(first.id)
    expect(await t.api.getDocument({ id: before.id })).toEqual(before)
  })
})

describe('undo of a split', () => {
  it('gives back the one document: same id, body, fields and relations; the part split off is gone', async () => {
    const before = await doc('兴政发〔2022〕10号')
    const next = await t.api.getDocument({ id: before.id + 1 })
    const n = await count()
    const { secondId } = await t.api.splitDocument({ id: before.id, atBlock: 4, title: '拆分出的文件', docNumber: '兴政发〔2022〕99号', editor: EDITOR })
    expect(await count()).toBe(n + 1)
    const split = await lastChange(before.id)
    expect(await undo(split.id)).toEqual({ documentId: before.id })
    expect(await t.api.getDocument({ id: before.id })).toEqual(before)
    expect(await t.api.getDocument({ id: next.id })).toEqual(next) // its seq closed up again
    expect(await t.api.findByDocNumber({ docNumber: '兴政发〔2022〕99号' })).toBeNull()
    await expect(t.api.getDocument({ id: secondId })).rejects.toThrow()
    expect(await count()).toBe(n)
    expect((await t.api.getDocumentHistory({ id: before.id })).map((h) => h.summary)).toEqual([
      '在第 5 段处拆分，后半部分成为《拆分出的文件》',
      '撤销：在第 5 段处拆分，后半部分成为《拆分出的文件》',
    ])
  })

  it('is refused while the part split off carries a later change', async () => {
    const first = await doc('兴政发〔2022〕8号')
    const { secondId } = await t.api.splitDocument({ id: first.id, atBlock: 3, editor: EDITOR })
    await t.api.correctDocument({ id: secondId, changes: { title: '拆出后改名' }, editor: EDITOR })
    const split = (await t.api.getDocumentHistory({ id: first.id }))[0]
    await expect(undo(split.id)).rejects.toThrow(/无法撤销：此后又有修改涉及同一内容.*拆出后改名/)
    await undo((await lastChange(secondId)).id)
    await undo(split.id)
    expect(await t.api.getDocument({ id: first.id })).toEqual(first)
  })
})

describe('undo of a merge', () => {
  it('gives back both documents with their ids, bodies, fields and history', async () => {
    const [a, b] = [await doc('兴政函〔2022〕32号'), await doc('兴政函〔2022〕34号')]
    await t.api.correctDocument({ id: b.id, changes: { public: false }, editor: EDITOR })
    const bBefore = await t.api.getDocument({ id: b.id })
    const n = await count()
    await t.api.mergeDocuments({ firstId: a.id, secondId: b.id, editor: EDITOR })
    expect(await count()).toBe(n - 1)
    await undo((await lastChange(a.id)).id)
    expect(await t.api.getDocument({ id: a.id })).toEqual(a)
    expect(await t.api.getDocument({ id: b.id })).toEqual(bBefore)
    expect(await count()).toBe(n)
    const history = await t.api.getDocumentHistory({ id: b.id })
    expect(history.map((h) => h.field)).toEqual(['public', 'undo'])
    expect(history[1].summary).toBe('撤销：并入其后的《' + b.title + '》')
    // Search knows the document again (by its 文号 and by a word of its title).
    expect((await t.api.searchDocuments({ query: '兴政函〔2022〕34号' })).hits[0]?.id).toBe(b.id)
    expect((await t.api.searchDocuments({ query: '东服务区' })).hits.map((h) => h.id)).toContain(b.id)
  })
})

describe('a re-import after undos', () => {
  it('replays neither the undone changes nor their undos', async () => {
    const n = await count()
    const titleOf28 = (await doc('兴政函〔2022〕28号')).title
    const r = await t.api.importFiles({ sources: [upload('xingxian-2022-02-v2.txt', `${SAMPLE_TEXT}\n`)], replace: true })
    expect(r.imported).toHaveLength(1)
    expect(await count()).toBe(n)
    expect((await doc('兴政函〔2022〕28号')).title).toBe(titleOf28)
    expect(await t.api.findByDocNumber({ docNumber: '兴政发〔2022〕99号' })).toBeNull()
    const issueId = (await t.api.listIssues({}))[0].id
    expect((await t.api.getIssueToc({ issueId })).issue.warnings.filter((w) => w.message.startsWith('更正未能'))).toEqual([])
    const history = await t.api.getDocumentHistory({ id: await idOf(t.api, '兴政发〔2022〕10号') })
    expect(history.map((h) => h.field)).toEqual(['split', 'undo'])
  })
})

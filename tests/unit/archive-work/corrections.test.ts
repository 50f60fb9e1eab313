// Corrections with history: fields, body, split and merge survive a re-import (--replace) and
// are what search and export see.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SAMPLE_TEXT, idOf, pdfText, tempArchive, upload, type TempArchive } from './helpers'

const EDITOR = '王档案'
const OLD_TITLE = '关于申请省道嵒大线魏家滩至蔡家崖段（薛家塔隧道）公路改建工程养护资金及维护费用的请示'
const NEW_TITLE = OLD_TITLE.replace('嵒', '岢')

let t: TempArchive

async function reimport(): Promise<void> {
  // Different bytes (new SHA-256), same issue: the importer replaces it.
  const r = await t.api.importFiles({ sources: [upload('xingxian-2022-02-v2.txt', `${SAMPLE_TEXT}\n`)], replace: true })
  expect(r.imported).toHaveLength(1)
}

beforeAll(async () => {
  t = tempArchive()
  await t.api.importFiles({ sources: [upload('xingxian-2022-02.txt', SAMPLE_TEXT)] })
  const id61 = await idOf(t.api, '兴政函〔2022〕61号')
  await t.api.correctDocument({ id: id61, changes: { title: NEW_TITLE }, editor: EDITOR, note: 'OCR 误识：嵒 → 岢' })
  const doc = await t.api.getDocument({ id: id61 })
  await t.api.correctBody({ id: id61, paragraphs: doc.paragraphs.map((p) => p.replaceAll('嵒', '岢')), editor: EDITOR })
  const id10 = await idOf(t.api, '兴政发〔2022〕10号')
  await t.api.splitDocument({ id: id10, atBlock: 4, title: '拆分出的文件', docNumber: '兴政发〔2022〕99号', editor: EDITOR })
  const [id32, id34] = [await idOf(t.api, '兴政函〔2022〕32号'), await idOf(t.api, '兴政函〔2022〕34号')]
  await t.api.mergeDocuments({ firstId: id32, secondId: id34, editor: EDITOR, note: '34号是32号的附件' })
  const id35 = await idOf(t.api, '兴政函〔2022〕35号')
  await t.api.correctDocument({ id: id35, changes: { docNumber: '兴政函(2022)135号', public: false }, editor: EDITOR })
})
afterAll(() => t.close())

function checks(label: string): void {
  describe(label, () => {
    it('the corrected title and body are stored, with the history', async () => {
      const id = await idOf(t.api, '兴政函〔2022〕61号')
      const doc = await t.api.getDocument({ id })
      expect(doc.title).toBe(NEW_TITLE)
      expect(doc.paragraphs.join('')).not.toContain('嵒')
      const history = await t.api.getDocumentHistory({ id })
      expect(history.map((h) => [h.field, h.editor, h.documentId])).toEqual([['title', EDITOR, id], ['body', EDITOR, id]])
      expect(history[0]).toMatchObject({ oldValue: OLD_TITLE, newValue: NEW_TITLE, note: 'OCR 误识：嵒 → 岢' })
      expect(history[0].summary).toBe(`标题：${OLD_TITLE} → ${NEW_TITLE}`)
    })

    it('search finds the corrected title; the old spelling no longer ranks it', async () => {
      const id = await idOf(t.api, '兴政函〔2022〕61号')
      const hit = (await t.api.searchDocuments({ query: '岢大线' })).hits[0]
      expect(hit).toMatchObject({ id, matchedBy: 'title' })
      const old = await t.api.searchDocuments({ query: '嵒大线' })
      expect(old.hits.filter((h) => h.id === id && ['title', 'body'].includes(h.matchedBy))).toEqual([])
    })

    it('the split-off document exists after the first part, with the rest of the body', async () => {
      const first = await t.api.getDocument({ id: await idOf(t.api, '兴政发〔2022〕10号') })
      const second = await t.api.getDocument({ id: await idOf(t.api, '兴政发〔2022〕99号') })
      expect(first.blocks).toHaveLength(4)
      expect(second).toMatchObject({ title: '拆分出的文件', seq: first.seq + 1, issueId: first.issueId, date: '2022-06-09' })
      expect((await t.api.getDocumentHistory({ id: second.id })).map((h) => h.field)).toEqual(['split'])
    })

    it('the merged document holds both bodies; the second is gone', async () => {
      expect(await t.api.findByDocNumber({ docNumber: '兴政函〔2022〕34号' })).toBeNull()
      const merged = await t.api.getDocument({ id: await idOf(t.api, '兴政函〔2022〕32号') })
      expect(merged.blocks.some((b) => b.kind === 'title' && b.text.includes('兴县东服务区建设项目'))).toBe(true)
      const issue = (await t.api.listIssues({}))[0]
      expect(issue.documentCount).toBe(45) // 45 + 1 split − 1 merged
      const toc = await t.api.getIssueToc({ issueId: issue.id })
      expect(toc.issue.warnings.filter((w) => w.message.startsWith('更正未能'))).toEqual([])
    })

    it('a corrected 文号 is stored canonically and the 目录 entry still finds the document', async () => {
      expect(await t.api.findByDocNumber({ docNumber: '兴政函〔2022〕35号' })).toBeNull()
      const id = await idOf(t.api, '兴政函〔2022〕135号')
      expect((await t.api.getDocument({ id })).public).toBe(false)
      expect((await t.api.getDocumentHistory({ id })).map((h) => h.summary)).toEqual([
        '文号：兴政函〔2022〕35号 → 兴政函〔2022〕135号',
        '公开属性：公开 → 不公开',
      ])
      const issueId = (await t.api.listIssues({}))[0].id
      const entry = (await t.api.getIssueToc({ issueId })).toc.find((e) => e.docNumber === '兴政函〔2022〕35号')
      expect(entry?.documentId).toBe(id)
    })
  })
}

checks('after the corrections')

describe('re-import', () => {
  it('replaces the issue', reimport)
})

checks('after re-importing the issue with --replace')

describe('export follows the correction', () => {
  it('the PDF text holds the corrected title', async () => {
    const pdf = await t.api.exportPdf({ documentIds: [await idOf(t.api, '兴政函〔2022〕61号')] })
    const text = await pdfText(pdf.bytesBase64)
    expect(text).toContain('岢大线')
    expect(text).not.toContain('嵒')
  })
})

// Issuer names in Chromium over browser mode: a variant merged from the 发文机关 page, then browsing
// by the merged issuer lists both spellings' documents; a document's several issuers edited in
// order in 更正, its 栏目 chosen from the archive's values; a paragraph's kind set on the document page.
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, startHarness, type Harness } from './harness'
import { AppPage } from './pages/AppPage'
import { DocumentPage } from './pages/DocumentPage'

const SAMPLE = join(ROOT, 'resources', 'samples', 'xingxian-2022-02.txt')
const SHOTS_DOCS = join(ROOT, 'docs', 'screenshots')
const OFFICE = '兴县人民政府办公室'
const CITY_OFFICE = '吕梁市兴县人民政府办公室'

let h: Harness
let app: AppPage
const pageErrors: string[] = []

beforeAll(async () => {
  h = await startHarness()
  expect((await h.services.importFiles({ sources: [{ kind: 'path', path: SAMPLE }] })).imported).toHaveLength(1)
  // Two of the office's documents as another printing spelled them, with the city's name.
  for (const n of ['兴政办发〔2022〕9号', '兴政办函〔2022〕8号']) {
    const id = (await h.services.findByDocNumber({ docNumber: n })) as number
    await h.services.correctDocument({ id, changes: { issuer: CITY_OFFICE }, editor: '录入员' })
  }
  h.page.on('pageerror', (e) => pageErrors.push(e.message))
  app = new AppPage(h.page, h.server.url)
  await app.open('#/')
})
afterAll(async () => {
  await h?.close()
})

const docId = async (docNumber: string): Promise<number> => (await h.services.findByDocNumber({ docNumber })) as number

async function shootDocs(name: string): Promise<void> {
  await h.page.setViewportSize({ width: 1366, height: 768 })
  await app.shoot(name)
  await h.page.screenshot({ path: join(SHOTS_DOCS, `${name}.png`) })
}

describe('issuer names in the browser', () => {
  it('merges a variant from the 发文机关 page; browsing the merged issuer lists both', async () => {
    await h.page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '发文机关' }).click()
    const suggestions = h.page.getByRole('region', { name: /可能是同一单位/ })
    await suggestions.getByText(`「${OFFICE}」与「${CITY_OFFICE}」`).waitFor()
    const table = h.page.getByRole('table', { name: '发文机关', exact: true })
    expect(await table.getByRole('row').filter({ hasText: CITY_OFFICE }).innerText()).toMatch(/2/)
    await shootDocs('20-issuers-1366x768')

    await table.getByRole('button', { name: `合并「${CITY_OFFICE}」到…` }).click()
    const dialog = h.page.getByRole('dialog', { name: '合并发文机关' })
    await dialog.getByLabel('并入（保留的名称）', { exact: true }).fill('办公室')
    await h.page.getByRole('option', { name: OFFICE, exact: true }).click()
    await dialog.getByRole('button', { name: '确认合并' }).click()
    await new DocumentPage(h.page).answerEditor('王档案')
    await h.page.getByRole('status').getByText(`合并：${CITY_OFFICE} → ${OFFICE}（2 份文件）`).waitFor()
    const row = table.getByRole('row').filter({ has: h.page.getByRole('link', { name: OFFICE, exact: true }) })
    // The table reloads after the status line shows: wait for the merged row.
    await expect.poll(() => row.innerText()).toContain(CITY_OFFICE) // listed as a variant merged in
    expect(await row.innerText()).toContain('19')
    await h.page.getByRole('table', { name: '发文机关改动记录' }).getByText('王档案').waitFor()

    await row.getByRole('link', { name: OFFICE, exact: true }).click()
    const list = h.page.getByRole('table', { name: '文件列表' })
    await expect.poll(() => list.getAttribute('aria-rowcount')).toBe('20')
    const merged = await docId('兴政办发〔2022〕9号')
    await h.page.locator(`.doc-row[data-doc-id="${merged}"]`).first().waitFor()
    await h.page.setViewportSize({ width: 1360, height: 860 })
  })

  it('edits a document’s several issuers in order and picks its 栏目 from the archive', async () => {
    const id = await docId('兴政发〔2022〕8号')
    await app.go(`#/doc/${id}`)
    const doc = new DocumentPage(h.page)
    await doc.article.waitFor()
    await doc.startCorrection()
    const form = doc.correctionForm
    await form.getByRole('button', { name: '添加已有的发文机关' }).click()
    await form.getByLabel('发文机关 2', { exact: true }).fill('办公室')
    await h.page.getByRole('option', { name: OFFICE, exact: true }).click()
    await form.getByRole('button', { name: '新增发文机关…' }).click()
    await form.getByRole('textbox', { name: '新的发文机关名称' }).fill('兴县财政局')
    await form.getByRole('button', { name: '加入' }).click()
    await form.getByRole('button', { name: '上移发文机关 3' }).click() // 财政局 before the office
    await form.getByLabel('栏目', { exact: true }).click()
    await h.page.getByRole('option', { name: '县政府办公室文件', exact: true }).click()
    await app.scrollTop()
    await shootDocs('21-correction-issuers-1366x768')
    await h.page.setViewportSize({ width: 1360, height: 860 })
    await doc.saveCorrection()
    await doc.done.waitFor()
    const saved = await h.services.getDocument({ id })
    expect(saved.issuers).toEqual(['兴县人民政府', '兴县财政局', OFFICE])
    expect(saved.category).toBe('县政府办公室文件')
    expect(await doc.history.innerText()).toContain(`发文机关：兴县人民政府 → 兴县人民政府、兴县财政局、${OFFICE}`)
    expect((await h.services.listDocuments({ issuer: '兴县财政局', offset: 0, limit: 5 })).items.map((d) => d.id)).toEqual([id])
  })

  it('sets a paragraph’s kind on the document page, recorded in the history', async () => {
    const id = await docId('兴政函〔2022〕61号')
    const before = await h.services.getDocument({ id })
    const at = before.blocks.findIndex((b) => b.kind === 'paragraph')
    await app.go(`#/doc/${id}`)
    const doc = new DocumentPage(h.page)
    await doc.article.waitFor()
    await h.page.getByRole('button', { name: '段落类型' }).click()
    await h.page.getByRole('combobox', { name: `第 ${at + 1} 段的类型` }).selectOption({ label: '署名' })
    await expect.poll(async () => (await h.services.getDocument({ id })).blocks[at].kind).toBe('signature')
    await h.page.getByRole('button', { name: '完成' }).click()
    await doc.history.getByText(/的类型：正文 → 署名/).waitFor()
  })

  it('ran without page errors', () => {
    expect(pageErrors).toEqual([])
  })
})

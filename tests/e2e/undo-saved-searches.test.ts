// Issue 16 in Chromium over browser mode: a split undone from the history, a body correction's
// diff, filter chips (one removed changes the results), a saved search re-run from the sidebar, and
// the import log screen. Screenshots at 1366×768 go to docs/screenshots for the README.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, startHarness, type Harness } from './harness'
import { AppPage } from './pages/AppPage'
import { DocumentPage } from './pages/DocumentPage'

const SAMPLE = join(ROOT, 'resources', 'samples', 'xingxian-2022-02.txt')
const DOCS_SHOTS = join(ROOT, 'docs', 'screenshots')
// Uploaded by name, as the browser does, so the log shows file names rather than this machine's paths.
const upload = (name: string, bytes: Buffer) => ({ kind: 'upload' as const, name, bytesBase64: bytes.toString('base64') })

let h: Harness
let app: AppPage
const pageErrors: string[] = []

const shoot = async (name: string): Promise<void> => {
  await h.page.waitForTimeout(300) // fonts and transitions settle
  await h.page.screenshot({ path: join(DOCS_SHOTS, `${name}.png`) })
}
const docId = async (docNumber: string): Promise<number> => (await h.services.findByDocNumber({ docNumber })) as number
const summary = () => h.page.getByTestId('search-summary')
const found = async (n: number) => expect.poll(() => summary().innerText(), { timeout: 10_000 }).toContain(`找到 ${n} 件`)

beforeAll(async () => {
  h = await startHarness()
  await h.page.setViewportSize({ width: 1366, height: 768 })
  expect((await h.services.importFiles({ sources: [upload('xingxian-2022-02.txt', readFileSync(SAMPLE))] })).imported).toHaveLength(1)
  await h.services.setSettings({ editorName: '王档案' })
  h.page.on('pageerror', (e) => pageErrors.push(e.message))
  app = new AppPage(h.page, h.server.url)
  await app.open('#/')
})

afterAll(async () => {
  await h?.close()
})

describe('undo, chips, saved searches and the import log in the browser', () => {
  it('undoes a split from the history: the one document is back with its id and body', async () => {
    const id = await docId('兴政发〔2022〕10号')
    const before = await h.services.getDocument({ id })
    const count = async () => (await h.services.listIssues({}))[0].documentCount
    const n = await count()
    await app.go(`#/doc/${id}`)
    const doc = new DocumentPage(h.page)
    await doc.article.waitFor()
    const made = await doc.split(/^5\. /)
    await doc.done.waitFor()
    expect(await count()).toBe(n + 1)
    const row = doc.history.getByRole('button', { name: /^撤销：在第 5 段处拆分/ })
    await row.click()
    const dialog = h.page.getByRole('dialog', { name: '撤销这次修改？' })
    await dialog.getByRole('button', { name: '撤销', exact: true }).click()
    await dialog.waitFor({ state: 'hidden' })
    await doc.history.getByText(/^撤销：在第 5 段处拆分/).waitFor()
    expect(await doc.history.getByText('已撤销').count()).toBe(1)
    expect(await count()).toBe(n)
    expect(await h.services.getDocument({ id })).toEqual(before)
    expect(made.docNumber ? await h.services.findByDocNumber({ docNumber: made.docNumber }) : null).toBeNull()
  })

  it('shows a body correction as a diff in the history', async () => {
    const id = await docId('兴政函〔2022〕61号')
    const doc0 = await h.services.getDocument({ id })
    await h.services.correctBody({ id, paragraphs: doc0.paragraphs.map((p) => p.replaceAll('嵒', '岢')), editor: '王档案', note: '据纸质公报核对' })
    await app.go(`#/doc/${id}`)
    const doc = new DocumentPage(h.page)
    await doc.article.waitFor()
    await doc.history.getByRole('button', { name: '查看差异' }).click()
    const diff = h.page.getByTestId('body-diff')
    await diff.waitFor()
    expect(await diff.locator('del').allInnerTexts()).toContain('嵒')
    expect(await diff.locator('ins').allInnerTexts()).toContain('岢')
    await diff.evaluate((el) => (el as unknown as { scrollIntoView(o: object): void }).scrollIntoView({ block: 'center' }))
    await shoot('20-history-diff')
  })

  it('shows the filters as chips; removing one changes the results', async () => {
    const all = (await h.services.searchDocuments({ query: '资金' })).total
    const notices = (await h.services.searchDocuments({ query: '资金', docType: '通知', year: 2022 })).total
    const years = (await h.services.searchDocuments({ query: '资金', year: 2022 })).total
    expect(notices).toBeLessThan(years)
    await app.go('#/search?q=资金&docType=通知&year=2022')
    const chips = h.page.getByTestId('filter-chips')
    await chips.waitFor()
    await found(notices)
    expect(await chips.innerText()).toMatch(/年份：2022年[\s\S]*文种：通知/)
    await shoot('21-search-chips')
    await chips.getByRole('button', { name: '去掉筛选 文种：通知' }).click()
    await found(years)
    await chips.getByRole('button', { name: '清除全部' }).click()
    await found(all)
    expect(await chips.count()).toBe(0)
  })

  it('saves a search, lists it in the sidebar and re-runs it with its filters', async () => {
    const notices = (await h.services.searchDocuments({ query: '资金', docType: '通知' })).total
    await app.go('#/search?q=资金&docType=通知')
    await found(notices)
    await h.page.getByRole('button', { name: '保存检索' }).click()
    const dialog = h.page.getByRole('dialog', { name: '保存检索' })
    await dialog.getByRole('textbox', { name: '名称' }).fill('资金类通知')
    await dialog.getByRole('button', { name: '保存', exact: true }).click()
    await h.page.getByText('已保存为「资金类通知」').waitFor()
    expect((await h.services.listSavedSearches({})).map((s) => [s.name, s.query, s.filters])).toEqual([['资金类通知', '资金', { docType: '通知' }]])
    await app.go('#/')
    const saved = h.page.getByTestId('saved-searches')
    await saved.getByRole('button', { name: '保存的检索：资金类通知' }).waitFor()
    await shoot('22-saved-searches')
    await saved.getByRole('button', { name: '保存的检索：资金类通知' }).click()
    await found(notices)
    expect(await h.page.getByTestId('filter-chips').innerText()).toContain('文种：通知')
    expect(await h.page.getByRole('textbox', { name: '检索词' }).inputValue()).toBe('资金')
  })

  it('has the import log on its own screen, filtered by outcome', async () => {
    // The same file again (skipped) and a file that is no gazette (failed).
    await h.services.importFiles({ sources: [upload('兴县公报-副本.txt', readFileSync(SAMPLE)), upload('会议纪要.txt', Buffer.from('这不是公报。'))] })
    await app.go('#/')
    await h.page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '导入记录' }).click()
    await h.page.getByRole('heading', { name: '导入记录' }).waitFor()
    const log = h.page.getByRole('table', { name: '导入日志' })
    await log.waitFor()
    expect(await log.locator('tbody tr').count()).toBe(3)
    await shoot('23-import-log')
    await h.page.getByRole('group', { name: '按结果筛选' }).getByText(/^跳过（1）/).click()
    await expect.poll(() => log.locator('tbody tr').count()).toBe(1)
    expect(await log.locator('tbody tr').innerText()).toContain('已导入过相同文件')
    expect(await h.page.getByTestId('log-summary').innerText()).toBe('显示 1 条，共 3 条')
  })

  it('the export preview switches 红头 and 来源行 for this export only, starting from 设置', async () => {
    await app.go(`#/doc/${await docId('兴政发〔2022〕8号')}`)
    const doc = new DocumentPage(h.page)
    await doc.article.waitFor()
    const exportBody = async (act: () => Promise<void>) => {
      const request = h.page.waitForRequest((r) => r.url().endsWith('/api/exportPdf'))
      await act()
      return JSON.parse((await request).postData() ?? '{}') as { masthead?: boolean; sourceLine?: boolean }
    }
    const open = () => h.page.getByRole('button', { name: /导出 PDF/ }).click()
    expect(await exportBody(open)).toMatchObject({ masthead: false, sourceLine: false })
    const choices = h.page.getByRole('group', { name: '本次导出的选项' })
    const masthead = choices.getByRole('switch', { name: '加红头' })
    // The switches are disabled while the first preview is made (a forced click on one then does nothing).
    await expect.poll(() => masthead.isEnabled(), { timeout: 60_000 }).toBe(true)
    expect(await exportBody(() => masthead.check({ force: true }))).toMatchObject({ masthead: true, sourceLine: false })
    await expect.poll(() => masthead.isChecked()).toBe(true)
    await h.page.locator('[data-testid="pdf-pages"]:not([data-pages="0"]) canvas').first().waitFor({ timeout: 60_000 })
    await h.page.waitForTimeout(1000) // the first page drawn
    await shoot('24-export-choices')
    await h.page.getByRole('button', { name: '关闭预览' }).click()
    // The next export starts from 设置 again (still off there).
    expect(await exportBody(open)).toMatchObject({ masthead: false })
    await h.page.getByRole('button', { name: '关闭预览' }).click()
  })

  it('the progress panel says what the report says, file by file', async () => {
    await app.go('#/import')
    await h.page.getByTestId('import-files-input').setInputFiles([
      { name: '再次导入.txt', mimeType: 'text/plain', buffer: readFileSync(SAMPLE) },
      { name: '通讯录.txt', mimeType: 'text/plain', buffer: Buffer.from('张三 13800000000') },
    ])
    const report = h.page.getByTestId('import-report').filter({ hasText: '再次导入.txt' })
    await report.waitFor({ timeout: 90_000 })
    const title = (await report.getByRole('heading', { level: 3 }).first().innerText()).replace('导入结果：', '')
    expect(title).toBe('未新增，跳过 1 个，失败 1 个')
    const panel = h.page.getByTestId('import-progress')
    await expect.poll(() => panel.innerText()).toContain(`已处理完毕：${title}`)
    const rows = await panel.getByTestId('progress-file').allInnerTexts()
    expect(rows[0]).toMatch(/再次导入\.txt\s+已跳过：已导入过相同文件/)
    expect(rows[1]).toMatch(/通讯录\.txt\s+失败：/)
    expect(await panel.innerText()).not.toContain('完成')
    await shoot('25-import-progress')
    expect(pageErrors).toEqual([])
  })
})

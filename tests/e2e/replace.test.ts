// 安全替换 and 对照原文 in Chromium over browser mode. The sample is archived and corrected; a
// shorter file of the same issue (its last pages lost) is imported: the report offers 替换…, the
// dialog compares both side by side and warns in red, replaces only after the confirmation, and
// 恢复替换前 brings the old issue back exactly. Then a document beside its original, text and PDF.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readIssueRows } from '../../src/main/db/replaced-issues'
import { REPO_ROOT, SAMPLE_TXT } from '../support/sample'
import { sampleOfd } from '../support/sample-ofd'
import { startHarness, type Harness } from './harness'
import { AppPage } from './pages/AppPage'
import { ImportPage } from './pages/ImportPage'
import { LibraryPage } from './pages/LibraryPage'
import { ReplaceDialog } from './pages/ReplaceDialog'

const PDF = join(REPO_ROOT, 'tests/fixtures/typeset/tuning/county-1col-heads/county-1col-heads.pdf')
const SAMPLE_LINES = readFileSync(SAMPLE_TXT, 'utf8').split('\n')
const CUT_AT = SAMPLE_LINES.findIndex((l) => l.startsWith('兴县人民政府办公室 关于印发兴县 2022 年度地质灾害防治方案的通知'))

let h: Harness
let app: AppPage
let dir: string
let worse: string
let issueId: number
let before: ReturnType<typeof readIssueRows>
const pageErrors: string[] = []
const docIn = async (issueNo: number, docNumber: string): Promise<number> => {
  const issue = (await h.services.listIssues({})).find((i) => i.issueNo === issueNo)
  const docs = await h.services.listDocuments({ issueId: issue?.id, offset: 0, limit: 100 })
  return docs.items.find((d) => d.docNumber === docNumber)?.id ?? 0
}

beforeAll(async () => {
  h = await startHarness()
  dir = mkdtempSync(join(tmpdir(), 'replace-e2e-'))
  worse = join(dir, '第2期-缺页.txt')
  writeFileSync(worse, SAMPLE_LINES.slice(0, CUT_AT).join('\n'))
  await h.services.importFiles({ sources: [{ kind: 'path', path: SAMPLE_TXT }] })
  issueId = (await h.services.listIssues({}))[0].id
  const editor = '王档案'
  await h.services.correctDocument({ id: await docIn(2, '兴政发〔2022〕10号'), changes: { recipients: '各乡镇人民政府' }, editor })
  await h.services.correctDocument({ id: await docIn(2, '兴政办发〔2022〕15号'), changes: { recipients: '各乡镇' }, editor })
  before = readIssueRows(h.services.archive.db, issueId)
  h.page.on('pageerror', (e) => pageErrors.push(`${e.message}\n${e.stack ?? ''}`))
  await h.page.setViewportSize({ width: 1366, height: 768 })
  app = new AppPage(h.page, h.server.url)
  await app.open('#/import')
})

afterAll(async () => {
  await h?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('安全替换', () => {
  it('the import skips the held issue and 替换… compares it side by side, in red', async () => {
    const imp = new ImportPage(h.page)
    await imp.chooseFiles([worse])
    expect(await imp.waitForReport()).toContain('档案中已有兴县人民政府公报 2022年第2期')
    // The skipped file links the issue that holds it.
    expect(await h.page.getByRole('link', { name: '查看档案中的这一期 →' }).getAttribute('href')).toBe(`#/?issueId=${issueId}`)
    await app.shoot('42-replace-skipped')
    const dialog = new ReplaceDialog(h.page)
    await dialog.open('第2期-缺页.txt')
    expect(await dialog.side('old').innerText()).toMatch(/档案中现有[\s\S]*xingxian-2022-02\.txt[\s\S]*文件数：45 件/)
    const newSide = await dialog.side('new').innerText()
    const fewer = Number(/文件数：(\d+) 件/.exec(newSide)?.[1])
    expect(fewer).toBeLessThan(45)
    expect(await dialog.warning.innerText()).toContain(`新版本少了 ${45 - fewer} 份文件（45 → ${fewer}）`)
    expect(await dialog.dialog.getByRole('region', { name: '缺少（新版本没有）' }).innerText()).toContain('兴政办发〔2022〕15号')
    expect(await dialog.dialog.innerText()).toMatch(/人工更正 2 条：将保留 1 条[\s\S]*更正未能重新应用（兴政办发〔2022〕15号，主送机关）/)
    expect(await dialog.confirmButton.isDisabled()).toBe(true)
    await app.shoot('42-replace-compare')
    await h.page.setViewportSize({ width: 1920, height: 1080 })
    await app.shoot('42-replace-compare-1920')
    await h.page.setViewportSize({ width: 1366, height: 768 })
  })

  it('replaces only after the confirmation; the correction that fits is kept', async () => {
    const dialog = new ReplaceDialog(h.page)
    const outcome = await dialog.confirm()
    expect(await outcome.innerText()).toMatch(/已替换，现有 \d+ 件文件；保留人工更正 1 条/)
    expect((await h.services.listIssues({}))[0].documentCount).toBeLessThan(45)
    const kept = await h.services.getDocument({ id: await docIn(2, '兴政发〔2022〕10号') })
    expect(kept.recipients).toBe('各乡镇人民政府')
    await app.shoot('43-replace-done')
  })

  it('恢复替换前 in one click brings the old issue back exactly', async () => {
    const dialog = new ReplaceDialog(h.page)
    expect(await (await dialog.undo()).innerText()).toContain('已恢复为替换前的 45 件文件')
    expect(readIssueRows(h.services.archive.db, issueId)).toEqual(before)
    await dialog.dialog.getByRole('button', { name: '完成' }).click()
    await dialog.dialog.waitFor({ state: 'detached' })
  })

  it('恢复替换前 is also on the issue page after the dialog is closed', async () => {
    const imp = new ImportPage(h.page)
    await imp.chooseFiles([worse])
    await imp.waitForReport()
    const dialog = new ReplaceDialog(h.page)
    await dialog.open('第2期-缺页.txt')
    await dialog.confirm()
    await dialog.dialog.getByRole('button', { name: '完成' }).click()
    await dialog.dialog.waitFor({ state: 'detached' })
    expect(await h.page.getByTestId('import-report').innerText()).toContain('已处理')
    await app.go('#/')
    await new LibraryPage(h.page).openIssue('2022年第2期', '目录')
    await h.page.getByRole('button', { name: '恢复替换前' }).click()
    await h.page.getByRole('heading', { level: 2 }).filter({ hasText: '45 件' }).waitFor({ timeout: 30_000 })
    expect(readIssueRows(h.services.archive.db, issueId)).toEqual(before)
    expect(await h.page.getByRole('button', { name: '恢复替换前' }).count()).toBe(0)
  })
})

describe('本期原件', () => {
  it('the same issue as OFD is kept as its second original, listed on the issue page to view and save', async () => {
    const ofd = join(dir, '兴县公报2022第2期.ofd')
    writeFileSync(ofd, await sampleOfd())
    await app.go('#/import')
    await new ImportPage(h.page).chooseFiles([ofd])
    const kept = h.page.getByTestId('import-kept')
    await kept.waitFor({ timeout: 90_000 })
    expect(await kept.innerText()).toMatch(/另存为本期第二份原件（OFD）[\s\S]*已有本期，另存为本期的第二份原件（OFD）：与档案中的 45 件文件一一对应/)
    await app.go('#/')
    await new LibraryPage(h.page).openIssue('2022年第2期', '目录')
    await h.page.getByRole('button', { name: '原件（2）' }).click()
    const rows = h.page.getByTestId('issue-original')
    await rows.nth(1).waitFor()
    expect(await rows.allInnerTexts()).toEqual([
      expect.stringMatching(/xingxian-2022-02\.txt[\s\S]*本期文件由此读取[\s\S]*文本[\s\S]*KB/),
      expect.stringMatching(/兴县公报2022第2期\.ofd[\s\S]*第二份原件，文件未重复导入[\s\S]*OFD[\s\S]*KB/),
    ])
    await app.shoot('46-issue-originals')
    await h.page.screenshot({ path: join(REPO_ROOT, 'docs', 'screenshots', '46-issue-originals.png') })
    const download = h.page.waitForEvent('download')
    await h.page.getByRole('button', { name: '另存原件：兴县公报2022第2期.ofd' }).click()
    expect((await download).suggestedFilename()).toBe('兴县公报2022第2期.ofd')
    await h.page.getByRole('button', { name: '查看原件：兴县公报2022第2期.ofd' }).click()
    const text = h.page.locator('pre.original-text')
    await text.waitFor({ timeout: 30_000 })
    expect(await text.innerText()).toContain('兴政发〔2022〕8号')
    await h.page.getByRole('button', { name: '关闭原件' }).click()
  })
})

describe('对照原文', () => {
  it('shows a text issue\'s source lines beside the document, its own lines marked', async () => {
    const id = await docIn(2, '兴政发〔2022〕10号')
    await app.go(`#/doc/${id}`)
    await h.page.getByRole('button', { name: '对照原文' }).click()
    const lines = h.page.getByTestId('original-lines')
    await lines.waitFor({ timeout: 30_000 })
    const marked = await lines.locator('li.marked').allInnerTexts()
    expect(marked.length).toBeGreaterThan(10)
    const doc = await h.services.getDocument({ id })
    const squeeze = (t: string): string => t.replace(/\s+/g, '')
    expect(squeeze(marked.join(''))).toContain(squeeze(doc.blocks[1].text).slice(0, 20))
    // The lines above the body stay in view unmarked: the title block with its 文号.
    expect(squeeze(await lines.innerText())).toContain('兴政发〔2022〕10号')
    expect(await h.page.getByRole('button', { name: '对照原文' }).getAttribute('aria-pressed')).toBe('true')
    await app.shoot('44-original-text')
    await h.page.setViewportSize({ width: 1920, height: 1080 })
    await app.shoot('44-original-text-1920')
    await h.page.setViewportSize({ width: 1366, height: 768 })
  })

  it('draws a PDF issue\'s page with the document\'s blocks outlined', async () => {
    await h.services.importFiles({ sources: [{ kind: 'path', path: PDF }] })
    const id = await docIn(3, '兴政发〔2022〕10号')
    await app.go(`#/doc/${id}`)
    await h.page.getByRole('button', { name: '对照原文' }).click()
    const pages = h.page.getByTestId('original-pages')
    await pages.locator('canvas').first().waitFor({ timeout: 60_000 })
    // The outlines are laid over the page once it is drawn: wait for them, do not count the first frame.
    await h.page.getByTestId('original-region').nth(3).waitFor({ timeout: 30_000 })
    expect(await h.page.getByTestId('original-region').count()).toBeGreaterThan(3)
    const canvas = pages.locator('canvas').first()
    expect(Number(await canvas.getAttribute('width'))).toBeGreaterThan(300)
    expect(Number(await canvas.getAttribute('height'))).toBeGreaterThan(400)
    await h.page.waitForTimeout(500)
    await app.shoot('45-original-pdf')
    await h.page.setViewportSize({ width: 1920, height: 1080 })
    await h.page.waitForTimeout(500)
    await app.shoot('45-original-pdf-1920')
    await h.page.setViewportSize({ width: 1366, height: 768 })
  })

  it('raised no page errors', () => {
    expect(pageErrors).toEqual([])
  })
})

// The main flow in Chromium over browser mode and a real archive: first start → import → browse → read → search → export.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { buildRenderer, ROOT, startHarness, type Harness } from './harness'
import { AppPage } from './pages/AppPage'
import { DocumentPage } from './pages/DocumentPage'
import { ImportPage } from './pages/ImportPage'
import { LibraryPage } from './pages/LibraryPage'
import { SearchPage } from './pages/SearchPage'

const SAMPLE = join(ROOT, 'resources', 'samples', 'xingxian-2022-02.txt')

let h: Harness
let app: AppPage
const pageErrors: string[] = []

beforeAll(async () => {
  buildRenderer()
  h = await startHarness()
  h.page.on('pageerror', (e) => pageErrors.push(e.message))
  h.page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text())
  })
  app = new AppPage(h.page, h.server.url)
})

afterEach(async () => {
  await app?.closeQuickSearch()
})

afterAll(async () => {
  await h?.close()
})

describe('公报档案 in the browser', () => {
  it('explains an empty archive on first start', async () => {
    await app.open('#/')
    const library = new LibraryPage(h.page)
    await library.emptyHeading.waitFor()
    expect(await library.importSampleButton.isVisible()).toBe(true)
    await app.shoot('01-first-start')
  })

  it('imports the sample through the file input and reports 45 documents and the 17号 warning', async () => {
    await app.go('#/import')
    const imp = new ImportPage(h.page)
    await imp.chooseFiles([SAMPLE])
    const report = await imp.waitForReport()
    expect(report).toContain('45 件')
    expect(report).toContain('兴政办函〔2022〕17号')
    expect(report).toContain('待核对，尚未入库')
    await app.shoot('02-import-report')
    // Files chosen one by one wait under 待核对 until staff 入库 them.
    await h.page.getByRole('link', { name: '核对并入库' }).click()
    await h.page.getByTestId('save-staged').click()
    expect(await h.page.getByTestId('review-done').innerText()).toContain('已入库')
    await app.go('#/import')
  })

  it('offers 替换 when the same issue is imported again from another file', async () => {
    const altered = readFileSync(SAMPLE, 'utf8') + '\n'
    const imp = new ImportPage(h.page)
    await imp.chooseFiles([{ name: 'xingxian-2022-02-重排.txt', mimeType: 'text/plain', buffer: Buffer.from(altered) }])
    const report = await imp.waitForReport()
    expect(report).toContain('已跳过')
    expect(await h.page.getByRole('button', { name: /替换/ }).count()).toBe(1)
  })

  it('browses from the tree to a document with the keyboard alone', async () => {
    await app.go('#/')
    const tree = h.page.getByRole('complementary', { name: '浏览导航' })
    await tree.getByRole('button', { name: /全部文件/ }).focus()
    const focused = () => h.page.evaluate<string>('document.activeElement?.getAttribute("data-tree-name") ?? document.activeElement?.className ?? ""')
    await h.page.keyboard.press('ArrowDown')
    expect(await focused()).toBe('兴县人民政府公报')
    await h.page.keyboard.press('ArrowRight') // the only gazette is open: into its years
    expect(await focused()).toBe('2022年')
    await h.page.keyboard.press('ArrowRight') // the newest year is open: into its 期
    expect(await focused()).toBe('第2期')
    await h.page.keyboard.press('ArrowLeft')
    expect(await focused()).toBe('2022年')
    await h.page.keyboard.press('End')
    expect(await focused()).not.toBe('2022年')
    await h.page.keyboard.press('2') // type-ahead: the first entry starting with 2
    expect(await focused()).toBe('2022年')
    await h.page.keyboard.press('ArrowRight')
    await h.page.keyboard.press('Enter')
    await h.page.getByRole('heading', { level: 2 }).filter({ hasText: '2022年第2期' }).waitFor()
    let onRow = false
    for (let i = 0; i < 40 && !onRow; i++) {
      await h.page.keyboard.press('Tab')
      onRow = /doc-link|toc-entry/.test(await focused())
    }
    expect(onRow).toBe(true)
    await h.page.keyboard.press('Enter')
    await expect.poll(() => h.page.url(), { timeout: 10_000 }).toMatch(/#\/doc\/\d+$/)
  })

  it('browses to 2022年第2期 in the library', async () => {
    await app.go('#/')
    const library = new LibraryPage(h.page)
    await library.openIssue('2022年第2期')
    await library.rows.first().waitFor()
    expect(await h.page.getByRole('heading', { level: 2 }).innerText()).toContain('45 件')
    await app.shoot('03-library-issue')
  })

  it('opens a document in the official-document look', async () => {
    await new LibraryPage(h.page).openDocumentByTitle('农民工工资')
    const doc = new DocumentPage(h.page)
    expect(await doc.article.locator('h1').innerText()).toContain('农民工工资')
    expect(await doc.meta.innerText()).toContain('兴政发〔2022〕8号')
    const font = await h.page.evaluate("getComputedStyle(document.querySelector('article.official-doc')).fontFamily")
    expect(font).toContain('FangSong')
    await app.shoot('04-document')
  })

  it('searches as you type with highlighted snippets', async () => {
    await app.go('#/search')
    const search = new SearchPage(h.page)
    await search.search('农民工工资')
    expect((await search.hitTitles.allInnerTexts()).join('\n')).toContain('农民工工资')
    expect(await h.page.locator('.hit-snippet mark').count()).toBeGreaterThan(0)
    await app.shoot('05-search')
  })

  it('finds a document despite a typo', async () => {
    const search = new SearchPage(h.page)
    await search.search('农民工公资支付')
    await app.shoot('05-search-typo')
    expect((await search.hitTitles.allInnerTexts()).join('\n')).toContain('农民工工资')
  })

  it('finds a document by pinyin initials', async () => {
    const search = new SearchPage(h.page)
    await search.search('nmggz')
    await app.shoot('06-search-pinyin')
    expect((await search.hitTitles.allInnerTexts()).join('\n')).toContain('农民工工资')
  })

  it('suggests the word of the archive for a typo found only in bodies (疫青防控 → 疫情防控)', async () => {
    const search = new SearchPage(h.page)
    await search.search('疫青防控')
    const box = h.page.getByTestId('search-suggestions')
    await box.waitFor()
    expect(await box.innerText()).toContain('您是不是要找')
    expect(await box.getByRole('button').allInnerTexts()).toContain('疫情防控')
    expect(await h.page.locator('.hit-snippet mark').first().innerText()).toBe('疫情防控')
    await app.shoot('05-search-suggest')
  })

  it('offers shorter words and 清除筛选 when nothing is found', async () => {
    const search = new SearchPage(h.page)
    const year = h.page.getByRole('combobox', { name: '年份' })
    await year.click()
    await h.page.getByRole('option', { name: /^2022年/ }).click()
    await search.search('全民健身量子纠缠')
    const empty = h.page.getByTestId('search-empty')
    await empty.waitFor()
    await empty.getByRole('button', { name: '全民健身' }).waitFor()
    await app.shoot('05-search-empty')
    await empty.getByRole('button', { name: '清除筛选' }).click()
    expect(await year.inputValue()).toBe('')
    await empty.getByRole('button', { name: '全民健身' }).click()
    await h.page.getByTestId('search-summary').filter({ hasText: /找到 [1-9]/ }).waitFor()
    expect((await search.hitTitles.allInnerTexts()).join('\n')).toContain('全民健身')
  })

  it('quick search: Enter opens the first hit, Ctrl+Enter the full results', async () => {
    await app.quickSearch('全民健身')
    await app.quickHit('全民健身')
    await h.page.keyboard.press('Enter')
    await expect.poll(() => h.page.url(), { timeout: 10_000 }).toMatch(/#\/doc\/\d+$/)
    await app.quickSearch('农民工工资')
    await app.quickHit('农民工工资')
    await h.page.keyboard.press('Control+Enter')
    await expect.poll(() => decodeURIComponent(h.page.url()), { timeout: 10_000 }).toMatch(/#\/search.*农民工工资/)
  })

  it('quick search opens with Ctrl+K', async () => {
    await app.quickSearch('全民健身')
    await app.quickHit('全民健身')
    await app.shoot('07-quick-search')
    await h.page.keyboard.press('Escape')
  })

  it('exports a PDF, previews it with pdf.js and downloads it', async () => {
    await app.go('#/')
    const library = new LibraryPage(h.page)
    await library.openIssue('2022年第2期')
    await library.openDocumentByTitle('农民工工资')
    const doc = new DocumentPage(h.page)
    await doc.article.waitFor()
    await doc.openExportPreview()
    await app.shoot('08-export-preview')
    const download = await doc.save()
    expect(download.suggestedFilename()).toMatch(/\.pdf$/)
    const file = join(h.downloadsDir, download.suggestedFilename())
    await download.saveAs(file)
    expect(readFileSync(file).subarray(0, 4).toString('latin1')).toBe('%PDF')
  })

  it('keeps two gazettes apart when their issue numbers match (公报 → 年 → 期)', async () => {
    await app.go('#/import')
    const other = readFileSync(SAMPLE, 'utf8').replaceAll('兴县人民政府公报', '临县人民政府公报')
    const imp = new ImportPage(h.page)
    await imp.chooseFiles([{ name: '临县公报2022-02.txt', mimeType: 'text/plain', buffer: Buffer.from(other) }])
    expect(await imp.waitForReport()).toContain('临县人民政府公报')
    await h.page.getByRole('link', { name: '核对并入库' }).click()
    await h.page.getByTestId('save-staged').click()
    await h.page.getByTestId('review-done').waitFor()
    await app.go('#/')
    const tree = h.page.getByRole('complementary', { name: '浏览导航' })
    await tree.getByRole('button', { name: '临县人民政府公报', exact: true }).click()
    await tree.getByRole('button', { name: '临县人民政府公报 2022年第2期，45 件' }).click()
    await h.page.getByRole('heading', { level: 2 }).filter({ hasText: '2022年第2期' }).waitFor()
    expect(await h.page.locator('main, section').first().innerText()).toContain('临县人民政府公报')
    await app.shoot('03-library-two-gazettes')
    await tree.getByRole('button', { name: '兴县人民政府公报', exact: true }).click()
    await tree.getByRole('button', { name: '兴县人民政府公报 2022年第2期，45 件' }).waitFor()
    await app.go('#/search')
    const search = new SearchPage(h.page)
    await search.search('农民工工资')
    const meta = await h.page.locator('ol[aria-label="检索结果"] li').allInnerTexts()
    expect(meta.some((t) => t.includes('临县人民政府公报 2022年第2期'))).toBe(true)
    expect(meta.some((t) => t.includes('兴县人民政府公报 2022年第2期'))).toBe(true)
  })

  it('ran without page errors (CSP, worker, scripts)', () => {
    expect(pageErrors.filter((e) => !/favicon/.test(e))).toEqual([])
  })
})

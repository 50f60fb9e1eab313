// Everyday archive work in Chromium over browser mode: the 期 view and its 目录, corrections with
// history, split/merge, the series overview, settings, catalogue export, scanned back issues, removal.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, startHarness, type Harness } from './harness'
import { AppPage } from './pages/AppPage'
import { DocumentPage } from './pages/DocumentPage'
import { IssuePage } from './pages/IssuePage'
import { LibraryPage } from './pages/LibraryPage'
import { ScanCataloguePage, SeriesPage, SettingsPage } from './pages/OverviewPages'
import { SearchPage } from './pages/SearchPage'

const SAMPLE = join(ROOT, 'resources', 'samples', 'xingxian-2022-02.txt')

let h: Harness
let app: AppPage
let issueId: number
const pageErrors: string[] = []

beforeAll(async () => {
  h = await startHarness()
  const report = await h.services.importFiles({ sources: [{ kind: 'path', path: SAMPLE }] })
  expect(report.imported).toHaveLength(1)
  issueId = (await h.services.listIssues({}))[0].id
  h.page.on('pageerror', (e) => pageErrors.push(e.message))
  app = new AppPage(h.page, h.server.url)
  await app.open('#/')
})

afterAll(async () => {
  await h?.close()
})

/** A few pages standing in for a scanned issue (the viewer only draws pages; a text layer does no harm). */
async function multiPagePdf(): Promise<{ pdf: string; pages: number }> {
  const ids = (await h.services.listDocuments({ issueId, offset: 0, limit: 3 })).items.map((d) => d.id)
  const file = await h.services.exportPdf({ documentIds: ids, combine: true })
  const pdf = join(h.downloadsDir, '扫描件.pdf')
  writeFileSync(pdf, Buffer.from(file.bytesBase64, 'base64'))
  const pages = (readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length
  return { pdf, pages }
}

const docId = async (docNumber: string): Promise<number> => (await h.services.findByDocNumber({ docNumber })) as number

describe('archive work in the browser', () => {
  it('shows the 期 目录 as printed: 46 entries, 17号 greyed with its warning', async () => {
    await new LibraryPage(h.page).openIssue('2022年第2期', '目录')
    const issue = new IssuePage(h.page)
    await issue.waitForToc()
    expect(await issue.entries.count()).toBe(46)
    expect(await issue.missingEntries.count()).toBe(1)
    const missing = issue.missingEntries.locator('xpath=..')
    expect(await missing.innerText()).toContain('兴政办函〔2022〕17号')
    expect(await missing.locator('.toc-warning').innerText()).toMatch(/17号/)
    await app.shoot('10-issue-toc')
    await issue.openEntry('农民工工资')
    expect(await new DocumentPage(h.page).article.locator('h1').innerText()).toContain('农民工工资')
  })

  it('downloads the issue catalogue as CSV with a BOM', async () => {
    await app.go(`#/?issueId=${issueId}`)
    await new IssuePage(h.page).waitForToc()
    const download = await new LibraryPage(h.page).exportCatalogue(/导出本期目录/, /CSV/)
    const file = join(h.downloadsDir, download.suggestedFilename())
    await download.saveAs(file)
    const bytes = readFileSync(file)
    expect(download.suggestedFilename()).toMatch(/\.csv$/)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.toString('utf8')).toContain('兴政函〔2022〕61号')
  })

  it('exports the catalogue of the files ticked in the library', async () => {
    const library = new LibraryPage(h.page)
    await app.go(`#/?issueId=${issueId}&view=list`)
    await library.rows.first().waitFor()
    await library.rows.nth(0).getByRole('checkbox').check()
    await library.rows.nth(1).getByRole('checkbox').check()
    const download = await library.exportCatalogue(/^导出目录/, /勾选的文件（2）.*CSV/)
    const file = join(h.downloadsDir, `sel-${download.suggestedFilename()}`)
    await download.saveAs(file)
    expect(readFileSync(file, 'utf8').trim().split(/\r\n/)).toHaveLength(3) // header + 2
  })

  it('corrects a title with a note; history and search follow', async () => {
    const id = await docId('兴政函〔2022〕61号')
    await app.go(`#/doc/${id}`)
    const doc = new DocumentPage(h.page)
    await doc.article.waitFor()
    await doc.startCorrection()
    const title = await doc.correctionForm.getByRole('textbox', { name: '标题', exact: true }).inputValue()
    expect(title).toContain('嵒大线')
    await doc.setField('标题', title.replace('嵒大线', '岢大线'))
    await doc.setField('更正说明（可选）', '据纸质公报核对，岢字误作嵒')
    await app.scrollTop()
    await app.shoot('11-correction-form')
    await doc.saveCorrection()
    await doc.answerEditor('王档案') // the first correction asks for the staff name once
    await doc.done.waitFor()
    await doc.history.getByText('岢大线', { exact: false }).first().waitFor()
    // The history and the article's heading come from two reads: wait for the heading too.
    await doc.article.locator('h1').filter({ hasText: '岢大线' }).waitFor()
    expect(await doc.history.innerText()).toContain('王档案')
    expect(await doc.history.innerText()).toContain('据纸质公报核对')
    await doc.history.scrollIntoViewIfNeeded()
    await app.shoot('11-correction')
    await app.go('#/search')
    const search = new SearchPage(h.page)
    await search.search('岢大线')
    expect((await search.hitTitles.allInnerTexts()).join('\n')).toContain('岢大线魏家滩')
  })

  it('splits a document and merges it back (round trip)', async () => {
    const id = await docId('兴政发〔2022〕8号')
    const before = await h.services.getDocument({ id })
    await app.go(`#/doc/${id}`)
    const doc = new DocumentPage(h.page)
    await doc.article.waitFor()
    const at = before.blocks.findIndex((b, i) => i > 2 && b.kind === 'heading1')
    await doc.split(new RegExp(`^${at + 1}\\. `))
    await doc.done.waitFor()
    const cut = await h.services.getDocument({ id })
    expect(cut.blocks).toHaveLength(at)
    const merged = await doc.mergeWithNext()
    expect(merged).toContain(before.blocks[at].text.slice(0, 10))
    await doc.page.getByRole('status').filter({ hasText: '已合并' }).waitFor()
    const after = await h.services.getDocument({ id })
    expect(after.title).toBe(before.title)
    expect(after.blocks.map((b) => b.text).join('')).toContain(before.blocks[before.blocks.length - 1].text)
    expect((await h.services.listDocuments({ issueId, offset: 0, limit: 100 })).total).toBe(45)
    // The history panel reloads after the merge: wait for its row, never for time.
    await doc.history.getByText(/并入/).first().waitFor()
    expect(await doc.history.innerText()).toMatch(/并入[\s\S]*拆分/) // newest first
  })

  it('shows the series at a glance, the import log and dangling references', async () => {
    await app.go('#/series')
    const series = new SeriesPage(h.page)
    await series.waitFor()
    expect(await h.page.getByRole('link', { name: '2022年第2期' }).count()).toBe(1)
    expect(await series.missingChips.first().innerText()).toBe('缺第1期')
    expect(await series.importLog.innerText()).toContain('xingxian-2022-02.txt')
    expect(await series.dangling.locator('tbody tr').count()).toBeGreaterThan(0)
    await app.shoot('12-series')
  })

  it('keeps export defaults and explains the inbox in browser mode', async () => {
    await app.go('#/settings')
    const settings = new SettingsPage(h.page)
    await settings.waitFor()
    expect(await h.page.getByText('收件文件夹由启动本程序的管理员在启动时指定').count()).toBe(1)
    expect(await h.page.getByText('--inbox').count()).toBe(0) // no command line in the app
    expect(await h.page.getByRole('textbox', { name: '姓名' }).inputValue()).toBe('王档案')
    await settings.switch(/红头/).click({ force: true })
    await app.shoot('13-settings')
    expect(await h.page.evaluate(`localStorage.getItem('gazette-archive.export-defaults')`)).toContain('"masthead":true')
  })

  it('catalogues a scanned back issue, views its pages, then removes it with a backup', async () => {
    await h.services.setSettings({ editorName: '王档案' }) // as after the correction above, when run alone
    await app.go('#/import?tab=scan')
    const scan = new ScanCataloguePage(h.page)
    const { pdf, pages } = await multiPagePdf()
    await scan.fill({ pdf, year: 2019, issueNo: 1 }, [
      { docNumber: '兴政发〔2019〕3号', title: '兴县人民政府关于扫描件登记测试的通知', from: 1, to: 2 },
      { docNumber: '兴政办发〔2019〕9号', title: '兴县人民政府办公室关于第二件扫描文件的通知', from: 3, to: pages },
    ])
    await app.scrollTop()
    await app.shoot('14-scan-catalogue')
    await scan.save()
    const hits = await h.services.searchDocuments({ query: '扫描件登记测试' })
    expect(hits.hits[0]?.docNumber).toBe('兴政发〔2019〕3号')
    await app.go(`#/doc/${hits.hits[0].id}`)
    await h.page.getByRole('button', { name: '查看扫描页' }).click()
    const pager = h.page.getByTestId('scan-page')
    await pager.filter({ hasText: `全期共 ${pages} 页` }).waitFor()
    await h.page.getByRole('button', { name: '下一页 →' }).click()
    await pager.filter({ hasText: /^第 2 页/ }).waitFor()
    await app.shoot('15-scan-viewer')
    await h.page.keyboard.press('Escape')
    const scanned = (await h.services.listIssues({})).find((i) => i.year === 2019)!
    await app.go(`#/?issueId=${scanned.id}`)
    const backup = await new IssuePage(h.page).remove('登记测试，删除')
    expect(backup).toMatch(/backups/)
    expect((await h.services.listIssues({})).some((i) => i.year === 2019)).toBe(false)
  })

  it('shows validity both ways: 已废止 with a link to the repealing document, and 废止了 on that one', async () => {
    const fixtures = join(ROOT, 'tests', 'fixtures', 'archive-work')
    for (const f of ['xingxian-2021-01.txt', 'xingxian-2020-01.txt']) {
      await h.services.importFiles({ sources: [{ kind: 'path', path: join(fixtures, f) }] })
    }
    await app.go(`#/doc/${await docId('兴政发〔2020〕5号')}`)
    const banner = h.page.getByTestId('status-banner')
    await banner.waitFor()
    expect(await banner.innerText()).toContain('已废止')
    await app.shoot('18-status-repealed')
    await banner.getByRole('link', { name: /兴政发〔2021〕3号/ }).click()
    const doc = new DocumentPage(h.page)
    await doc.meta.getByTestId('relations').filter({ hasText: '废止了' }).waitFor()
    expect(await doc.meta.getByTestId('relations').innerText()).toContain('兴政发〔2020〕5号')
  })

  it('ran without page errors', () => {
    expect(pageErrors).toEqual([])
  })
})

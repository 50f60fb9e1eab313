// 归档文件目录 and the gazette's name in Chromium: the dialog (columns, 件号 and 保管期限 rules set
// once per gazette, PDF), and 更正名称 on the series page with 撤销.
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, startHarness, type Harness } from './harness'
import { AppPage } from './pages/AppPage'
import { IssuePage } from './pages/IssuePage'
import { SeriesPage } from './pages/OverviewPages'

const SAMPLE = join(ROOT, 'resources', 'samples', 'xingxian-2022-02.txt')

let h: Harness
let app: AppPage
let issueId: number

beforeAll(async () => {
  h = await startHarness()
  await h.services.importFiles({ sources: [{ kind: 'path', path: SAMPLE }] })
  issueId = (await h.services.listIssues({}))[0].id
  await h.services.setSettings({ editorName: '王档案' })
  app = new AppPage(h.page, h.server.url)
  await app.open(`#/?issueId=${issueId}`)
})

afterAll(async () => {
  await h?.close()
})

describe('the archival catalogue and the gazette name', () => {
  it('sets the gazette’s 件号 rule once and exports the catalogue as a PDF named by gazette and 期', async () => {
    await new IssuePage(h.page).waitForToc()
    await h.page.getByRole('button', { name: /导出本期目录/ }).click()
    await h.page.getByRole('menuitem', { name: /选择列与规则/ }).click()
    const dialog = h.page.getByRole('dialog', { name: /归档文件目录/ })
    const piece = dialog.getByRole('textbox', { name: '件号' })
    await piece.fill('{年度}-{期:2}-{件:3}')
    await dialog.getByText('PDF（打印）').click()
    await app.shoot('16-catalogue-dialog')
    await dialog.getByRole('button', { name: '保存为本公报规则' }).click()
    await dialog.getByRole('button', { name: '已保存为本公报规则' }).waitFor()
    expect((await h.services.getCatalogueRules({ gazette: '兴县人民政府公报' })).pieceNo).toBe('{年度}-{期:2}-{件:3}')
    const download = h.page.waitForEvent('download')
    await dialog.getByRole('button', { name: '导出' }).click()
    expect((await download).suggestedFilename()).toBe('兴县人民政府公报_2022年第2期_档案目录.pdf')
  })

  it('corrects the gazette’s name for all its issues on the series page, and takes it back', async () => {
    await app.go('#/series')
    await new SeriesPage(h.page).waitFor()
    await h.page.getByRole('button', { name: '更正名称：兴县人民政府公报' }).click()
    const dialog = h.page.getByRole('dialog', { name: '更正公报名称' })
    await dialog.getByRole('textbox', { name: '公报名称' }).fill('兴县政府公报')
    await dialog.getByRole('button', { name: '更正' }).click()
    await dialog.getByRole('status').filter({ hasText: '共 1 期' }).waitFor()
    await app.shoot('16-gazette-rename')
    await h.page.getByRole('region', { name: '兴县政府公报' }).waitFor()
    await dialog.getByRole('button', { name: '撤销' }).click()
    await dialog.getByRole('status').filter({ hasText: '已撤销' }).waitFor()
    expect((await h.services.listSeries({})).map((s) => s.gazette)).toEqual(['兴县人民政府公报'])
  })
})

// An issue whose gazette is named nowhere, as staff meet it in Chromium over browser mode: two such
// files of one year and 期 wait under 待核对 apart, each under its file's name; the review screen and
// the navigation say （未写明公报名称）; clicking it in the navigation filters its documents (the
// address carries the name); 更正名称 in 馆藏概览 joins it to the named gazette.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, startHarness, type Harness } from './harness'
import { AppPage } from './pages/AppPage'
import { DocumentPage } from './pages/DocumentPage'
import { ImportPage } from './pages/ImportPage'
import { ReviewPage } from './pages/ReviewPage'
import { SeriesPage } from './pages/OverviewPages'

const SAMPLE = join(ROOT, 'resources', 'samples', 'xingxian-2022-02.txt')
const LAYOUT = 'city-xe-one2-spaced'
const DIR = join(ROOT, 'tests', 'fixtures', 'typeset', 'tuning', LAYOUT)
/** The tuning fixture's text with its running heads' gazette name taken out: nothing names it. */
const nameless = (ext: string): Buffer =>
  Buffer.from(readFileSync(join(DIR, `${LAYOUT}.${ext}`), 'utf8').split('\n').map((l) => l.replace(/^\s*邛州市人民政府公报\s*/, '')).join('\n'))
const A = '（未写明公报名称）「甲地公报.txt」'
const B = '（未写明公报名称）「乙地公报.txt」'
/** Where the screenshots the brief asked for are kept. */
const NOTES = process.env.NAMELESS_SHOTS

let h: Harness
let app: AppPage
const pageErrors: string[] = []

async function shoot(name: string): Promise<void> {
  await h.page.setViewportSize({ width: 1366, height: 768 })
  await app.shoot(name)
  if (NOTES) await h.page.screenshot({ path: join(NOTES, `${name}.png`) })
}

/** Every text shown on the page: no gazette may read as '' or 'undefined'. */
async function noEmptyName(): Promise<void> {
  const text = await h.page.locator('body').innerText()
  expect(text).not.toMatch(/undefined|null|「」|(^|\n) \d{4}年第\d+期/)
}

beforeAll(async () => {
  h = await startHarness()
  expect((await h.services.importFiles({ sources: [{ kind: 'path', path: SAMPLE }] })).imported).toHaveLength(1)
  h.page.on('pageerror', (e) => pageErrors.push(e.message))
  h.page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text())
  })
  app = new AppPage(h.page, h.server.url)
  await app.open('#/')
})
afterAll(async () => {
  await h?.close()
})

describe('an issue named nowhere', () => {
  it('two files of one year and 期 wait apart under 待核对, each reviewed under its file\'s name', async () => {
    for (const [name, ext] of [['甲地公报.txt', 'txt'], ['乙地公报.txt', 'layout.txt']]) {
      await app.go('#/import')
      const imp = new ImportPage(h.page)
      await imp.chooseFiles([{ name, mimeType: 'text/plain', buffer: nameless(ext) }])
      const report = await imp.waitForReport()
      expect(report).toContain('待核对，尚未入库')
      expect(report).toContain(`${name === '甲地公报.txt' ? A : B} 2022年第6期`)
      expect(report).toContain('未找到公报名称')
      expect(report).not.toContain('档案中已有')
    }
    expect((await h.services.listStagedIssues({})).map((s) => s.label)).toEqual([`${A} 2022年第6期`, `${B} 2022年第6期`])
    await app.go('#/review')
    const list = h.page.getByRole('table').filter({ hasText: A })
    await list.waitFor()
    expect(await list.innerText()).toContain(`${B} 2022年第6期`)
    expect(await list.innerText()).not.toContain('档案中已有')
    await list.getByRole('row').filter({ hasText: A }).getByRole('link').first().click()
    const review = new ReviewPage(h.page)
    await review.status.waitFor()
    await h.page.getByRole('heading', { name: `核对：${A} 2022年第6期` }).waitFor()
    expect(await h.page.locator('body').innerText()).toContain('未找到公报名称')
    await noEmptyName()
    await shoot('nameless-review-1366x768')
    expect(await review.save()).toContain(`已入库：${A} 2022年第6期`)
    // The second, from the other file, is saved beside it, not over it.
    const second = (await h.services.listStagedIssues({}))[0]
    expect(second.label).toBe(`${B} 2022年第6期`)
    expect(second.held).toBe(false)
    await h.services.saveStagedIssue({ id: second.id })
    expect((await h.services.listSeries({})).map((s) => s.gazette).sort()).toEqual([A, B, '兴县人民政府公报'].sort())
  })

  it('clicking the nameless gazette in the navigation filters its documents; its 期 opens under it', async () => {
    await app.go('#/')
    const nav = h.page.getByRole('complementary', { name: '浏览导航' })
    await nav.getByRole('button', { name: A, exact: true }).click()
    await expect.poll(() => h.page.evaluate('location.hash')).toContain(`gazette=${encodeURIComponent(A)}`)
    await h.page.getByRole('heading', { level: 2 }).filter({ hasText: A }).waitFor()
    expect(await h.page.getByRole('heading', { level: 2 }).innerText()).toMatch(/10\s*件/)
    // The gazette is the one chosen (active) and open; 全部文件 is not.
    expect(await nav.getByRole('button', { name: A, exact: true }).getAttribute('data-active')).toBe('true')
    expect(await nav.getByRole('button', { name: /^全部文件/ }).getAttribute('data-active')).toBeNull()
    expect(await nav.getByRole('button', { name: `${B} 2022年第6期，10 件` }).count()).toBe(0)
    // Its 期, chosen: the issue's page under the nameless name.
    await nav.getByRole('button', { name: `${A} 2022年第6期，10 件` }).click()
    await h.page.getByRole('heading', { level: 2 }).filter({ hasText: '2022年第6期' }).waitFor()
    expect(await h.page.locator('body').innerText()).toContain(A)
    await noEmptyName()
    await shoot('nameless-nav-issue-1366x768')
    // The address alone brings the filter back (a reload, a saved link).
    await app.open(`#/?gazette=${encodeURIComponent(B)}`)
    await h.page.getByRole('heading', { level: 2 }).filter({ hasText: B }).waitFor()
    expect(await h.page.getByRole('heading', { level: 2 }).innerText()).toMatch(/10\s*件/)
    await h.page.setViewportSize({ width: 1360, height: 860 })
  })

  it('更正名称 in 馆藏概览 names one nameless issue, joining the gazette the archive holds', async () => {
    await app.go('#/series')
    const series = new SeriesPage(h.page)
    await series.waitFor()
    expect(await h.page.getByRole('region', { name: A }).innerText()).toContain('2022')
    await h.page.getByRole('button', { name: `更正名称：${A}` }).click()
    const dialog = h.page.getByRole('dialog', { name: '更正公报名称' })
    // Named afresh: the field starts empty, not with the stand-in name.
    expect(await dialog.getByLabel('公报名称').inputValue()).toBe('')
    await dialog.getByLabel('公报名称').fill('兴县人民政府公报')
    await dialog.getByRole('button', { name: '更正' }).click()
    await new DocumentPage(h.page).answerEditor('王档案')
    await dialog.getByRole('status').filter({ hasText: '共 2 期' }).waitFor()
    expect(await dialog.getByRole('status').innerText()).toContain(`已将「${A}」的 1 期并入「兴县人民政府公报」`)
    expect(await dialog.getByRole('status').innerText()).not.toContain('以后导入')
    // Renaming back would take 兴县's own 期 too: a join has no 撤销.
    expect(await dialog.getByRole('button', { name: '撤销' }).count()).toBe(0)
    await dialog.getByRole('button', { name: '完成' }).click()
    await expect.poll(async () => (await h.services.listSeries({})).map((s) => s.gazette).sort()).toEqual([B, '兴县人民政府公报'].sort())
    await app.go('#/')
    const nav = h.page.getByRole('complementary', { name: '浏览导航' })
    await nav.getByRole('button', { name: B, exact: true }).waitFor()
    await expect.poll(() => nav.getByRole('button', { name: A, exact: true }).count()).toBe(0)
    await nav.getByRole('button', { name: '兴县人民政府公报', exact: true }).click()
    await h.page.getByRole('heading', { level: 2 }).filter({ hasText: '兴县人民政府公报' }).waitFor()
    expect(await h.page.getByRole('heading', { level: 2 }).innerText()).toMatch(/55\s*件/)
  })

  it('ran without page errors', () => {
    expect(pageErrors.filter((e) => !/favicon/.test(e))).toEqual([])
  })
})

// An issue's own identity (公报名称, 年份, 期号, 总期号, 出版日期) set by staff in Chromium over
// browser mode: under 待核对 (a 期 the archive holds is named, 替换 offered, a free 期 saved) and on an
// archived issue's page (更正本期信息, its record, 撤销); an issue that prints no name, year or 期
// says so and offers the fix in one click. Screenshots at 1366×768 in IDENTITY_SHOTS when set.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, startHarness, type Harness } from './harness'
import { AppPage } from './pages/AppPage'
import { ImportPage } from './pages/ImportPage'
import { ReviewPage } from './pages/ReviewPage'

const SAMPLE = join(ROOT, 'resources', 'samples', 'xingxian-2022-02.txt')
const LAYOUT = 'city-xe-one2-spaced'
const DIR = join(ROOT, 'tests', 'fixtures', 'typeset', 'tuning', LAYOUT)
/** The tuning fixture's text with its gazette name and its 期 label lines taken out: it prints neither. */
const bare = (ext: string): Buffer =>
  Buffer.from(
    readFileSync(join(DIR, `${LAYOUT}.${ext}`), 'utf8')
      .split('\n')
      .map((l) => l.replace(/^\s*邛州市人民政府公报\s*/, ''))
      .filter((l) => !/^\s*2022 年第 6 期/.test(l))
      .join('\n'),
  )
const QZ = '邛州市人民政府公报'
const NOTES = process.env.IDENTITY_SHOTS

let h: Harness
let app: AppPage
const pageErrors: string[] = []

async function shoot(name: string): Promise<void> {
  await h.page.setViewportSize({ width: 1366, height: 768 })
  await app.shoot(name)
  if (NOTES) await h.page.screenshot({ path: join(NOTES, `${name}.png`) })
}

beforeAll(async () => {
  h = await startHarness()
  expect((await h.services.importFiles({ sources: [{ kind: 'path', path: SAMPLE }] })).imported).toHaveLength(1)
  await h.services.setSettings({ editorName: '王档案' })
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

describe('本期信息 under 待核对', () => {
  it('the list and the review screen say what the issue does not print, and offer the fix', async () => {
    await app.go('#/import')
    const imp = new ImportPage(h.page)
    await imp.chooseFiles([{ name: '无头.txt', mimeType: 'text/plain', buffer: bare('txt') }])
    expect(await imp.waitForReport()).toContain('待核对，尚未入库')
    await app.go('#/review')
    const row = h.page.getByRole('row').filter({ hasText: '无头.txt' })
    await row.waitFor()
    expect(await row.innerText()).toContain('这一期没有写明公报名称、年份和期号，核对时请填写')
    await row.getByRole('link', { name: '核对' }).click()
    await new ReviewPage(h.page).status.waitFor()
    const gaps = h.page.getByTestId('identity-gaps')
    expect(await gaps.innerText()).toContain('这一期没有写明公报名称、年份和期号')
    await shoot('identity-review-gaps-1366x768')
  })

  it('checks the values in Chinese; a 期 the archive holds is named, and 替换 offered', async () => {
    await h.page.getByTestId('identity-gaps').getByRole('button', { name: '填写本期信息' }).click()
    const dialog = h.page.getByRole('dialog', { name: '本期信息' })
    await dialog.getByLabel('公报名称').fill('兴县人民政府公报')
    await dialog.getByLabel('年份', { exact: true }).fill('22')
    await dialog.getByLabel('期号', { exact: true }).fill('2')
    expect(await dialog.getByTestId('identity-problems').innerText()).toBe('年份须为 1949–2100 之间的整数（填的是“22”）')
    expect(await dialog.getByRole('button', { name: '保存' }).isDisabled()).toBe(true)
    await dialog.getByText('按原件填写').click() // out of the field: only the refused one is outlined
    await shoot('identity-review-invalid-1366x768')
    await dialog.getByLabel('年份', { exact: true }).fill('2022')
    await dialog.getByRole('button', { name: '保存' }).click()
    const alert = dialog.getByRole('alert')
    await alert.filter({ hasText: '档案中已有' }).waitFor()
    expect(await alert.innerText()).toMatch(/^档案中已有兴县人民政府公报 2022年第2期（编号 1，45 件文件，\d{4}-\d{2}-\d{2} 导入）。如这一份是它的新版本，请选择“替换”/)
    await shoot('identity-review-held-1366x768')
    await dialog.getByRole('button', { name: '替换档案中的那一期' }).click()
    await dialog.waitFor({ state: 'detached' })
    await h.page.getByRole('heading', { name: '核对：兴县人民政府公报 2022年第2期' }).waitFor()
    expect(await h.page.getByTestId('save-staged').innerText()).toMatch(/^替换入库/)
    expect(await h.page.getByTestId('identity-gaps').count()).toBe(0)
  })

  it('moved to its own 期 it is saved under what staff set, the sample untouched', async () => {
    await h.page.getByRole('button', { name: '本期信息…' }).click()
    const dialog = h.page.getByRole('dialog', { name: '本期信息' })
    await dialog.getByLabel('公报名称').fill(QZ)
    await dialog.getByLabel('期号', { exact: true }).fill('6')
    await dialog.getByLabel('总期号（可不填）').fill('161')
    await dialog.getByLabel('出版日期（可不填）').fill('2022-06-30')
    await dialog.getByRole('button', { name: '保存' }).click()
    await dialog.waitFor({ state: 'detached' })
    await h.page.getByRole('heading', { name: `核对：${QZ} 2022年第6期` }).waitFor()
    expect(await h.page.getByTestId('save-staged').innerText()).toMatch(/^入库/)
    expect(await h.page.locator('body').innerText()).toContain('总第161期 · 出版 2022-06-30')
    await shoot('identity-review-set-1366x768')
    expect(await new ReviewPage(h.page).save()).toContain(`已入库：${QZ} 2022年第6期`)
    const held = (await h.services.listIssues({})).map((i) => `${i.gazette} ${i.year}-${i.issueNo} ${i.totalNo} ${i.publishedOn}`)
    expect(held).toContain(`${QZ} 2022-6 161 2022-06-30`)
    expect(held.filter((x) => x.startsWith('兴县人民政府公报 2022-2'))).toHaveLength(1)
  })
})

describe('更正本期信息 on an archived issue', () => {
  let id = 0
  const NAME = '（未写明公报名称）「无头2.txt」'

  it('its page says what it does not print; 填写本期信息 opens the correction', async () => {
    const r = await h.services.importFiles({ sources: [{ kind: 'upload', name: '无头2.txt', bytesBase64: bare('layout.txt').toString('base64') }] })
    expect(r.imported).toHaveLength(1)
    id = (await h.services.listIssues({})).find((i) => i.gazette === NAME)?.id ?? 0
    await app.go(`#/?issueId=${id}`)
    await h.page.getByRole('heading', { level: 2 }).filter({ hasText: '（年份未写明）（期号未写明）' }).waitFor()
    expect(await h.page.getByTestId('identity-gaps').innerText()).toContain('这一期没有写明公报名称、年份和期号')
    await shoot('identity-issue-gaps-1366x768')
    await h.page.getByTestId('identity-gaps').getByRole('button', { name: '填写本期信息' }).click()
    await h.page.getByRole('dialog', { name: '更正本期信息' }).waitFor()
  })

  it('a 期 another issue holds is refused naming it; a free one is set, kept in the record', async () => {
    const dialog = h.page.getByRole('dialog', { name: '更正本期信息' })
    await dialog.getByLabel('公报名称').fill(QZ)
    await dialog.getByLabel('年份', { exact: true }).fill('2022')
    await dialog.getByLabel('期号', { exact: true }).fill('6')
    await dialog.getByRole('button', { name: '更正', exact: true }).click()
    const alert = dialog.getByRole('alert')
    await alert.filter({ hasText: '档案中已有' }).waitFor()
    expect(await alert.innerText()).toMatch(new RegExp(`^档案中已有${QZ} 2022年第6期（编号 \\d+，10 件文件，\\d{4}-\\d{2}-\\d{2} 导入），两期不能是同一期`))
    await shoot('identity-issue-held-1366x768')
    await dialog.getByLabel('期号', { exact: true }).fill('7')
    await dialog.getByLabel('总期号（可不填）').fill('162')
    await dialog.getByLabel('出版日期（可不填）').fill('2022-07-15')
    await dialog.getByLabel('说明（可不填）').fill('据纸本封面')
    await dialog.getByRole('button', { name: '更正', exact: true }).click()
    const status = dialog.getByRole('status').filter({ hasText: '已更正' })
    await status.waitFor()
    expect(await status.innerText()).toBe(`已更正：现为 ${QZ} 2022年第7期（总第162期），出版于 2022-07-15。`)
    const history = dialog.getByTestId('identity-history')
    await history.filter({ hasText: '王档案' }).waitFor()
    const lines = (await history.innerText()).split('\n').map((l) => l.trim())
    for (const line of [`公报名称：${NAME} → 「${QZ}」`, '年份：（年份未写明） → 2022年', '期号：（期号未写明） → 第7期', '总期号：（空） → 总第162期', '出版日期：（空） → 2022-07-15']) {
      expect(lines).toContain(line)
    }
    expect(await history.innerText()).toContain('说明：据纸本封面')
    await shoot('identity-issue-corrected-1366x768')
  })

  it('the page, the navigation and the filters follow at once', async () => {
    await h.page.getByRole('dialog', { name: '更正本期信息' }).getByRole('button', { name: '关闭' }).first().click()
    await h.page.getByRole('heading', { level: 2 }).filter({ hasText: '2022年第7期（总第162期）' }).waitFor()
    expect(await h.page.getByTestId('identity-gaps').count()).toBe(0)
    const nav = h.page.getByRole('complementary', { name: '浏览导航' })
    await nav.getByRole('button', { name: `${QZ} 2022年第7期，10 件` }).waitFor()
    expect(await nav.getByRole('button', { name: NAME, exact: true }).count()).toBe(0)
    const docs = await h.services.listDocuments({ gazette: QZ, year: 2022, offset: 0, limit: 100 })
    expect(docs.total).toBe(20)
  })

  it('撤销 puts the old values back and marks the correction undone', async () => {
    await h.page.getByRole('button', { name: '更正本期信息' }).click()
    const dialog = h.page.getByRole('dialog', { name: '更正本期信息' })
    await dialog.getByRole('button', { name: /^撤销：公报名称/ }).click()
    const status = dialog.getByRole('status').filter({ hasText: '已撤销' })
    await status.waitFor()
    expect(await status.innerText()).toBe(`已撤销：现为 ${NAME} （年份未写明）（期号未写明）。`)
    const history = dialog.getByTestId('identity-history')
    await history.filter({ hasText: '已撤销' }).waitFor()
    expect(await history.innerText()).toMatch(/撤销\s*公报名称：「邛州市人民政府公报」 → （未写明公报名称）「无头2.txt」/)
    // An undo is not undone in turn; the undone correction waits for nothing.
    expect(await dialog.getByRole('button', { name: /^撤销：/ }).count()).toBe(0)
    await shoot('identity-issue-undone-1366x768')
    await dialog.getByRole('button', { name: '关闭' }).first().click()
    await h.page.getByTestId('identity-gaps').waitFor()
  })

  it('ran without page errors (the two refusals of a held 期 answer 409, as ISSUE_EXISTS does)', () => {
    const errors = pageErrors.filter((e) => !/favicon/.test(e))
    expect(errors.filter((e) => !/status of 409 \(Conflict\)/.test(e))).toEqual([])
    expect(errors).toHaveLength(2)
  })
})

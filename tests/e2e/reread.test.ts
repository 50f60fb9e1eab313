// 用新版本重新识别 in Chromium over browser mode: the sample imported, then aged to what an older
// importer stored (a document lost, a title cut, a 栏目 wrong, no confidence) with a staff
// correction; the dialog shows the differences, and applying restores them and keeps the correction.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addInventedDocument, ageIssue, type Aged } from '../support/older-reading'
import { startHarness, type Harness } from './harness'
import { AppPage } from './pages/AppPage'
import { DocumentPage } from './pages/DocumentPage'
import { IssuePage } from './pages/IssuePage'
import { LibraryPage } from './pages/LibraryPage'
import { RereadDialog } from './pages/RereadDialog'
import { SAMPLE_TXT } from '../support/sample'

const SAMPLE = SAMPLE_TXT
const CORRECTED = '关于申请省道岢大线魏家滩至蔡家崖段（薛家塔隧道）公路改建工程养护资金及维护费用的请示'

let h: Harness
let app: AppPage
let aged: Aged
const pageErrors: string[] = []

beforeAll(async () => {
  h = await startHarness()
  await h.services.importFiles({ sources: [{ kind: 'path', path: SAMPLE }] })
  const issueId = (await h.services.listIssues({}))[0].id
  const id61 = (await h.services.findByDocNumber({ docNumber: '兴政函〔2022〕61号' })) as number
  await h.services.correctDocument({ id: id61, changes: { title: CORRECTED }, editor: '王档案' })
  aged = ageIssue(h.services.archive.db, issueId)
  h.page.on('pageerror', (e) => pageErrors.push(e.message))
  await h.page.setViewportSize({ width: 1366, height: 768 })
  app = new AppPage(h.page, h.server.url)
  await app.open('#/')
})

afterAll(async () => {
  await h?.close()
})

describe('re-reading an issue archived by an older importer', () => {
  it('the aged issue lacks a document its 目录 lists', async () => {
    await new LibraryPage(h.page).openIssue('2022年第2期', '目录')
    const issue = new IssuePage(h.page)
    await issue.waitForToc()
    expect(await issue.missingEntries.count()).toBe(2) // 17号 (not in the gazette) and the lost one
  })

  it('previews counts, the document added, the fields changed old → new, and the correction kept', async () => {
    const reread = new RereadDialog(h.page)
    await reread.open()
    expect(await reread.counts.innerText()).toMatch(/文件数：44 → 45[\s\S]*字段有变化：2 份/)
    expect(await reread.section('新增（档案中没有）').innerText()).toContain(aged.lost.title)
    expect(await reread.section('缺少（新版本没有）').count()).toBe(0)
    const cells = await reread.changedCells()
    expect(cells).toContainEqual(['标题', aged.cutTitle.stored, aged.cutTitle.title])
    expect(cells).toContainEqual(['栏目', aged.wrongCategory.stored, aged.wrongCategory.category])
    // The old archive kept no confidence: no 未记录 → 100% row for every document.
    expect(cells.filter((c) => c[0] === '可信度')).toEqual([])
    expect(await reread.section('有变化的文件').innerText()).toContain('有变化的文件（2 份）')
    expect(await reread.dialog.innerText()).toContain('人工更正 1 条：将保留 1 条')
    expect(await reread.warning.count()).toBe(0) // more documents, confidence gained: no red warning
    await app.shoot('40-reread-dialog')
  })

  it('applies only once confirmed: backup taken, the issue restored, the staff title kept', async () => {
    const reread = new RereadDialog(h.page)
    // Like 安全替换, nothing is saved before staff tick the confirmation.
    expect(await reread.applyButton.isDisabled()).toBe(true)
    expect(await reread.dialog.innerText()).toContain('我已核对，用新版本的识别结果替换本期')
    const outcome = await reread.apply()
    expect(await outcome.innerText()).toMatch(/现有 45 件文件；保留人工更正 1 条/)
    const backupDir = await h.page.getByTestId('backup-dir').innerText()
    expect(existsSync(join(backupDir.trim(), 'manifest.json'))).toBe(true)
    await reread.finish()
    const issue = new IssuePage(h.page)
    await h.page.getByRole('heading', { level: 2 }).filter({ hasText: '45 件' }).waitFor()
    await issue.waitForToc()
    expect(await issue.missingEntries.count()).toBe(1)
    await issue.openEntry(aged.lost.title.slice(2, 14))
    expect(await new DocumentPage(h.page).article.locator('h1').innerText()).toContain(aged.lost.title.slice(2, 14))
    const id61 = (await h.services.findByDocNumber({ docNumber: '兴政函〔2022〕61号' })) as number
    expect((await h.services.getDocument({ id: id61 })).title).toBe(CORRECTED)
    const cut = (await h.services.findByDocNumber({ docNumber: aged.cutTitle.docNumber })) as number
    expect((await h.services.getDocument({ id: cut })).title).toBe(aged.cutTitle.title)
  })

  it('a second preview finds nothing to change, and 应用 is off', async () => {
    await h.page.goBack()
    await h.page.getByRole('heading', { level: 2 }).filter({ hasText: '45 件' }).waitFor()
    const reread = new RereadDialog(h.page)
    await reread.open()
    expect(await reread.dialog.innerText()).toContain('新版本的识别结果与档案中相同')
    expect(await reread.dialog.getByRole('button', { name: '应用', exact: true }).isDisabled()).toBe(true)
    await h.page.getByRole('dialog').getByRole('button', { name: '取消' }).click()
    await h.page.getByRole('dialog').waitFor({ state: 'detached' })
  })

  it('warns in red when the new reading has fewer documents (an attachment the old one took for a document)', async () => {
    const issueId = (await h.services.listIssues({}))[0].id
    const invented = addInventedDocument(h.services.archive.db, issueId)
    const reread = new RereadDialog(h.page)
    await reread.open()
    expect(await reread.counts.innerText()).toMatch(/文件数：46 → 45/)
    expect(await reread.warning.innerText()).toContain('新版本少了 1 份文件（46 → 45）')
    expect(await reread.section('缺少（新版本没有）').innerText()).toContain(invented)
    await app.shoot('41-reread-warning')
    // The red warning asks for the red confirmation, as a replace does; 恢复替换前 is one click away.
    expect(await reread.dialog.innerText()).toContain('我已看到上面的红色提示，仍要用新版本的识别结果替换本期')
    const outcome = await reread.apply()
    expect(await outcome.innerText()).toContain('现有 45 件文件')
    await outcome.getByRole('button', { name: '恢复替换前' }).click()
    expect(await h.page.getByTestId('replace-undone').innerText()).toContain('已恢复为替换前的 46 件文件')
    expect((await h.services.listIssues({}))[0].documentCount).toBe(46)
    await reread.finish()
    expect(pageErrors).toEqual([])
  })
})

// 档案维护 in Chromium over browser mode: check the archive, back up beside it, restore after a
// removal (the automatic backup is listed too); the library shows the issue again afterwards.
import { existsSync } from 'node:fs'
import { basename, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, startHarness, type Harness } from './harness'
import { AppPage } from './pages/AppPage'
import { MaintenancePage } from './pages/MaintenancePage'

const SAMPLE = join(ROOT, 'resources', 'samples', 'xingxian-2022-02.txt')

let h: Harness
let app: AppPage
let m: MaintenancePage
const pageErrors: string[] = []

beforeAll(async () => {
  h = await startHarness()
  await h.services.importFiles({ sources: [{ kind: 'path', path: SAMPLE }] })
  h.page.on('pageerror', (e) => pageErrors.push(e.message))
  app = new AppPage(h.page, h.server.url)
  m = new MaintenancePage(h.page)
  await app.open('#/settings')
  await m.waitFor()
})

afterAll(async () => {
  await h?.close()
})

describe('档案维护 in the browser', () => {
  it('检查档案 shows 检查通过 with what was checked', async () => {
    const text = await m.verify()
    expect(text).toContain('检查通过')
    expect(text).toMatch(/原件：已校验 1 个/)
  })

  it('备份 goes beside the archive, says where, and appears in the list', async () => {
    expect(await h.page.getByTestId('default-backup-folder').innerText()).toBe(h.services.backupsDir)
    const text = await m.backupNow()
    expect(text).toMatch(/公报档案备份-\d{8}-\d{6}/)
    expect(text).toMatch(/原件 1 个/)
    await m.rows.filter({ hasText: '手动备份' }).waitFor()
    expect(await m.rows.count()).toBe(1)
    await m.shootSection('14-maintenance')
  })

  it('恢复 checks the backup, asks, replaces the archive; the library shows the issue again', async () => {
    const [issue] = await h.services.listIssues({})
    await h.services.removeIssue({ issueId: issue.id, editor: '张三', reason: '测试恢复' })
    expect(await h.services.listIssues({})).toEqual([])
    await h.page.reload()
    await m.waitFor()
    await m.rows.filter({ hasText: '删除 兴县人民政府公报 2022年第2期 前自动备份' }).waitFor()
    expect(await m.rows.count()).toBe(2)

    expect(await m.openRestore(/手动备份/)).toMatch(/备份检查通过[\s\S]*1 期、45 件文件/)
    const confirm = m.dialog.getByRole('button', { name: '恢复并替换当前档案' })
    expect(await confirm.isDisabled()).toBe(true) // not before the explicit confirmation
    expect(await m.dialog.innerText()).toContain(h.services.archive.dbFile)
    await app.shoot('15-restore-confirm')
    expect(await m.confirmRestore()).toContain('恢复完成')
    const kept = await m.dialog.locator('pre, code').last().innerText()
    expect(basename(kept)).toMatch(/^archive\.before-restore-/)
    expect(existsSync(kept)).toBe(true)
    await m.dialog.getByRole('button', { name: '完成' }).click()

    await app.go('#/')
    await h.page.locator('.doc-row[data-doc-id]').first().waitFor()
    expect(await h.page.getByText('2022年第2期').count()).toBeGreaterThan(0)
    expect(await h.services.listIssues({})).toHaveLength(1)
    expect(pageErrors).toEqual([])
  })
})

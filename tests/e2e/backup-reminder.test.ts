// The start-up backup reminder in Chromium: an archive never backed up says so, 立即备份 backs it up
// beside the archive, and 设置 shows when and lets staff change the period.
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SHOTS, startHarness, type Harness } from './harness'
import { AppPage } from './pages/AppPage'
import { SAMPLE_TXT } from '../support/sample'

const SAMPLE = SAMPLE_TXT

let h: Harness
let app: AppPage

beforeAll(async () => {
  h = await startHarness({ backupReminder: true })
  await h.services.importFiles({ sources: [{ kind: 'path', path: SAMPLE }] })
  app = new AppPage(h.page, h.server.url)
})

afterAll(async () => {
  await h?.close()
})

describe('备份提醒 on start', () => {
  it('says the archive was never backed up and backs it up now', async () => {
    await app.open('#/')
    const banner = h.page.getByTestId('backup-reminder')
    await banner.getByText('这个档案还没有备份过').waitFor()
    await h.page.screenshot({ path: join(SHOTS, '15-backup-reminder.png') })
    await banner.getByRole('button', { name: '立即备份' }).click()
    await banner.getByText('备份完成').waitFor()
    const settings = await h.services.getSettings({})
    const backups = await h.services.listBackups({})
    expect(backups.backups).toHaveLength(1)
    expect(await banner.innerText()).toContain(backups.backups[0].path)
    expect(settings.lastBackupAt).toBe(backups.backups[0].createdAt)
  })

  it('设置 shows the last backup and keeps a new period', async () => {
    await app.go('#/settings')
    const section = h.page.locator('section[aria-labelledby="set-reminder"]')
    await section.getByTestId('last-backup').getByText(/上次备份：\d{4}-\d{2}-\d{2} \d{2}:\d{2}/).waitFor()
    const input = section.getByLabel('提醒周期（天）')
    await input.fill('30')
    await section.getByRole('button', { name: '保存' }).click()
    await section.getByText('已保存').waitFor()
    expect((await h.services.getSettings({})).backupReminderDays).toBe(30)
  })
})

// Page object: the 档案维护 section of 设置 (check, back up, restore).
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { SHOTS } from '../harness'

export class MaintenancePage {
  constructor(readonly page: Page) {}

  get section(): Locator {
    return this.page.getByRole('region', { name: '档案维护' })
  }

  get rows(): Locator {
    return this.page.getByRole('table', { name: '备份列表' }).getByTestId('backup-row')
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog')
  }

  async waitFor(): Promise<void> {
    await this.section.waitFor()
  }

  async verify(): Promise<string> {
    await this.section.getByRole('button', { name: '检查档案' }).click()
    const report = this.page.getByTestId('verify-report')
    await report.waitFor()
    return report.innerText()
  }

  async backupNow(): Promise<string> {
    await this.section.getByRole('button', { name: '立即备份' }).click()
    const result = this.page.getByTestId('backup-result')
    await result.waitFor()
    return result.innerText()
  }

  /** Opens the restore dialog of the row whose text matches, and waits for the backup's check. */
  async openRestore(row: RegExp): Promise<string> {
    await this.rows.filter({ hasText: row }).getByRole('button', { name: /^恢复 / }).click()
    const check = this.dialog.getByTestId('backup-check')
    await check.waitFor()
    return check.innerText()
  }

  async confirmRestore(): Promise<string> {
    await this.dialog.getByRole('checkbox', { name: /我已确认/ }).check()
    await this.dialog.getByRole('button', { name: '恢复并替换当前档案' }).click()
    const done = this.dialog.getByTestId('restore-result')
    await done.waitFor()
    return done.innerText()
  }

  /** The whole section: the window is made tall enough for it, then set back. */
  async shootSection(name: string): Promise<string> {
    const path = join(SHOTS, `${name}.png`)
    const size = this.page.viewportSize()
    await this.page.setViewportSize({ width: size?.width ?? 1360, height: 2000 })
    await this.page.waitForTimeout(250)
    await this.section.screenshot({ path })
    if (size) await this.page.setViewportSize(size)
    return path
  }
}

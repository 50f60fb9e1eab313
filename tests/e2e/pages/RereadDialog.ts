// Page object: 用新版本重新识别 on a 期 — the comparison dialog, its confirmation, 应用 and its outcome.
import type { Locator, Page } from 'playwright-core'

export class RereadDialog {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: /重新识别/ })
  }

  get counts(): Locator {
    return this.dialog.getByTestId('reread-counts')
  }

  get warning(): Locator {
    return this.dialog.getByTestId('reread-warning')
  }

  section(name: string): Locator {
    return this.dialog.getByRole('region', { name })
  }

  /** The changed-fields table's rows as [字段, 档案中, 新版本] (the 文件 cell spans rows). */
  async changedCells(): Promise<string[][]> {
    const rows = this.section('有变化的文件').locator('tbody tr')
    const out: string[][] = []
    for (const row of await rows.all()) {
      const cells = await row.locator('td').allInnerTexts()
      out.push(cells.slice(-3).map((c) => c.trim()))
    }
    return out
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: '用新版本重新识别' }).click()
    await this.counts.waitFor()
  }

  get applyButton(): Locator {
    return this.dialog.getByRole('button', { name: '应用', exact: true })
  }

  /** Ticks the confirmation (as for 安全替换), then 应用. */
  async apply(): Promise<Locator> {
    await this.dialog.getByRole('checkbox').check()
    await this.applyButton.click()
    const outcome = this.page.getByTestId('reread-outcome')
    await outcome.waitFor()
    return outcome
  }

  async finish(): Promise<void> {
    await this.page.getByRole('dialog').getByRole('button', { name: '完成' }).click()
    await this.page.getByRole('dialog').waitFor({ state: 'detached' })
  }
}

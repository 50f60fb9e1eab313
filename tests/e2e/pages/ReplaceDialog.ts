// Page object: 安全替换 — the comparison dialog opened from the import report, its confirmation,
// the outcome and 恢复替换前.
import type { Locator, Page } from 'playwright-core'

export class ReplaceDialog {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog')
  }

  side(which: 'old' | 'new'): Locator {
    return this.dialog.getByTestId(`replace-${which}`)
  }

  get warning(): Locator {
    return this.dialog.getByTestId('reread-warning')
  }

  get confirmButton(): Locator {
    return this.dialog.getByRole('button', { name: '确认替换' })
  }

  /** Clicks 替换… on the report's skipped file and waits for the comparison. */
  async open(file: string): Promise<void> {
    await this.page.getByRole('button', { name: `替换档案中的这一期：${file}` }).click()
    await this.dialog.getByTestId('replace-preview').waitFor({ timeout: 60_000 })
  }

  async confirm(): Promise<Locator> {
    await this.dialog.getByRole('checkbox').check()
    await this.confirmButton.click()
    const outcome = this.dialog.getByTestId('replace-outcome')
    await outcome.waitFor({ timeout: 60_000 })
    return outcome
  }

  async undo(): Promise<Locator> {
    await this.dialog.getByRole('button', { name: '恢复替换前' }).click()
    const done = this.dialog.getByTestId('replace-undone')
    await done.waitFor({ timeout: 60_000 })
    return done
  }
}

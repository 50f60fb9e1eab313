// Page object: the import page (file input, progress, report).
import type { Locator, Page } from 'playwright-core'

export class ImportPage {
  constructor(readonly page: Page) {}

  async chooseFiles(files: string[]): Promise<void> {
    await this.page.getByTestId('import-files-input').setInputFiles(files)
  }

  get report(): Locator {
    return this.page.getByTestId('import-report')
  }

  async waitForReport(): Promise<string> {
    await this.report.waitFor({ timeout: 90_000 })
    return this.report.innerText()
  }
}

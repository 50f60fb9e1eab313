// Page object: the import page (file input, progress, report).
import { basename } from 'node:path'
import type { Locator, Page } from 'playwright-core'

type FilePayload = { name: string; mimeType: string; buffer: Buffer }

export class ImportPage {
  private chosen = ''

  constructor(readonly page: Page) {}

  async chooseFiles(files: string[] | FilePayload[]): Promise<void> {
    this.chosen = files.map((f) => (typeof f === 'string' ? basename(f) : f.name))[0] ?? ''
    await this.page.getByTestId('import-files-input').setInputFiles(files as string[])
  }

  get report(): Locator {
    return this.page.getByTestId('import-report')
  }

  /** The report of the files just chosen: a report still showing an earlier import (the page
   * keeps the last one until the new import ends) is not it. */
  async waitForReport(): Promise<string> {
    const report = this.chosen ? this.report.filter({ hasText: this.chosen }) : this.report
    await report.waitFor({ timeout: 90_000 })
    return report.innerText()
  }
}

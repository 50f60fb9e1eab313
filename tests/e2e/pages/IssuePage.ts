// Page object: one 期 — its 目录 tab, actions (目录 export, all PDFs, removal).
import type { Locator, Page } from 'playwright-core'

export class IssuePage {
  constructor(readonly page: Page) {}

  get toc(): Locator {
    return this.page.getByRole('navigation', { name: '本期目录' })
  }

  get entries(): Locator {
    return this.toc.locator('.toc-entry')
  }

  get missingEntries(): Locator {
    return this.toc.locator('.toc-entry.missing')
  }

  async waitForToc(): Promise<void> {
    await this.entries.first().waitFor()
  }

  async openEntry(title: string | RegExp): Promise<void> {
    await this.toc.locator('a.toc-entry').filter({ hasText: title }).first().click()
    await this.page.locator('article.official-doc').waitFor()
  }

  async remove(reason: string): Promise<string> {
    await this.page.getByRole('button', { name: '删除本期…' }).click()
    const dialog = this.page.getByRole('dialog')
    await dialog.getByRole('textbox', { name: /删除原因/ }).fill(reason)
    await dialog.getByRole('button', { name: '备份并删除本期' }).click()
    return this.page.getByTestId('backup-dir').innerText()
  }
}

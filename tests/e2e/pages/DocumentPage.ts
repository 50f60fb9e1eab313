// Page object: one document and its export preview.
import type { Download, Locator, Page } from 'playwright-core'

export class DocumentPage {
  constructor(readonly page: Page) {}

  get article(): Locator {
    return this.page.locator('article.official-doc')
  }

  get meta(): Locator {
    return this.page.getByRole('complementary', { name: '文件信息' })
  }

  async openExportPreview(): Promise<void> {
    await this.page.getByRole('button', { name: /导出 PDF/ }).click()
    await this.page.locator('[data-testid="pdf-pages"] canvas').first().waitFor({ timeout: 60_000 })
  }

  async save(): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.page.getByRole('dialog').getByRole('button', { name: '保存' }).click()
    return download
  }
}

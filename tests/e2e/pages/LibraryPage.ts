// Page object: the library (navigation tree and virtualised list) and the first-start screen.
import type { Locator, Page } from 'playwright-core'

export class LibraryPage {
  constructor(readonly page: Page) {}

  get emptyHeading(): Locator {
    return this.page.getByRole('heading', { name: '档案库还是空的' })
  }

  get importSampleButton(): Locator {
    return this.page.getByRole('button', { name: /导入示例期刊/ })
  }

  get rows(): Locator {
    return this.page.locator('.doc-row[data-doc-id]')
  }

  async openIssue(label: string): Promise<void> {
    await this.page.getByRole('complementary', { name: '浏览导航' }).getByText(label, { exact: true }).click()
    await this.page.getByRole('heading', { level: 2 }).filter({ hasText: label }).waitFor()
  }

  async openDocumentByTitle(title: string | RegExp): Promise<void> {
    await this.page.locator('.doc-row a.doc-link').filter({ hasText: title }).first().click()
    await this.page.locator('article.official-doc').waitFor()
  }
}

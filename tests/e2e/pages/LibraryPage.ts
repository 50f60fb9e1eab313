// Page object: the library (navigation tree and virtualised list) and the first-start screen.
import type { Download, Locator, Page } from 'playwright-core'

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

  /** Opens a 期 from the navigation; its 文件列表 tab unless `tab` says 目录. */
  async openIssue(label: string, tab: '目录' | '文件列表' = '文件列表'): Promise<void> {
    await this.page.getByRole('complementary', { name: '浏览导航' }).getByText(label, { exact: true }).click()
    await this.page.getByRole('heading', { level: 2 }).filter({ hasText: label }).waitFor()
    await this.page.getByRole('tab', { name: tab }).click()
  }

  /** 导出目录 ▾ → one of its items; resolves with the download. */
  async exportCatalogue(menu: RegExp, item: RegExp): Promise<Download> {
    await this.page.getByRole('button', { name: menu }).click()
    const download = this.page.waitForEvent('download')
    await this.page.getByRole('menuitem', { name: item }).click()
    return download
  }

  async openDocumentByTitle(title: string | RegExp): Promise<void> {
    await this.page.locator('.doc-row a.doc-link').filter({ hasText: title }).first().click()
    await this.page.locator('article.official-doc').waitFor()
  }
}

// Page objects: 馆藏概览 (series, import log, dangling references), 设置, 登记扫描件.
import type { Locator, Page } from 'playwright-core'

export class SeriesPage {
  constructor(readonly page: Page) {}

  async waitFor(): Promise<void> {
    await this.page.getByRole('heading', { name: '馆藏概览' }).waitFor()
    await this.page.locator('.series-year').first().waitFor()
  }

  get missingChips(): Locator {
    return this.page.locator('[data-missing]')
  }

  get importLog(): Locator {
    return this.page.getByRole('table', { name: '导入日志' })
  }

  get dangling(): Locator {
    return this.page.getByRole('table', { name: '未收录的引用' })
  }
}

export class SettingsPage {
  constructor(readonly page: Page) {}

  async waitFor(): Promise<void> {
    await this.page.getByRole('heading', { name: '设置', level: 2 }).waitFor()
  }

  switch(name: RegExp): Locator {
    return this.page.getByRole('switch', { name })
  }
}

export class ScanCataloguePage {
  constructor(readonly page: Page) {}

  async fill(meta: { pdf: string; year: number; issueNo: number }, rows: { docNumber: string; title: string; from: number; to: number }[]): Promise<void> {
    await this.page.getByTestId('scan-file-input').setInputFiles(meta.pdf)
    await this.page.getByRole('textbox', { name: /^年份/ }).fill(String(meta.year))
    await this.page.getByRole('textbox', { name: /^期/ }).fill(String(meta.issueNo))
    for (const [i, r] of rows.entries()) {
      if (i > 0) await this.page.getByRole('button', { name: /添加一行/ }).click()
      await this.page.getByRole('textbox', { name: `第${i + 1}行 文号` }).fill(r.docNumber)
      await this.page.getByRole('textbox', { name: `第${i + 1}行 标题` }).fill(r.title)
      await this.page.getByRole('textbox', { name: `第${i + 1}行 起页` }).fill(String(r.from))
      await this.page.getByRole('textbox', { name: `第${i + 1}行 止页` }).fill(String(r.to))
    }
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: '保存登记' }).click()
    await this.page.getByRole('status').filter({ hasText: '已登记' }).waitFor()
  }
}

// Page object: one document — export preview, 更正, 拆分, 合并, history, scans.
import type { Download, Locator, Page } from 'playwright-core'

export class DocumentPage {
  constructor(readonly page: Page) {}

  get article(): Locator {
    return this.page.locator('article.official-doc')
  }

  get meta(): Locator {
    return this.page.getByRole('complementary', { name: '文件信息' })
  }

  get history(): Locator {
    return this.page.getByTestId('history')
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

  /** Answers the one-time 工作人员姓名 question if it appears. */
  async answerEditor(name: string): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: '请填写工作人员姓名' })
    await dialog.getByRole('textbox', { name: /工作人员姓名/ }).fill(name)
    await dialog.getByRole('button', { name: '确定' }).click()
  }

  get correctionForm(): Locator {
    return this.page.getByRole('form', { name: '更正文件' })
  }

  async startCorrection(): Promise<void> {
    await this.page.getByRole('button', { name: '更正', exact: true }).click()
    await this.correctionForm.waitFor()
  }

  async setField(label: string, value: string): Promise<void> {
    await this.correctionForm.getByRole('textbox', { name: label, exact: true }).fill(value)
  }

  async saveCorrection(): Promise<void> {
    await this.correctionForm.getByRole('button', { name: '保存更正' }).click()
  }

  async split(atParagraph: RegExp): Promise<{ title: string; docNumber: string }> {
    await this.page.getByRole('button', { name: '拆分…' }).click()
    const dialog = this.page.getByRole('dialog', { name: '拆分文件' })
    await dialog.getByRole('radio', { name: atParagraph }).first().check()
    const title = await dialog.getByRole('textbox', { name: '新文件的标题' }).inputValue()
    const docNumber = await dialog.getByRole('textbox', { name: '新文件的文号' }).inputValue()
    await dialog.getByRole('button', { name: '确认拆分' }).click()
    return { title, docNumber }
  }

  async mergeWithNext(): Promise<string> {
    await this.page.getByRole('button', { name: '与下一件合并…' }).click()
    const next = this.page.getByTestId('merge-next')
    await next.waitFor()
    const text = await next.innerText()
    await this.page.getByRole('dialog').getByRole('button', { name: '确认合并' }).click()
    return text
  }

  get done(): Locator {
    return this.page.getByRole('status').filter({ hasText: /已保存|已拆分|已合并/ })
  }
}

// Page object: 待核对 — the staged issues and the review screen of one.
import type { Locator, Page } from 'playwright-core'

export class ReviewPage {
  constructor(readonly page: Page) {}

  get status(): Locator {
    return this.page.getByTestId('review-status')
  }

  get docList(): Locator {
    return this.page.getByTestId('staged-doc-list')
  }

  get editor(): Locator {
    return this.page.getByTestId('staged-doc')
  }

  get source(): Locator {
    return this.page.getByTestId('source-lines')
  }

  /** The first document in the list (the doubtful ones come first). */
  async firstListed(): Promise<string> {
    return this.docList.locator('a, button').first().getAttribute('aria-label').then((l) => l ?? '')
  }

  async setField(label: string, value: string): Promise<void> {
    await this.editor.getByLabel(label, { exact: true }).fill(value)
  }

  async saveFields(): Promise<void> {
    await this.editor.getByRole('button', { name: '保存修改' }).click()
  }

  async approve(): Promise<void> {
    await this.editor.getByRole('button', { name: '核对无误' }).click()
  }

  async save(): Promise<string> {
    await this.page.getByTestId('save-staged').click()
    return this.page.getByTestId('review-done').innerText()
  }

  async discard(): Promise<string> {
    await this.page.getByRole('button', { name: '放弃', exact: true }).click()
    await this.page.getByRole('button', { name: '确认放弃' }).click()
    return this.page.getByTestId('review-done').innerText()
  }
}

// Page object: the search results page.
import type { Locator, Page } from 'playwright-core'

export class SearchPage {
  constructor(readonly page: Page) {}

  async search(text: string): Promise<void> {
    const box = this.page.getByRole('textbox', { name: '检索词' })
    await box.fill(text)
    await this.page.getByTestId('search-summary').waitFor()
    await this.page.waitForTimeout(400) // debounce + answer for the last keystroke
  }

  get hitTitles(): Locator {
    return this.page.locator('.hit-title')
  }
}

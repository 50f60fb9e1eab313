// Page object: the app frame (navigation, quick search, screenshots).
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { SHOTS } from '../harness'

export class AppPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async open(hash = '#/'): Promise<void> {
    await this.page.goto(`${this.baseUrl}${hash}`)
    await this.page.getByRole('navigation', { name: '主导航' }).waitFor()
  }

  async go(hash: string): Promise<void> {
    await this.page.evaluate(`void (location.hash = ${JSON.stringify(hash)})`)
  }

  async shoot(name: string): Promise<string> {
    const path = join(SHOTS, `${name}.png`)
    await this.page.waitForTimeout(250) // let fonts and transitions settle
    await this.page.screenshot({ path })
    return path
  }

  /** Back to the top of the scrolling page (fill() scrolls fields into view). */
  async scrollTop(): Promise<void> {
    await this.page.evaluate(`document.querySelectorAll('.scroll-page').forEach((el) => el.scrollTo(0, 0))`)
  }

  async quickSearch(text: string): Promise<void> {
    await this.page.keyboard.press('Control+K')
    const box = this.page.getByRole('textbox', { name: '快速检索' })
    await box.waitFor()
    await box.fill(text)
    const typed = `document.querySelector('input[aria-label="快速检索"]')?.value === ${JSON.stringify(text)}`
    await this.page.waitForFunction(typed, undefined, { timeout: 5_000 })
  }

  /** Waits for the quick search's first hit naming `text`; if none comes, says what the dialog showed. */
  async quickHit(text: string): Promise<void> {
    const dialog = this.page.getByRole('dialog')
    try {
      await dialog.getByRole('button', { name: new RegExp(text) }).first().waitFor({ timeout: 30_000 })
    } catch (e) {
      const shown = await dialog.innerText({ timeout: 1_000 }).catch(() => '(no dialog)')
      const query = await dialog.getByRole('textbox').inputValue({ timeout: 1_000 }).catch(() => '?')
      throw new Error(`quick search gave no hit for ${text}: query「${query}」, at ${this.page.url()}, showing「${shown.replace(/\s+/g, ' ')}」`, { cause: e })
    }
  }

  /** Closes the quick search if a test left it open, so one failure does not block the next test's clicks. */
  async closeQuickSearch(): Promise<void> {
    const box = this.page.getByRole('textbox', { name: '快速检索' })
    if (await box.isVisible()) {
      await this.page.keyboard.press('Escape')
      await box.waitFor({ state: 'hidden' })
    }
  }
}

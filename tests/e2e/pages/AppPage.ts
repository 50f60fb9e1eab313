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
  }
}

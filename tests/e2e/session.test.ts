// Browser mode's session in a real Chromium: the start address leaves an HttpOnly cookie the page
// cannot read, the address bar loses the code, and a browser without it sees only the Chinese note.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, startHarness, type Harness } from './harness'
import { AppPage } from './pages/AppPage'

let h: Harness

beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  await h?.close()
})

describe('browser-mode session', () => {
  it('the signed-in browser holds an HttpOnly SameSite=Strict cookie, invisible to the page', async () => {
    const cookies = await h.context.cookies(h.server.url)
    expect(cookies).toHaveLength(1)
    expect(cookies[0]).toMatchObject({ name: `gazette_session_${h.server.port}`, httpOnly: true, sameSite: 'Strict', path: '/' })
    await new AppPage(h.page, h.server.url).open('#/')
    expect(h.page.url()).not.toContain('code=')
    expect(await h.page.evaluate('document.cookie')).toBe('')
    expect(await h.page.content()).not.toContain(cookies[0].value)
  })

  it('opening the start address lands on the app without the code in the address bar', async () => {
    await h.page.goto(`${h.server.startUrl()}#/settings`)
    await h.page.getByRole('navigation', { name: '主导航' }).waitFor()
    expect(h.page.url()).toBe(`${h.server.url}#/settings`)
  })

  it('another browser (no cookie) gets the Chinese note, not the app', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'gazette-e2e-other-'))
    for (const d of ['home', 'config', 'cache', 'profile']) mkdirSync(join(tmp, d))
    const other = await launchChromium(join(tmp, 'profile'), tmp)
    try {
      const page = other.pages()[0] ?? (await other.newPage())
      const res = await page.goto(h.server.url)
      expect(res?.status()).toBe(401)
      await page.getByRole('heading', { name: '请用启动时显示的地址打开' }).waitFor()
      expect(await page.getByRole('navigation', { name: '主导航' }).count()).toBe(0)
    } finally {
      await other.close()
      rmSync(tmp, { recursive: true, force: true })
    }
  })
})

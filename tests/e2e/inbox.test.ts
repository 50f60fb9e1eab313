// The inbox folder in browser mode: a file written slowly into it is imported once, and the open
// page shows a notice with the report.
import { openSync, readFileSync, writeSync, closeSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, startHarness, type Harness } from './harness'
import { AppPage } from './pages/AppPage'
import { LibraryPage } from './pages/LibraryPage'

const SAMPLE = join(ROOT, 'resources', 'samples', 'xingxian-2022-02.txt')

let h: Harness
let app: AppPage

beforeAll(async () => {
  h = await startHarness({ inbox: true })
  app = new AppPage(h.page, h.server.url)
})

afterAll(async () => {
  await h?.close()
})

/** Like a copy over a slow network share: the file grows in pieces, with pauses longer than a poll. */
async function writeSlowly(target: string, bytes: Buffer, pieces: number, pauseMs: number): Promise<void> {
  const fd = openSync(target, 'w')
  try {
    const size = Math.ceil(bytes.length / pieces)
    for (let at = 0; at < bytes.length; at += size) {
      writeSync(fd, bytes.subarray(at, at + size))
      await new Promise((ok) => setTimeout(ok, pauseMs))
    }
  } finally {
    closeSync(fd)
  }
}

describe('inbox folder', () => {
  it('imports a file written slowly into the inbox once and shows a notice with the report', async () => {
    await app.open('#/')
    await new LibraryPage(h.page).emptyHeading.waitFor()
    await writeSlowly(join(h.inboxDir!, 'xingxian-2022-02.txt'), readFileSync(SAMPLE), 6, 400)
    const notice = h.page.getByTestId('inbox-notice')
    await notice.waitFor({ timeout: 30_000 })
    expect(await notice.innerText()).toContain('收件文件夹导入了 2022年第2期（45 件）')
    const nav = h.page.getByRole('complementary', { name: '浏览导航' })
    await nav.getByText('2022年第2期', { exact: true }).waitFor()
    await app.shoot('16-inbox-notice')
    await notice.getByRole('button', { name: '查看导入报告' }).click()
    expect(await h.page.getByTestId('import-report').innerText()).toContain('45 件')
    await h.page.keyboard.press('Escape')
    // A few more polls: the same file is not imported again.
    await h.page.waitForTimeout(1500)
    expect(await h.page.getByTestId('inbox-notice').count()).toBe(1)
    expect(await nav.getByText('2022年第2期', { exact: true }).count()).toBe(1)
    expect((await h.services.listIssues({})).length).toBe(1)
  })
})

// UI bench: the library over a 100,000-document archive in Chromium — time to first rows, no blank gaps while scrolling.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { createServices } from '../src/main/services'
import { startArchiveServer } from '../src/main/server/http-server'
import { appPaths } from '../src/main/server/paths'
import { buildRenderer, launchChromium, ROOT } from '../tests/e2e/harness'

const DATA = join(ROOT, 'bench', '.data')
const COUNT = 100_000

/** The search bench's archive if it is there; else one built with its generator (bench/lib/archive.ts). */
async function findOrBuildArchive(): Promise<string | null> {
  const existing = existsSync(DATA) ? readdirSync(DATA).filter((f) => f === `search-${COUNT}.db` || f === 'ui-100k.db') : []
  if (existing.length) return join(DATA, existing.sort()[0])
  // The search bench builds this archive itself; building it twice in parallel would waste minutes.
  if (existsSync(join(ROOT, 'bench', 'search.bench.ts'))) return null
  if (!existsSync(join(ROOT, 'bench', 'lib', 'archive.ts'))) return null
  const file = join(DATA, 'ui-100k.db')
  mkdirSync(DATA, { recursive: true })
  const { openDb } = await import('../src/main/db/open')
  const { generateArchive } = await import('./lib/archive')
  const db = openDb(file)
  const stats = generateArchive(db, COUNT)
  db.close()
  console.log(`生成测试档案：${stats.documents} 件，用时 ${stats.seconds.toFixed(1)} 秒 → ${file}`)
  return file
}

/** Bench data is generated, not kept: migrate it in place rather than take a 2 GB pre-migration backup. */
async function migrateInPlace(file: string): Promise<void> {
  const { openDb } = await import('../src/main/db/open')
  openDb(file).close()
}

async function rowsAt(page: Page, scrollTop: number): Promise<{ loaded: number; placeholders: number }> {
  await page.evaluate(`void (document.querySelector('[data-testid="doc-list-scroll"]').scrollTop = ${scrollTop})`)
  await page.waitForTimeout(400) // one page fetch over HTTP should land well within this
  return {
    loaded: await page.locator('.doc-row[data-doc-id]').count(),
    placeholders: await page.locator('.doc-row[aria-busy]').count(),
  }
}

/** Where the first rows' time goes: page load, then each API call's end (ms since navigation start). */
async function breakdown(page: Page): Promise<string> {
  const script = `(() => {
    const nav = performance.getEntriesByType('navigation')[0]
    const api = performance.getEntriesByType('resource').filter((r) => r.name.includes('/api/') && !r.name.includes('/api/events'))
    const parts = ['脚本就绪 ' + Math.round(nav.domContentLoadedEventEnd)]
    for (const r of api) parts.push(r.name.split('/api/')[1] + ' ' + Math.round(r.startTime) + '→' + Math.round(r.responseEnd))
    parts.push('行已显示 ' + Math.round(window.__firstRowAt ?? NaN))
    return parts.join('；')
  })()`
  return (await page.evaluate(script)) as string
}

export async function run(): Promise<void> {
  const dbFile = await findOrBuildArchive()
  if (!dbFile) {
    console.log('跳过：bench/.data 中没有 10 万件的测试档案，请先运行 npm run bench -- search。')
    return
  }
  await migrateInPlace(dbFile)
  buildRenderer()
  const tmp = mkdtempSync(join(tmpdir(), 'gazette-ui-bench-'))
  for (const d of ['home', 'config', 'cache', 'profile']) mkdirSync(join(tmp, d))
  const services = createServices({ dbFile })
  const server = await startArchiveServer({ api: services, ...appPaths(ROOT) }, 0)
  const context = await launchChromium(join(tmp, 'profile'), tmp)
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    // Records (in page time) when the first row is in the DOM, independent of Playwright's polling.
    await page.addInitScript(`new MutationObserver((_, o) => {
      if (document.querySelector('.doc-row[data-doc-id]')) { window.__firstRowAt = performance.now(); o.disconnect() }
    }).observe(document, { childList: true, subtree: true })`)
    const started = performance.now()
    await page.goto(`${server.startUrl()}#/`)
    await page.locator('.doc-row[data-doc-id]').first().waitFor({ timeout: 60_000 })
    const firstRowsMs = performance.now() - started
    const total = await page.locator('[role="table"]').getAttribute('aria-rowcount')
    const height = Number(await page.evaluate(`document.querySelector('[data-testid="doc-list-scroll"]').scrollHeight`))
    const docs = Number(total) - 1
    console.log(`文件数：${docs}；首屏行出现：${firstRowsMs.toFixed(0)} ms`)
    console.log(`其中（页面计时）：${await breakdown(page)}`)
    if (docs < COUNT) console.log(`注意：档案只有 ${docs} 件（search bench 可能仍在生成），数字偏乐观。`)
    let gaps = 0
    for (const f of [0.1, 0.37, 0.5, 0.73, 0.999, 0.2]) {
      const r = await rowsAt(page, Math.floor(height * f))
      if (r.loaded === 0 || r.placeholders > 0) gaps++
      console.log(`滚动到 ${(f * 100).toFixed(1)}%：已显示 ${r.loaded} 行，占位 ${r.placeholders} 行`)
    }
    console.log(gaps ? `有 ${gaps} 处滚动后仍有空白行` : '滚动无空白：每个位置都在 400 ms 内显示了行')
  } finally {
    await context.close()
    await server.close()
    services.close()
    rmSync(tmp, { recursive: true, force: true })
  }
}

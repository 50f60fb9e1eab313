// Component tests in a real DOM: builds the page in tests/support/renderer once (Vite), serves it
// from a temp folder and opens it in Debian's Chromium. Each open() is a fresh page, so the
// app-wide stores (settings, the staff name) start empty for every test.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import react from '@vitejs/plugin-react'
import { chromium, type Browser, type Page } from 'playwright-core'
import { build } from 'vite'
import type { MountOptions, Recorded } from './renderer/mount-options'
import { REPO_ROOT } from './sample'

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css' }

export interface ComponentPages {
  /** A fresh page with `o.component` mounted over the fake API. */
  open(o: MountOptions): Promise<Page>
  close(): Promise<void>
}

/** The page's globals (declared for the browser in renderer/mount.tsx; Node has no `window` type). */
type PageGlobals = { recorded: Recorded; mountCase(o: MountOptions): void }

/** The API calls and the callbacks the mounted form made so far. */
export const recorded = (page: Page): Promise<Recorded> => page.evaluate(() => (globalThis as unknown as PageGlobals).recorded)

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '') || 'index.html'
    try {
      const body = readFileSync(join(dir, path))
      res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body)
    } catch {
      res.writeHead(404).end()
    }
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

export async function startComponentPages(): Promise<ComponentPages> {
  const tmp = mkdtempSync(join(tmpdir(), 'gazette-components-'))
  const outDir = join(tmp, 'out')
  await build({
    configFile: false,
    root: join(REPO_ROOT, 'tests', 'support', 'renderer'),
    base: './',
    plugins: [react()],
    logLevel: 'error',
    cacheDir: join(tmp, 'vite-cache'),
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 5000 },
  })
  const server = await serve(outDir)
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    env: { ...process.env, HOME: tmp, XDG_CONFIG_HOME: join(tmp, 'config'), XDG_CACHE_HOME: join(tmp, 'cache') },
  })
  return {
    async open(o) {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, locale: 'zh-CN' })
      page.setDefaultTimeout(10_000) // a missing element fails with its name, before the test's timeout
      await page.goto(url)
      await page.evaluate((opts) => (globalThis as unknown as PageGlobals).mountCase(opts), o)
      return page
    },
    async close() {
      await browser.close().catch(() => {})
      await new Promise((resolve) => server.close(resolve))
      rmSync(tmp, { recursive: true, force: true })
    },
  }
}

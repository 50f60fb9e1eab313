// e2e harness: built renderer, browser-mode server in-process over a temp archive, Debian's Chromium.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import type { ImportProgress } from '../../src/shared/domain'
import { createServices } from '../../src/main/services'
import { startArchiveServer, type ArchiveServer } from '../../src/main/server/http-server'
import { appPaths } from '../../src/main/server/paths'
import { createProgressHub } from '../../src/main/shell/progress-hub'

export const ROOT = resolve(import.meta.dirname, '..', '..')
export const SHOTS = join(ROOT, 'test-artifacts', 'screenshots')

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export function buildRenderer(): void {
  execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, NO_COLOR: '1' } })
}

/** Chromium with a temporary profile (a persistent context is how Playwright takes --user-data-dir). */
export function launchChromium(profileDir: string, tmp: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    env: { ...process.env, HOME: join(tmp, 'home'), XDG_CONFIG_HOME: join(tmp, 'config'), XDG_CACHE_HOME: join(tmp, 'cache') },
    viewport: { width: 1360, height: 860 },
    acceptDownloads: true,
    locale: 'zh-CN',
  })
}

export interface Harness {
  server: ArchiveServer
  context: BrowserContext
  page: Page
  downloadsDir: string
  close(): Promise<void>
}

/** Starts everything against `dbFile` (a fresh temp archive unless given). */
export async function startHarness(dbFile?: string): Promise<Harness> {
  const tmp = mkdtempSync(join(tmpdir(), 'gazette-e2e-'))
  for (const d of ['home', 'config', 'cache', 'profile', 'downloads']) mkdirSync(join(tmp, d))
  const paths = appPaths(ROOT)
  if (!existsSync(join(paths.rendererDir, 'index.html'))) buildRenderer()
  const hub = createProgressHub()
  const deps = { dbFile: dbFile ?? join(tmp, 'archive.db'), fontsDir: paths.fontsDir, onProgress: (p: ImportProgress) => hub.emit(p) }
  const services = createServices(deps)
  const server = await startArchiveServer({ api: services, ...paths, progress: hub }, 0)
  const context = await launchChromium(join(tmp, 'profile'), tmp)
  const page = context.pages()[0] ?? (await context.newPage())
  mkdirSync(SHOTS, { recursive: true })
  return {
    server,
    context,
    page,
    downloadsDir: join(tmp, 'downloads'),
    async close() {
      await context.close().catch(() => {})
      await server.close()
      services.close()
      rmSync(tmp, { recursive: true, force: true })
    },
  }
}

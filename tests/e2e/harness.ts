// e2e harness: built renderer, browser-mode server in-process over a temp archive, Debian's Chromium.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import type { Services } from '../../src/main/services'
import { startArchiveServer, type ArchiveServer } from '../../src/main/server/http-server'
import { appPaths } from '../../src/main/server/paths'
import { startRuntime } from '../../src/main/shell/runtime'

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
  services: Services
  /** The inbox folder watched (as with --inbox), when asked for. */
  inboxDir: string | null
  context: BrowserContext
  page: Page
  downloadsDir: string
  close(): Promise<void>
}

export interface HarnessOptions {
  /** An existing archive; a fresh temp one otherwise. */
  dbFile?: string
  /** Watch a temp inbox folder, as `npm start -- --inbox <folder>` does (short timings for tests). */
  inbox?: boolean
  /** Keep the start-up backup reminder on; other tests turn it off so it does not move their pages. */
  backupReminder?: boolean
}

/** Starts everything against a temp archive (or `opts.dbFile`). */
export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const tmp = mkdtempSync(join(tmpdir(), 'gazette-e2e-'))
  for (const d of ['home', 'config', 'cache', 'profile', 'downloads']) mkdirSync(join(tmp, d))
  const paths = appPaths(ROOT)
  if (!existsSync(join(paths.rendererDir, 'index.html'))) buildRenderer()
  // With `inbox`, a temp folder is watched as with --inbox (short timings); without, no inbox runs.
  const inboxDir = opts.inbox ? join(tmp, 'inbox') : null
  if (inboxDir) mkdirSync(inboxDir)
  const runtime = startRuntime({
    dbFile: opts.dbFile ?? join(tmp, 'archive.db'),
    fontsDir: paths.fontsDir,
    ...(inboxDir ? { inboxFolder: inboxDir, inboxTiming: { stableMs: 1000, pollMs: 200 } } : { deferInbox: true }),
  })
  const { services } = runtime
  if (!opts.backupReminder) await services.setSettings({ backupReminderDays: 0 })
  const server = await startArchiveServer(
    {
      api: services,
      ...paths,
      progress: runtime.progress,
      scanOcr: runtime.scanOcr,
      inbox: inboxDir ? { events: runtime.inboxEvents, folder: runtime.inboxFolder } : undefined,
      backupsDir: services.backupsDir,
    },
    0,
  )
  runtime.onShutdown(() => server.close())
  const context = await launchChromium(join(tmp, 'profile'), tmp)
  runtime.onShutdown(() => context.close().catch(() => {}))
  const page = context.pages()[0] ?? (await context.newPage())
  // As staff do: open the printed start address once; its code becomes this profile's session cookie.
  // Then leave the app, so a test's first open() loads it afresh (a same-URL goto only changes the hash).
  await page.goto(server.startUrl())
  await page.goto('about:blank')
  mkdirSync(SHOTS, { recursive: true })
  return {
    server,
    services,
    inboxDir,
    context,
    page,
    downloadsDir: join(tmp, 'downloads'),
    async close() {
      await runtime.shutdown()
      rmSync(tmp, { recursive: true, force: true })
    },
  }
}

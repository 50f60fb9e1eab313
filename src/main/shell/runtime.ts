// The one composition root: Electron main, browser mode and the e2e harness all start here.
// Boot: services, the progress and inbox hubs, then the inbox (now, or once the shell's page
// listens). Shutdown, ordered and awaited: the shell's own hooks (close the HTTP server, …), stop
// the inbox (its running import finishes), drain every running job, and only then close the database.
import { resolve } from 'node:path'
import type { ImportProgress, ImportReport } from '../../shared/domain'
import { watchInbox } from '../archive-work/inbox'
import { startInboxFromSettings, type InboxRunner } from '../archive-work/inbox-settings'
import { createServices, type ServiceDeps, type Services } from '../services'
import { createHub, createInboxHub, createProgressHub, type EventHub, type InboxHub, type ProgressHub } from './progress-hub'
import type { ScanOcrProgress } from '../../shared/scan-ocr'

export interface RuntimeOptions extends Omit<ServiceDeps, 'onProgress' | 'onScanOcrProgress'> {
  /** A folder to watch instead of the archive's setting (browser mode's --inbox). */
  inboxFolder?: string
  /** Start the inbox later, with startInbox() (Electron: once the page listens, so no report is lost). */
  deferInbox?: boolean
  inboxTiming?: { stableMs?: number; pollMs?: number; onError?: (err: unknown) => void }
}

export interface Runtime {
  services: Services
  progress: ProgressHub
  /** OCR of a registered scan starts a page. */
  scanOcr: EventHub<ScanOcrProgress>
  /** Every inbox import (the same report as a manual import). */
  inboxEvents: InboxHub
  /** The inbox folder watched now, or null. */
  inboxFolder(): string | null
  /** Starts the inbox (once; a no-op when it runs or after shutdown). */
  startInbox(): void
  /** Runs `fn` first when shutting down (all hooks together), before the inbox stops. */
  onShutdown(fn: () => void | Promise<void>): void
  /** Stops everything in order; the same promise on every call. */
  shutdown(): Promise<void>
}

function startInbox(services: Services, hub: InboxHub, opts: RuntimeOptions): InboxRunner {
  const onImported = (r: ImportReport): void => hub.emit(r)
  if (!opts.inboxFolder) return startInboxFromSettings(services, onImported, opts.inboxTiming)
  const folder = resolve(opts.inboxFolder)
  const watcher = watchInbox({ folder, importFiles: (r) => services.importFiles({ ...r, stage: 'folder' }), onImported, ...opts.inboxTiming })
  return { folder: () => folder, stop: () => watcher.stop() }
}

export function startRuntime(opts: RuntimeOptions): Runtime {
  const { inboxFolder: _folder, deferInbox, inboxTiming: _timing, ...deps } = opts
  const progress = createProgressHub()
  const inboxEvents = createInboxHub()
  const scanOcr = createHub<ScanOcrProgress>()
  const services = createServices({ ...deps, onProgress: (p: ImportProgress) => progress.emit(p), onScanOcrProgress: (p) => scanOcr.emit(p) })
  const hooks: (() => void | Promise<void>)[] = []
  let inbox: InboxRunner | null = null
  let stopping: Promise<void> | null = null

  const runtime: Runtime = {
    services,
    progress,
    scanOcr,
    inboxEvents,
    inboxFolder: () => inbox?.folder() ?? null,
    startInbox() {
      if (!inbox && !stopping) inbox = startInbox(services, inboxEvents, opts)
    },
    onShutdown: (fn) => void hooks.push(fn),
    shutdown() {
      stopping ??= (async () => {
        // A failing hook does not keep the database open: it is reported after the close.
        const failed = await Promise.allSettled(hooks.map(async (hook) => hook()))
        await inbox?.stop() // no poll starts after this; the import it was running has ended
        await services.drain() // a manual import, reread, backup or removal still under way
        services.close()
        const first = failed.find((r): r is PromiseRejectedResult => r.status === 'rejected')
        if (first) throw first.reason
      })()
      return stopping
    },
  }
  if (!deferInbox) runtime.startInbox()
  return runtime
}

// Browser mode's inbox: the folder given with --inbox (the page never names a path), else the
// archive's setting; every report goes to the hub that feeds the page's SSE stream.
import { resolve } from 'node:path'
import type { ImportReport } from '../../shared/domain'
import { watchInbox } from '../archive-work/inbox'
import { startInboxFromSettings } from '../archive-work/inbox-settings'
import type { Services } from '../services'
import type { InboxHub } from '../shell/progress-hub'

export interface BrowserInbox {
  folder(): string | null
  stop(): Promise<void>
}

export interface BrowserInboxOptions {
  services: Services
  hub: Pick<InboxHub, 'emit'>
  /** --inbox <folder>; without it the archive's own setting is followed. */
  folder?: string
  stableMs?: number
  pollMs?: number
  onError?: (err: unknown) => void
}

export function startBrowserInbox(opts: BrowserInboxOptions): BrowserInbox {
  const { services, hub } = opts
  const onImported = (r: ImportReport): void => hub.emit(r)
  const timing = { stableMs: opts.stableMs, pollMs: opts.pollMs, onError: opts.onError }
  if (!opts.folder) return startInboxFromSettings(services, onImported, timing)
  const folder = resolve(opts.folder)
  const watcher = watchInbox({ folder, importFiles: (r) => services.importFiles({ ...r, stage: 'folder' }), onImported, ...timing })
  return { folder: () => folder, stop: () => watcher.stop() }
}

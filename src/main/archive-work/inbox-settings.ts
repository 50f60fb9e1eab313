// Runs the inbox watcher for the folder in the archive's settings and follows changes to it.
// Called by the shells (Electron main, browser-mode server) after creating the services.
import type { Database } from 'better-sqlite3'
import type { ArchiveApi } from '../../shared/api'
import type { ArchiveSettings, ImportReport } from '../../shared/domain'
import { getSettings } from '../db/settings'
import { watchInbox, type InboxWatcher } from './inbox'

/** What the runner needs of the services (services.ts satisfies it; this file never imports it). */
export interface InboxServices {
  readonly archive: { readonly db: Database }
  importFiles: ArchiveApi['importFiles']
  onSettingsChanged(cb: (s: ArchiveSettings) => void): () => void
}

export interface InboxRunner {
  /** The folder watched now, or null. */
  folder(): string | null
  stop(): Promise<void>
}

export function startInboxFromSettings(
  services: InboxServices,
  onEvent: (report: ImportReport) => void,
  opts: { stableMs?: number; pollMs?: number; onError?: (err: unknown) => void } = {},
): InboxRunner {
  let watcher: InboxWatcher | null = null
  let chain = Promise.resolve()

  const follow = (folder: string | null): void => {
    if ((watcher?.folder ?? null) === folder) return
    const old = watcher
    watcher = folder
      ? watchInbox({ folder, importFiles: (r) => services.importFiles({ ...r, stage: 'folder' }), onImported: onEvent, ...opts })
      : null
    chain = chain.then(() => old?.stop())
  }

  follow(getSettings(services.archive.db).inboxFolder)
  const unsubscribe = services.onSettingsChanged((s) => follow(s.inboxFolder))
  return {
    folder: () => watcher?.folder ?? null,
    async stop() {
      unsubscribe()
      follow(null)
      await chain
    },
  }
}

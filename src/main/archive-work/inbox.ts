// The inbox folder: files saved into it (txt/pdf/docx) are imported on their own once completely
// written. Polling, not fs.watch: it behaves the same on network drives and USB sticks, and a
// folder that disappears (unplugged, renamed) is simply found again on a later poll.
import { closeSync, openSync, readdirSync, statSync } from 'node:fs'
import { extname, join } from 'node:path'
import type { ImportSource } from '../../shared/api'
import type { ImportReport } from '../../shared/domain'
import { isAppError } from '../../shared/errors'
import { SAME_FILE } from '../importer/import-files'

export interface InboxOptions {
  folder: string
  importFiles: (req: { sources: ImportSource[] }) => Promise<ImportReport>
  /** Every import that did more than skip an identical file. */
  onImported?: (report: ImportReport) => void
  onError?: (err: unknown) => void
  /** A file counts as written when size and mtime stay unchanged this long (default 2000 ms). */
  stableMs?: number
  pollMs?: number
}

export interface InboxWatcher {
  readonly folder: string
  /** Resolves when any import in progress has finished; no poll runs afterwards. */
  stop(): Promise<void>
  /** Runs one poll now (tests, and a "check now" button). */
  poll(): Promise<void>
}

const EXTENSIONS = new Set(['.txt', '.pdf', '.docx'])

// Office lock files (~$x.docx), hidden files and partial downloads are never gazettes.
function isCandidate(name: string): boolean {
  if (name.startsWith('.') || name.startsWith('~$')) return false
  return EXTENSIONS.has(extname(name).toLowerCase())
}

interface Seen {
  size: number
  mtimeMs: number
  since: number
  done: boolean
}

function openable(path: string): boolean {
  // On Windows a file still held open for writing by Word or a copy cannot be opened.
  try {
    closeSync(openSync(path, 'r'))
    return true
  } catch {
    return false
  }
}

function listFolder(folder: string): string[] | null {
  try {
    return readdirSync(folder, { withFileTypes: true }).filter((e) => e.isFile() && isCandidate(e.name)).map((e) => e.name)
  } catch {
    return null // missing for now; polled again later
  }
}

function onlySameFile(r: ImportReport): boolean {
  return r.imported.length === 0 && r.failed.length === 0 && r.skipped.every((s) => s.reason === SAME_FILE)
}

export function watchInbox(opts: InboxOptions): InboxWatcher {
  const stableMs = opts.stableMs ?? 2000
  const seen = new Map<string, Seen>()
  let stopped = false
  let running: Promise<void> | null = null

  /** Files unchanged for stableMs and openable; files that changed restart their clock. */
  function ready(now: number): string[] {
    const names = listFolder(opts.folder)
    if (!names) return []
    const present = new Set(names)
    for (const k of [...seen.keys()]) if (!present.has(k)) seen.delete(k)
    const out: string[] = []
    for (const name of names) {
      const path = join(opts.folder, name)
      let st
      try {
        st = statSync(path)
      } catch {
        continue
      }
      const prev = seen.get(name)
      if (!prev || prev.size !== st.size || prev.mtimeMs !== st.mtimeMs) {
        seen.set(name, { size: st.size, mtimeMs: st.mtimeMs, since: now, done: false })
        continue
      }
      if (!prev.done && st.size > 0 && now - prev.since >= stableMs && openable(path)) out.push(name)
    }
    return out
  }

  async function importReady(): Promise<void> {
    const names = ready(Date.now())
    if (!names.length || stopped) return
    const markDone = (): void => names.forEach((n) => seen.get(n) && ((seen.get(n) as Seen).done = true))
    try {
      const report = await opts.importFiles({ sources: names.map((n) => ({ kind: 'path', path: join(opts.folder, n) })) })
      markDone()
      if (!onlySameFile(report)) opts.onImported?.(report)
    } catch (err) {
      // BUSY: a manual import is running; the files stay pending and are tried on the next poll.
      if (isAppError(err) && err.code === 'BUSY') return
      markDone() // tried again only when the file changes
      opts.onError?.(err)
    }
  }

  function poll(): Promise<void> {
    if (stopped) return Promise.resolve()
    running ??= importReady().finally(() => {
      running = null
    })
    return running
  }

  const timer = setInterval(() => void poll(), opts.pollMs ?? 500)
  timer.unref?.()
  void poll()
  return {
    folder: opts.folder,
    poll,
    async stop() {
      stopped = true
      clearInterval(timer)
      await running
    },
  }
}

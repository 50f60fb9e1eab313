// The inbox folder: files saved into it (txt/pdf/docx/doc/ofd) are imported on their own once completely
// written. Polling, not fs.watch: it behaves the same on network drives and USB sticks, and a
// folder that disappears (unplugged, renamed) is simply found again on a later poll.
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync } from 'node:fs'
import { extname, join } from 'node:path'
import type { ImportSource } from '../../shared/api'
import type { ImportReport } from '../../shared/domain'
import { isAppError } from '../../shared/errors'

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

const EXTENSIONS = new Set(['.txt', '.pdf', '.docx', '.doc', '.ofd'])

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

// Never through a symlink, never blocking on a FIFO; Windows has neither flag (nor the races).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)

/** A regular file we can open. On Windows a file still held open for writing by Word cannot be. */
function openable(path: string): boolean {
  let fd: number | undefined
  try {
    fd = openSync(path, OPEN_FLAGS)
    return fstatSync(fd).isFile()
  } catch {
    return false
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

function listFolder(folder: string): string[] | null {
  try {
    return readdirSync(folder, { withFileTypes: true }).filter((e) => e.isFile() && isCandidate(e.name)).map((e) => e.name)
  } catch {
    return null // missing for now; polled again later
  }
}

/** Nothing new: identical files skipped, quarantined files refused again without being read. */
function onlySameFile(r: ImportReport): boolean {
  const known = r.failed.every((f) => f.code === 'QUARANTINED')
  return r.imported.length === 0 && !r.staged?.length && known && r.skipped.every((s) => s.code === 'SAME_FILE' || s.code === 'STAGED')
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
        st = lstatSync(path) // a symlink is not a saved file: skipped, not followed
      } catch {
        continue
      }
      if (!st.isFile()) continue
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
      const sources = names.map((n) => ({ kind: 'path' as const, path: join(opts.folder, n), noFollow: true }))
      const report = await opts.importFiles({ sources })
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

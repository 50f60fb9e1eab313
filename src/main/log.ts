// Detailed log (stack traces) for support staff, written to a file; people see only short messages.
import { appendFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

export interface Logger {
  /** Where the details go (to name in a short message). */
  readonly file: string
  info(message: string): void
  error(message: string, err?: unknown): void
}

/** <folder of the archive>/logs/archive-YYYY-MM-DD.log, beside <name>.files/. */
export function defaultLogFile(dbFile: string, now = new Date()): string {
  return join(dirname(resolve(dbFile)), 'logs', `archive-${now.toISOString().slice(0, 10)}.log`)
}

function detail(err: unknown): string {
  if (err instanceof Error) return err.stack ?? `${err.name}: ${err.message}`
  try {
    return JSON.stringify(err)
  } catch {
    return String(err)
  }
}

/**
 * One entry: control characters in the message (a file name with a newline) are escaped, and the
 * detail lines are indented, so nothing inside an entry can pass for an entry of its own.
 */
export function formatEntry(level: string, message: string, err?: unknown, now = new Date()): string {
  const safe = message.replace(/\p{Cc}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  const extra = err === undefined ? '' : `\n${detail(err).replace(/\r\n?|\n/g, '\n').replace(/^/gm, '    ')}`
  return `${now.toISOString()} ${level} ${safe}${extra}\n`
}

/** Where entries go when the log's own disk is full: the temp folder (often another disk). */
export function fallbackLogFile(file: string): string {
  return join(tmpdir(), `gazette-archive-${file.split(/[\\/]/).pop() || 'archive.log'}`)
}

function append(file: string, line: string): boolean {
  try {
    mkdirSync(dirname(file), { recursive: true })
    appendFileSync(file, line, 'utf8')
    return true
  } catch {
    return false
  }
}

/** A logger appending to `file`; the folder is created on the first line, never before. */
export function createFileLogger(file: string): Logger {
  let current = file
  const write = (level: string, message: string, err?: unknown): void => {
    const line = formatEntry(level, message, err)
    if (append(file, line)) return void (current = file)
    // The log is on the full (or read-only) disk it reports on: say it where it can still be read,
    // on stderr (a terminal) and in the temp folder (the desktop app has no terminal).
    try {
      process.stderr.write(`[日志无法写入 ${file}] ${line}`)
    } catch {
      // no stderr at all
    }
    // Logging must never turn a handled failure into a crash.
    if (append(fallbackLogFile(file), line)) current = fallbackLogFile(file)
  }
  return {
    // Short messages name the file that really holds the details.
    get file() {
      return current
    },
    info: (m) => write('INFO', m),
    error: (m, e) => write('ERROR', m, e),
  }
}

/** A logger that keeps nothing (tests, benchmarks). */
export const silentLogger: Logger = { file: '', info: () => {}, error: () => {} }

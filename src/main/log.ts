// Detailed log (stack traces) for support staff, written to a file; people see only short messages.
import { appendFileSync, mkdirSync } from 'node:fs'
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

/** A logger appending to `file`; the folder is created on the first line, never before. */
export function createFileLogger(file: string): Logger {
  const write = (level: string, message: string, err?: unknown): void => {
    const extra = err === undefined ? '' : `\n${detail(err)}`
    const line = `${new Date().toISOString()} ${level} ${message}${extra}\n`
    try {
      mkdirSync(dirname(file), { recursive: true })
      appendFileSync(file, line, 'utf8')
    } catch {
      // Logging must never turn a handled failure into a crash (read-only media, full disk).
    }
  }
  return {
    file,
    info: (m) => write('INFO', m),
    error: (m, e) => write('ERROR', m, e),
  }
}

/** A logger that keeps nothing (tests, benchmarks). */
export const silentLogger: Logger = { file: '', info: () => {}, error: () => {} }

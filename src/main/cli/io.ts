// CLI output: stdout carries only the result (one JSON value with --json), everything else stderr.
import type { Logger } from '../log'

export interface CliIo {
  json: boolean
  /** The command's result: JSON-encoded with --json, else printed as text. */
  result(value: unknown, human: () => string): void
  /** Progress and notes for people, always on stderr. */
  note(text: string): void
  log: Logger
}

export function createIo(json: boolean, log: Logger): CliIo {
  return {
    json,
    result(value, human) {
      process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${human()}\n`)
    },
    note(text) {
      process.stderr.write(`${text}\n`)
    },
    log,
  }
}

/** Libraries (pdf.js, mammoth) may print to stdout through console; send all of it to stderr. */
export function guardConsole(): void {
  const toStderr = (...args: unknown[]): void => console.error(...args)
  console.log = toStderr
  console.info = toStderr
  console.debug = toStderr
  console.warn = toStderr
}

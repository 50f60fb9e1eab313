// Command-line shell over the archive service (npm run --silent archive -- <命令> …); see USAGE.
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { isAppError, toSerializedError } from '../shared/errors'
import { setProcessRole } from './archive/lock'
import { parseArgv, stringFlag, type ParsedArgs } from './cli/args'
import type { Command } from './cli/commands/context'
import { catalogueCommand } from './cli/commands/archive-work'
import { exportCommand } from './cli/commands/export'
import { importCommand } from './cli/commands/import'
import { backupCommand, restoreCommand, verifyCommand } from './cli/commands/maintenance'
import { docsCommand, searchCommand, showCommand } from './cli/commands/read'
import { rereadCommand } from './cli/commands/reread'
import { USAGE } from './cli/help'
import { createIo, guardConsole } from './cli/io'
import { createFileLogger, defaultLogFile, silentLogger, type Logger } from './log'

const COMMANDS: Record<string, Command> = {
  import: importCommand,
  docs: docsCommand,
  show: showCommand,
  search: searchCommand,
  export: exportCommand,
  catalogue: catalogueCommand,
  verify: verifyCommand,
  backup: backupCommand,
  restore: restoreCommand,
  reread: rereadCommand,
}

function loggerFor(args: ParsedArgs | null): Logger {
  const explicit = args && stringFlag(args, 'log')
  if (explicit) return createFileLogger(resolve(explicit))
  const db = args && stringFlag(args, 'db')
  return db ? createFileLogger(defaultLogFile(db)) : silentLogger
}

/** Runs one command; returns the exit code. Never prints a stack trace. */
export async function runCli(argv: string[]): Promise<number> {
  guardConsole()
  const json = argv.includes('--json')
  let args: ParsedArgs | null = null
  let io = createIo(json, silentLogger)
  try {
    args = parseArgv(argv)
    io = createIo(json, loggerFor(args))
    if (!args.command || args.command === 'help' || args.flags.help) {
      process.stdout.write(`${USAGE}\n`)
      return args.command || args.flags.help ? 0 : 2
    }
    const command = COMMANDS[args.command]
    if (!command) {
      io.note(`未知命令：${args.command}\n\n${USAGE}`)
      return 2
    }
    setProcessRole(`命令行 ${args.command}`) // how a refused restore names this process
    return await command({ args, io })
  } catch (err) {
    const e = toSerializedError(err)
    if (!isAppError(err)) io.log.error(`命令失败：${argv.join(' ')}`, err)
    const where = !isAppError(err) && io.log.file ? `（详情已写入日志：${io.log.file}）` : ''
    io.note(`错误：${e.message}${where}`)
    if (json) process.stdout.write(`${JSON.stringify({ error: e })}\n`)
    return 1
  }
}

/** Flushes stdout before exiting: libraries (pdf.js) may leave handles that keep Node alive. */
function exitWhenFlushed(code: number): void {
  process.stdout.write('', () => process.exit(code))
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runCli(process.argv.slice(2)).then(exitWhenFlushed, () => exitWhenFlushed(1))
}

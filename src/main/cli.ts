// Command-line shell over the archive service (npm run --silent archive -- <命令> …); see USAGE.
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { isAppError, toSerializedError } from '../shared/errors'
import { setProcessRole } from './archive/lock'
import { parseArgv, stringFlag, type ParsedArgs } from './cli/args'
import type { Command } from './cli/commands/context'
import { USAGE } from './cli/help'
import { createIo, guardConsole } from './cli/io'
import { createFileLogger, defaultLogFile, silentLogger, type Logger } from './log'

/** Each command is loaded when it runs, so that `--help` answers without loading the service. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  import: async () => (await import('./cli/commands/import')).importCommand,
  docs: async () => (await import('./cli/commands/read')).docsCommand,
  show: async () => (await import('./cli/commands/read')).showCommand,
  search: async () => (await import('./cli/commands/read')).searchCommand,
  export: async () => (await import('./cli/commands/export')).exportCommand,
  catalogue: async () => (await import('./cli/commands/archive-work')).catalogueCommand,
  gazette: async () => (await import('./cli/commands/gazette')).gazetteCommand,
  verify: async () => (await import('./cli/commands/maintenance')).verifyCommand,
  backup: async () => (await import('./cli/commands/maintenance')).backupCommand,
  restore: async () => (await import('./cli/commands/maintenance')).restoreCommand,
  reread: async () => (await import('./cli/commands/reread')).rereadCommand,
  issuers: async () => (await import('./cli/commands/issuers')).issuersCommand,
  issues: async () => (await import('./cli/commands/issues')).issuesCommand,
  issue: async () => (await import('./cli/commands/issue')).issueCommand,
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
    const load = COMMANDS[args.command]
    if (!load) {
      io.note(`未知命令：${args.command}\n\n${USAGE}`)
      return 2
    }
    setProcessRole(`命令行 ${args.command}`) // how a refused restore names this process
    const command = await load()
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

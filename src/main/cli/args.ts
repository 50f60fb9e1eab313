// Hand-rolled argv parsing for the CLI: positionals, --flag, --key value and --key=value.
import { AppError } from '../../shared/errors'

export interface ParsedArgs {
  command: string | null
  positionals: string[]
  flags: Record<string, string | true>
}

const BOOLEAN = new Set(['json', 'replace', 'help', 'apply'])
const VALUED = new Set(['db', 'out', 'from', 'limit', 'year', 'category', 'issuer', 'log', 'issue', 'format', 'columns', 'into', 'to', 'editor', 'note', 'original', 'gazette', 'no', 'total', 'date'])

export function parseArgv(argv: string[]): ParsedArgs {
  const positionals: string[] = []
  const flags: Record<string, string | true> = {}
  let rest = false
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (rest || !a.startsWith('-') || a === '-') {
      positionals.push(a)
      continue
    }
    if (a === '--') {
      rest = true
      continue
    }
    if (a === '-h') {
      flags.help = true
      continue
    }
    const m = /^--([a-z-]+)(?:=(.*))?$/s.exec(a)
    const name = m?.[1]
    if (!m || !name || (!BOOLEAN.has(name) && !VALUED.has(name))) {
      throw new AppError('BAD_REQUEST', `未知选项：${a}（用 --help 查看用法）`)
    }
    if (BOOLEAN.has(name)) flags[name] = true
    else if (m[2] !== undefined) flags[name] = m[2]
    else if (i + 1 < argv.length) flags[name] = argv[++i]
    else throw new AppError('BAD_REQUEST', `选项 --${name} 需要一个值`)
  }
  const [command = null, ...others] = positionals
  return { command, positionals: others, flags }
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags[name]
  return typeof v === 'string' ? v : undefined
}

export function requireFlag(args: ParsedArgs, name: string, what: string): string {
  const v = stringFlag(args, name)
  if (!v) throw new AppError('BAD_REQUEST', `缺少 --${name} <${what}>`)
  return v
}

export function intFlag(args: ParsedArgs, name: string): number | undefined {
  const v = stringFlag(args, name)
  if (v === undefined) return undefined
  if (!/^\d+$/.test(v)) throw new AppError('BAD_REQUEST', `--${name} 需要一个正整数，收到“${v}”`)
  return Number(v)
}

// What every command receives: its arguments, the output channel and a way to open the service.
import type { ImportProgress } from '../../../shared/domain'
import { createServices, type Services } from '../../services'
import { requireFlag, type ParsedArgs } from '../args'
import type { CliIo } from '../io'

export interface CommandContext {
  args: ParsedArgs
  io: CliIo
}

export type Command = (ctx: CommandContext) => Promise<number>

/** Opens the archive named by --db; only `import` may create one. */
export function openServices(
  ctx: CommandContext,
  opts: { create?: boolean; onProgress?: (p: ImportProgress) => void } = {},
): Services {
  const dbFile = requireFlag(ctx.args, 'db', '档案库文件')
  return createServices({ dbFile, create: opts.create ?? false, log: ctx.io.log, onProgress: opts.onProgress })
}

/** Runs `fn` with an open service and always closes it. */
export async function withServices<T>(
  ctx: CommandContext,
  fn: (s: Services) => Promise<T>,
  opts: { create?: boolean; onProgress?: (p: ImportProgress) => void } = {},
): Promise<T> {
  const s = openServices(ctx, opts)
  try {
    return await fn(s)
  } finally {
    s.close()
  }
}

// --format of export: pdf, pdfa (PDF/A-2b) or ofd (GB/T 33190).
import { AppError } from '../../shared/errors'
import { stringFlag, type ParsedArgs } from './args'

export type CliFormat = 'pdf' | 'pdfa' | 'ofd'

/** --format: pdf (default for documents), pdfa (PDF/A-2b) or ofd; anything else is refused. */
export function formatFlag(args: ParsedArgs): CliFormat | undefined {
  const f = stringFlag(args, 'format')?.toLowerCase()
  if (f === undefined || f === 'pdf' || f === 'pdfa' || f === 'ofd') return f
  throw new AppError('BAD_REQUEST', `--format 只能是 pdf、pdfa 或 ofd（收到「${f}」）`)
}

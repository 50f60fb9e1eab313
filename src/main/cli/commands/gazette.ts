// gazette rename <原名称> <新名称>: a gazette's name corrected for all its issues; gazette history.
import { userInfo } from 'node:os'
import { AppError } from '../../../shared/errors'
import { stringFlag } from '../args'
import type { Command } from './context'
import { withServices } from './context'

export function editorName(flag: string | undefined): string {
  if (flag?.trim()) return flag.trim()
  try {
    return userInfo().username || '命令行'
  } catch {
    return '命令行' // no user entry (some containers)
  }
}

export const gazetteCommand: Command = (ctx) =>
  withServices(ctx, async (s) => {
    const [action, from, to] = ctx.args.positionals
    if (action === 'history') {
      const list = await s.listGazetteRenames({})
      ctx.io.result(list, () => (list.length ? list.map((r) => `${r.at}  「${r.from}」→「${r.to}」（${r.editor}，${r.issues} 期）`).join('\n') : '没有公报名称的更正记录'))
      return 0
    }
    if (action !== 'rename' || !from || !to) throw new AppError('BAD_REQUEST', '用法：gazette rename <原名称> <新名称> --db <文件>，或 gazette history --db <文件>')
    const r = await s.renameGazette({ from, to, editor: editorName(stringFlag(ctx.args, 'editor')) })
    ctx.io.result(r, () => `已将「${r.from}」更正为「${r.to}」（共 ${r.issues} 期）`)
    return 0
  })

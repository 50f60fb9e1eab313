// issuers: the 发文机关 management screen from a terminal (list, merge, rename, undo), through the service.
import { userInfo } from 'node:os'
import { AppError } from '../../../shared/errors'
import type { IssuerChange, IssuerOverview } from '../../../shared/issuer-names'
import type { Services } from '../../services'
import { requireFlag, stringFlag } from '../args'
import type { Command, CommandContext } from './context'
import { withServices } from './context'

/** Who made the change: --editor, else the staff name in the settings, else the OS user. */
async function editorOf(ctx: CommandContext, s: Services): Promise<string> {
  const given = stringFlag(ctx.args, 'editor')?.trim()
  if (given) return given
  return (await s.getSettings({})).editorName?.trim() || userInfo().username || '命令行'
}

function listText(o: IssuerOverview): string {
  const lines = o.issuers.map((i) => `${i.name}\t${i.documents} 份${i.aliases.length ? `\t别名：${i.aliases.join('、')}` : ''}`)
  if (o.suggestions.length) {
    lines.push('', '可能是同一单位（可用 issuers merge 合并）：')
    lines.push(...o.suggestions.map((g) => `  ${g.alias} → ${g.canonical}（${g.reason}）`))
  }
  const open = o.changes.filter((c) => !c.undoneAt)
  if (open.length) lines.push('', '可撤销的改动：', ...open.map((c) => `  #${c.id} ${c.summary}`))
  return lines.join('\n')
}

const changeText = (c: IssuerChange): string => `已${c.summary}；撤销：issuers undo ${c.id}`

function positional(ctx: CommandContext, i: number, what: string): string {
  const v = ctx.args.positionals[i]
  if (!v) throw new AppError('BAD_REQUEST', `缺少${what}`)
  return v
}

export const issuersCommand: Command = (ctx) =>
  withServices(ctx, async (s) => {
    const [sub] = ctx.args.positionals
    const note = stringFlag(ctx.args, 'note')
    let change: IssuerChange
    if (!sub || sub === 'list') {
      const o = await s.getIssuerOverview({})
      ctx.io.result(o, () => listText(o))
      return 0
    } else if (sub === 'merge') {
      const from = positional(ctx, 1, '要合并的发文机关名称')
      change = await s.mergeIssuer({ from, into: requireFlag(ctx.args, 'into', '保留的名称'), editor: await editorOf(ctx, s), note })
    } else if (sub === 'rename') {
      const from = positional(ctx, 1, '要更名的发文机关名称')
      change = await s.renameIssuer({ from, to: requireFlag(ctx.args, 'to', '新名称'), editor: await editorOf(ctx, s), note })
    } else if (sub === 'undo') {
      const id = positional(ctx, 1, '改动编号（见 issuers list）')
      if (!/^\d+$/.test(id)) throw new AppError('BAD_REQUEST', `改动编号应为数字，收到“${id}”`)
      change = await s.undoIssuerChange({ id: Number(id), editor: await editorOf(ctx, s) })
      ctx.io.result(change, () => `已撤销：${change.from} → ${change.to}`)
      return 0
    } else {
      throw new AppError('BAD_REQUEST', `未知的 issuers 子命令：${sub}（list、merge、rename、undo）`)
    }
    ctx.io.result(change, () => changeText(change))
    return 0
  })

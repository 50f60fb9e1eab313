// issue correct <期编号> …: an archived issue's gazette, year, 期, 总期号 or date corrected (kept in
// its history); issue history <期编号>; issue undo <记录编号>. The same service call as the app's
// 更正本期信息, so the same checks and the same Chinese answers.
import { AppError } from '../../../shared/errors'
import type { IssueIdentityChanges } from '../../../shared/issue-identity'
import { issueShown } from '../../../shared/issue-shown'
import type { IssueSummary } from '../../../shared/domain'
import { stringFlag, type ParsedArgs } from '../args'
import type { Command } from './context'
import { withServices } from './context'
import { editorName } from './gazette'

const USAGE = '用法：issue correct <期编号> [--gazette 名称] [--year 年] [--no 期] [--total 总期号] [--date YYYY-MM-DD] --db <文件>，issue history <期编号> --db <文件>，或 issue undo <记录编号> --db <文件>'

function idOf(raw: string | undefined, what: string): number {
  if (!raw || !/^\d+$/.test(raw)) throw new AppError('BAD_REQUEST', `${what}应为数字，收到“${raw ?? ''}”（${USAGE}）`)
  return Number(raw)
}

/** A number as typed: the service says in Chinese what is wrong with it. */
const num = (v: string): number => (v.trim() === '' ? NaN : Number(v.trim()))

function changesOf(args: ParsedArgs): IssueIdentityChanges {
  const c: IssueIdentityChanges = {}
  const gazette = stringFlag(args, 'gazette')
  const year = stringFlag(args, 'year')
  const no = stringFlag(args, 'no')
  const total = stringFlag(args, 'total')
  const date = stringFlag(args, 'date')
  if (gazette !== undefined) c.gazette = gazette
  if (year !== undefined) c.year = num(year)
  if (no !== undefined) c.issueNo = num(no)
  if (total !== undefined) c.totalNo = total.trim() ? num(total) : null
  if (date !== undefined) c.publishedOn = date.trim() || null
  if (!Object.keys(c).length) throw new AppError('BAD_REQUEST', `没有要更正的内容（${USAGE}）`)
  return c
}

const shown = (i: IssueSummary): string =>
  `${i.gazette} ${issueShown(i.year, i.issueNo)}${i.totalNo ? `（总第${i.totalNo}期）` : ''}${i.publishedOn ? `，出版于 ${i.publishedOn}` : ''}`

export const issueCommand: Command = (ctx) =>
  withServices(ctx, async (s) => {
    const [action, ref] = ctx.args.positionals
    const editor = editorName(stringFlag(ctx.args, 'editor'))
    const note = stringFlag(ctx.args, 'note')
    if (action === 'correct') {
      const r = await s.correctIssue({ issueId: idOf(ref, '期编号'), changes: changesOf(ctx.args), editor, note })
      ctx.io.result(r, () => `已更正：现为 ${shown(r)}`)
      return 0
    }
    if (action === 'history') {
      const list = await s.getIssueHistory({ issueId: idOf(ref, '期编号') })
      ctx.io.result(list, () =>
        list.length
          ? list.map((c) => `${String(c.id).padStart(4)}  ${c.at}  ${c.editor}  ${c.summary}${c.undoneAt ? '（已撤销）' : ''}${c.note ? `  说明：${c.note}` : ''}`).join('\n')
          : '这一期的本期信息没有更正过')
      return 0
    }
    if (action === 'undo') {
      const r = await s.undoIssueCorrection({ id: idOf(ref, '记录编号'), editor, note })
      ctx.io.result(r, () => `已撤销：现为 ${shown(r)}`)
      return 0
    }
    throw new AppError('BAD_REQUEST', USAGE)
  })

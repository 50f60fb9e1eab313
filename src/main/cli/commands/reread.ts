// reread <期编号|all> --db F [--json] [--apply]: the issue read again from its kept original with
// the current importer, compared with the archive; --apply saves it (backup first).
import type { RereadOutcome, RereadPreview, RereadSummary } from '../../../shared/issue-comparison'
import { AppError, toSerializedError } from '../../../shared/errors'
import type { Services } from '../../services'
import { formatOutcome, formatPreview, formatSummaries } from '../format-reread'
import type { Command, CommandContext } from './context'
import { withServices } from './context'
import { issueShown } from '../../../shared/issue-shown'

type AllLine = RereadSummary & { applied?: RereadOutcome; notApplied?: string }

function summaryOf(p: RereadPreview): RereadSummary {
  const c = p.comparison
  const { counts, changed, warningMessages } = c
  return { issueId: p.issueId, issue: p.issue, counts, changed, onlyOld: c.onlyOld.length, onlyNew: c.onlyNew.length, warningMessages }
}

async function one(ctx: CommandContext, s: Services, issueId: number): Promise<number> {
  const preview = await s.previewReread({ issueId })
  if (!ctx.args.flags.apply) {
    ctx.io.result(preview, () => formatPreview(preview))
    return 0
  }
  const applied = await s.applyReread({ issueId, expect: preview.fingerprint })
  ctx.io.result({ ...preview, applied }, () => `${formatPreview(preview)}\n\n${formatOutcome(applied)}`)
  return 0
}

/** Applies only what changes something and raises no red warning; the rest wait for a person. */
async function applyIfSafe(s: Services, p: RereadPreview, line: AllLine): Promise<void> {
  if (p.comparison.same) return
  if (p.comparison.warn) {
    line.notApplied = `有警告，未应用；请核对后用 reread ${p.issueId} --apply`
    return
  }
  line.applied = await s.applyReread({ issueId: p.issueId, expect: p.fingerprint })
}

async function all(ctx: CommandContext, s: Services): Promise<number> {
  const lines: AllLine[] = []
  for (const issue of await s.listIssues({})) {
    const label = `${issue.gazette} ${issueShown(issue.year, issue.issueNo)}`
    ctx.io.note(`正在重新识别 ${label}…`)
    try {
      const p = await s.previewReread({ issueId: issue.id })
      const line: AllLine = summaryOf(p)
      if (ctx.args.flags.apply) await applyIfSafe(s, p, line)
      lines.push(line)
    } catch (err) {
      const none = { old: issue.documentCount, new: 0 }
      lines.push({ issueId: issue.id, issue: label, counts: none, changed: 0, onlyOld: 0, onlyNew: 0, warningMessages: [], error: toSerializedError(err).message })
    }
  }
  ctx.io.result(lines, () => {
    const extra = lines.flatMap((l) => (l.applied ? [`已应用：${l.issue}`] : l.notApplied ? [`${l.issue}：${l.notApplied}`] : []))
    return [formatSummaries(lines), ...extra].join('\n')
  })
  return lines.some((l) => l.error) ? 1 : 0
}

export const rereadCommand: Command = (ctx) =>
  withServices(ctx, async (s) => {
    const target = ctx.args.positionals[0]
    if (target === 'all') return all(ctx, s)
    if (!target || !/^\d+$/.test(target)) throw new AppError('BAD_REQUEST', '用法：reread <期编号|all> --db <文件> [--json] [--apply]')
    return one(ctx, s, Number(target))
  })

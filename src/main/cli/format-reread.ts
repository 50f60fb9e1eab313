// Re-read previews and outcomes as Chinese text for people (reread without --json).
import { confidenceChanged, type DocumentBrief, type RereadOutcome, type RereadPreview, type RereadSummary } from '../../shared/issue-comparison'

const pct = (c: number | null): string => (c === null ? '未记录' : `${Math.round(c * 100)}%`)

function name(d: DocumentBrief): string {
  const conf = d.confidence === null ? '' : `（可信度 ${pct(d.confidence)}${d.doubtful ? '，存疑' : ''}）`
  return `${d.docNumber ?? `第${d.seq}份`} ${d.title}${conf}`
}

function confidenceLine(p: RereadPreview): string {
  const { old: o, new: n } = p.comparison.confidence
  return `可信度：平均 ${pct(o.mean)} → ${pct(n.mean)}；最低 ${pct(o.min)} → ${pct(n.min)}；存疑 ${o.doubtful} → ${n.doubtful} 份`
}

/** The whole comparison of one issue. */
export function formatPreview(p: RereadPreview): string {
  const c = p.comparison
  const lines = [`${p.issue}（原件：${p.file}）`, `文件数：${c.counts.old} → ${c.counts.new}；字段有变化 ${c.changed} 份`, confidenceLine(p)]
  for (const m of c.warningMessages) lines.push(`！警告：${m}`)
  if (c.same) lines.push('新版本的识别结果与档案中相同。')
  for (const ch of p.issueChanges) lines.push(`本期${ch.label}：${ch.old} → ${ch.new}`)
  if (c.onlyNew.length) lines.push(`新增（档案中没有）${c.onlyNew.length} 份：`, ...c.onlyNew.map((d) => `  + ${name(d)}`))
  if (c.onlyOld.length) lines.push(`缺少（新版本没有）${c.onlyOld.length} 份：`, ...c.onlyOld.map((d) => `  − ${name(d)}`))
  const changed = c.pairs.filter((x) => x.changes.length || confidenceChanged(x))
  if (changed.length) lines.push(`有变化的文件 ${changed.length} 份：`)
  for (const x of changed) {
    const conf = !confidenceChanged(x) ? '' : `（可信度 ${pct(x.old.confidence)} → ${pct(x.new.confidence)}）`
    lines.push(`  * ${x.old.docNumber ?? `第${x.old.seq}份`} ${x.old.title}${conf}`)
    for (const ch of x.changes) lines.push(`      ${ch.label}：${ch.old} → ${ch.new}`)
  }
  const { total, notReapplied } = p.corrections
  if (total) lines.push(`人工更正 ${total} 条：保留 ${total - notReapplied.length} 条${notReapplied.length ? '，以下不能再应用：' : ''}`)
  lines.push(...notReapplied.map((m) => `  ${m}`))
  return lines.join('\n')
}

export function formatOutcome(o: RereadOutcome): string {
  const lines = [`已重新识别${o.issue}：现有 ${o.documents} 份文件；保留人工更正 ${o.correctionsKept} 条。`, `重新识别前的备份：${o.backupDir}`]
  if (o.correctionsListed.length) lines.push('以下更正未能重新应用，请核对：', ...o.correctionsListed.map((m) => `  ${m}`))
  return lines.join('\n')
}

/** One line per issue for `reread all`. */
export function formatSummaries(list: RereadSummary[]): string {
  if (!list.length) return '档案中还没有公报。'
  return list
    .map((s) => {
      if (s.error) return `${s.issue}：未能重新识别：${s.error}`
      const diff = `文件 ${s.counts.old} → ${s.counts.new}，有变化 ${s.changed} 份，新增 ${s.onlyNew} 份，缺少 ${s.onlyOld} 份`
      const warn = s.warningMessages.length ? `；！${s.warningMessages.join('；')}` : ''
      return `${s.issue}（编号 ${s.issueId}）：${diff}${warn}`
    })
    .join('\n')
}

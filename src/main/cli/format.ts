// Human-readable Chinese text for CLI results (the --json output is the data itself).
import type { DocumentSummary, GazetteDocument, ImportReport, SearchResult } from '../../shared/domain'
import { MARK_END, MARK_START } from '../../shared/domain'
import { issueShown } from '../../shared/issue-shown'

/** Skips that --replace would have imported: the terminal says so (the app offers its 替换 button). */
const HELD = new Set(['ISSUE_HELD', 'ISSUE_IN_RUN'])

export function formatImport(r: ImportReport): string {
  const doubtful = r.imported.reduce((n, i) => n + (i.doubtful?.length ?? 0), 0)
  // Never a plain "done" while documents are doubtful: the first line says how many need a look.
  const head = doubtful ? '导入结束，但有文件存疑' : '导入完成'
  const tail = doubtful ? `其中 ${doubtful} 份文件存疑，请核对（见下方“待核对”）。` : ''
  const kept = r.kept?.length ? `另存原件 ${r.kept.length} 份，` : ''
  const lines = [`${head}：新增 ${r.imported.length} 期，${kept}跳过 ${r.skipped.length} 个文件，失败 ${r.failed.length} 个文件。${tail}`]
  for (const i of r.imported) {
    lines.push(`  ${i.doubtful?.length ? '!' : '✓'} ${i.file} → ${i.issue}，${i.documents} 份文件`)
    for (const w of i.warnings) lines.push(`      提示：${w}`)
    for (const d of i.doubtful ?? []) {
      const why = d.reasons.map((r) => r.message).join('；')
      lines.push(`      待核对：第${d.seq}份 ${d.docNumber ?? d.title}（置信度 ${d.confidence.toFixed(2)}：${why}）`)
    }
  }
  for (const k of r.kept ?? []) lines.push(`  + ${k.file} → ${k.issue}：${k.message}`)
  for (const s of r.staged ?? []) lines.push(`  … ${s.file} → ${s.issue}，${s.documents} 份文件，已放入“待核对”，尚未入库`)
  for (const s of r.skipped) lines.push(`  – 跳过 ${s.file}：${s.reason}${HELD.has(s.code) ? '；如需替换请使用 --replace' : ''}`)
  for (const f of r.failed) lines.push(`  ✗ 失败 ${f.file}：${f.error}`)
  return lines.join('\n')
}

export function formatDocs(docs: DocumentSummary[]): string {
  if (!docs.length) return '档案中还没有文件。'
  const lines = docs.map((d) => {
    const num = d.docNumber ?? '（无文号）'
    return `${String(d.id).padStart(5)}  ${issueShown(d.year, d.issueNo)}  ${num}  ${d.title}  ${d.date ?? ''}`
  })
  return [...lines, `共 ${docs.length} 份文件。`].join('\n')
}

export function formatDocument(d: GazetteDocument): string {
  const head = [
    d.title,
    `文号：${d.docNumber ?? '无'}    发文机关：${d.issuer ?? '—'}    成文日期：${d.date ?? '—'}`,
    `${d.gazette} ${issueShown(d.year, d.issueNo)}    栏目：${d.category ?? '—'}    目录页码：${d.tocPage ?? '—'}`,
  ]
  if (d.recipients) head.push(`主送：${d.recipients}`)
  const tail: string[] = []
  if (d.consult) tail.push(`政策咨询：${d.consult.unit}${d.consult.phone ? `  电话：${d.consult.phone}` : ''}`)
  if (d.citations.length) {
    const cited = d.citations.map((c) => `${c.docNumber}${c.targetId ? `（#${c.targetId}）` : '（不在档案中）'}`)
    tail.push(`引用：${cited.join('、')}`)
  }
  const citedBy = d.citedBy.map((c) => `${c.docNumber ?? c.title}（#${c.id}）`)
  if (citedBy.length) tail.push(`被引用：${citedBy.join('、')}`)
  return [...head, '', ...d.paragraphs, ...(tail.length ? ['', ...tail] : [])].join('\n')
}

export function formatSearch(r: SearchResult): string {
  const mark = (s: string): string => s.split(MARK_START).join('【').split(MARK_END).join('】')
  const lines = [`共 ${r.total} 条结果，用时 ${r.tookMs.toFixed(1)} 毫秒。`]
  for (const h of r.hits) {
    lines.push(`${String(h.id).padStart(5)}  ${h.docNumber ?? '（无文号）'}  ${mark(h.title)}`)
    if (h.snippet) lines.push(`       ${mark(h.snippet)}`)
  }
  return lines.join('\n')
}

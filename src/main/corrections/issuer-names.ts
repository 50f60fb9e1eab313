// Issuing units as staff tidy them: merge a variant into its canonical name, rename a unit, undo
// either, and map known variants when an issue is saved. Every document the change touches gets
// an ordinary 发文机关 correction (history, replay after a re-import) linked to the change.
import type { Database } from 'better-sqlite3'
import type { ParsedIssue } from '../../shared/domain'
import { AppError } from '../../shared/errors'
import type { IssuerChange, IssuerOverview } from '../../shared/issuer-names'
import { splitIssuers } from '../../shared/issuers'
import type { CorrectionMeta } from '../db/corrections'
import { readStored } from '../db/document-edit'
import {
  aliasRowsOf, correctionsOfChange, documentsNaming, insertChange, issuerCounts, listAliases, listChanges,
  markUndone, pointAliases, readChange, restoreAliases, type AliasRow, type IssuerChangeRow,
} from '../db/issuer-names'
import { correct } from './apply'
import { suggestAliases } from './issuer-suggest'

const KIND_LABEL = { merge: '合并', rename: '更名' } as const

export function aliasMap(db: Database): Map<string, string> {
  return new Map(listAliases(db).map((r) => [r.alias, r.canonical]))
}

/** The units with each variant replaced by its canonical name, each unit once, in printed order. */
export function canonicalIssuers(names: readonly string[], aliases: ReadonlyMap<string, string>): string[] {
  return [...new Set(names.map((n) => aliases.get(n) ?? n))]
}

/** The import's save path: known variants in a parsed issue become their canonical names. */
export function withCanonicalIssuers(db: Database, parsed: ParsedIssue): ParsedIssue {
  const aliases = aliasMap(db)
  if (!aliases.size) return parsed
  const documents = parsed.documents.map((d) => {
    const units = d.issuers.length ? d.issuers : splitIssuers(d.issuer)
    const mapped = canonicalIssuers(units, aliases)
    if (mapped.join('、') === units.join('、')) return d
    return { ...d, issuers: mapped, issuer: mapped.join('、') }
  })
  return { ...parsed, documents }
}

function replaceUnit(issuer: string | null, from: string, to: string): string {
  return [...new Set(splitIssuers(issuer).map((n) => (n === from ? to : n)))].join('、')
}

function refuseLaterChange(db: Database, row: IssuerChangeRow): void {
  const later = listChanges(db, 10_000).find(
    (c) => c.id > row.id && !c.undone_at && [c.from_name, c.to_name].some((n) => n === row.from_name || n === row.to_name),
  )
  if (later) throw new AppError('BAD_REQUEST', `请先撤销其后的${KIND_LABEL[later.kind]}：${later.from_name} → ${later.to_name}`)
}

/** Changes `from` to `to` on every document naming it and records the alias; returns the documents touched. */
function applyChange(db: Database, kind: 'merge' | 'rename', from: string, to: string, meta: CorrectionMeta): { change: IssuerChange; touched: number[] } {
  if (!meta.editor.trim()) throw new AppError('BAD_REQUEST', '请先在设置中填写操作人姓名')
  return db.transaction(() => {
    const before: AliasRow[] = aliasRowsOf(db, [from, to])
    const changeId = insertChange(db, { kind, from, to, editor: meta.editor.trim(), at: meta.at, note: meta.note?.trim() || null, before })
    const touched: number[] = []
    const note = meta.note?.trim() || `${KIND_LABEL[kind]}发文机关：${from} → ${to}`
    for (const id of documentsNaming(db, from)) {
      const value = replaceUnit(readStored(db, id).issuer, from, to)
      touched.push(...correct(db, id, { field: 'issuer', value }, { ...meta, note, issuerChangeId: changeId }).touched)
    }
    pointAliases(db, from, to, changeId)
    return { change: toChange(readChange(db, changeId) as IssuerChangeRow), touched }
  })()
}

function checkNames(from: string, to: string): { from: string; to: string } {
  const f = from.trim()
  const t = to.trim()
  if (!f || !t) throw new AppError('BAD_REQUEST', '请填写发文机关名称')
  if (/[、，,]/.test(t)) throw new AppError('BAD_REQUEST', `名称中不能有顿号或逗号：${t}`)
  if (f === t) throw new AppError('BAD_REQUEST', '两个名称相同，无需改动')
  return { from: f, to: t }
}

/** 合并: `from` (a variant) becomes `into` everywhere, and imports map it from now on. */
export function mergeIssuer(db: Database, from: string, into: string, meta: CorrectionMeta): { change: IssuerChange; touched: number[] } {
  const names = checkNames(from, into)
  const target = aliasMap(db).get(names.to) ?? names.to // merging into a variant means into its canonical name
  if (target === names.from) throw new AppError('BAD_REQUEST', `「${names.to}」已是「${names.from}」的别名`)
  if (!documentsNaming(db, target).length) throw new AppError('NOT_FOUND', `档案中没有发文机关「${target}」；要改名请用更名`)
  return applyChange(db, 'merge', names.from, target, meta)
}

/** 更名: `from` is called `to` everywhere (a name no document uses yet); the old name maps to the new. */
export function renameIssuer(db: Database, from: string, to: string, meta: CorrectionMeta): { change: IssuerChange; touched: number[] } {
  const names = checkNames(from, to)
  if (!documentsNaming(db, names.from).length) throw new AppError('NOT_FOUND', `档案中没有发文机关「${names.from}」`)
  if (documentsNaming(db, names.to).length) throw new AppError('BAD_REQUEST', `「${names.to}」已在档案中，请用合并`)
  return applyChange(db, 'rename', names.from, names.to, meta)
}

/** 撤销: documents still carrying the change get their issuers back; the alias table is as before. */
export function undoIssuerChange(db: Database, id: number, meta: CorrectionMeta): { change: IssuerChange; touched: number[]; skipped: number } {
  if (!meta.editor.trim()) throw new AppError('BAD_REQUEST', '请先在设置中填写操作人姓名')
  return db.transaction(() => {
    const row = readChange(db, id)
    if (!row) throw new AppError('NOT_FOUND', `找不到这次改动（编号 ${id}）`)
    if (row.undone_at) throw new AppError('BAD_REQUEST', '这次改动已撤销')
    refuseLaterChange(db, row)
    const note = `撤销${KIND_LABEL[row.kind]}发文机关：${row.from_name} → ${row.to_name}`
    const touched: number[] = []
    let skipped = 0
    for (const c of correctionsOfChange(db, id).reverse()) {
      const current = c.document_id === null ? null : db.prepare('SELECT issuer FROM documents WHERE id = ?').pluck().get(c.document_id)
      // A document removed, or corrected again since, keeps what staff made of it.
      if (c.document_id === null || current !== c.new_value) { skipped++; continue }
      touched.push(...correct(db, c.document_id, { field: 'issuer', value: c.old_value }, { ...meta, note }).touched)
    }
    restoreAliases(db, [row.from_name, row.to_name], JSON.parse(row.aliases_before_json) as AliasRow[])
    markUndone(db, id, meta.editor.trim(), meta.at)
    return { change: toChange(readChange(db, id) as IssuerChangeRow), touched, skipped }
  })()
}

function toChange(r: IssuerChangeRow): IssuerChange {
  const summary = `${KIND_LABEL[r.kind]}：${r.from_name} → ${r.to_name}（${r.documents} 份文件）${r.undone_at ? '，已撤销' : ''}`
  return {
    id: r.id, kind: r.kind, from: r.from_name, to: r.to_name, editor: r.editor, at: r.at, note: r.note,
    documents: r.documents, undoneAt: r.undone_at, undoneBy: r.undone_by, summary,
  }
}

/** 发文机关 management: every unit with its count and variants, suggested merges, recorded changes. */
export function issuerOverview(db: Database): IssuerOverview {
  const counts = issuerCounts(db)
  const variants = new Map<string, string[]>()
  for (const r of listAliases(db)) variants.set(r.canonical, [...(variants.get(r.canonical) ?? []), r.alias])
  return {
    issuers: counts.map((c) => ({ name: c.name, documents: c.documents, aliases: variants.get(c.name) ?? [] })),
    suggestions: suggestAliases(counts.map((c) => c.name)),
    changes: listChanges(db).map(toChange),
  }
}

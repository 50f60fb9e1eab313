// 更正本期信息: staff set an archived issue's gazette, year, 期, 总期号 or date of publication, where
// the importer read them wrong or found none ((年份未写明)(期号未写明)). Each correction is kept in
// the issue's history (who, when, old → new) and can be taken back (撤销) while no later correction
// of the issue builds on it. The issue keeps its id: its documents, the navigation, the search
// filters, the catalogue and the PDF's 来源 line read the new values at once.
import type { Database } from 'better-sqlite3'
import type { IssueSummary } from '../../shared/domain'
import { AppError } from '../../shared/errors'
import {
  changedFields,
  changesSummary,
  identityProblems,
  type IdentityFieldChange,
  type IssueIdentity,
  type IssueIdentityChange,
  type IssueIdentityChanges,
} from '../../shared/issue-identity'
import { currentGazetteName } from '../db/gazettes'
import {
  getIdentityChange,
  insertIdentityChange,
  listIdentityChanges,
  markIdentityChangeUndone,
  otherIssueHolding,
  readIdentity,
  writeIdentity,
} from '../db/issue-identity'
import { getIssueToc, issueLabel } from '../db/issues'

interface Meta {
  editor: string
  note?: string
  at: string
}

/** 档案中已有兴县人民政府公报 2022年第3期（编号 5，12 件文件，2026-01-02 导入） */
export function heldIssueShown(db: Database, key: { gazette: string; year: number; issueNo: number }, exceptId: number | null): string | null {
  const other = otherIssueHolding(db, key, exceptId)
  if (!other) return null
  return `档案中已有${issueLabel(key)}（编号 ${other.id}，${other.documents} 件文件，${other.importedAt.slice(0, 10)} 导入）`
}

function checked(changes: IssueIdentityChanges): void {
  const problems = identityProblems(changes)
  if (problems.length) throw new AppError('BAD_REQUEST', problems.join('；'))
}

/** The identity after `changes`: a name a gazette was renamed from stands for the name it has now. */
function nextIdentity(db: Database, current: IssueIdentity, changes: IdentityFieldChange[]): IssueIdentity {
  const next: IssueIdentity = { ...current }
  for (const c of changes) Object.assign(next, { [c.field]: c.new })
  next.gazette = currentGazetteName(db, next.gazette)
  return next
}

/** Writes `next`, refused when another issue of that gazette holds its year and 期. */
function apply(db: Database, issueId: number, current: IssueIdentity, next: IssueIdentity): void {
  const moved = next.gazette !== current.gazette || next.year !== current.year || next.issueNo !== current.issueNo
  const held = moved ? heldIssueShown(db, next, issueId) : null
  if (held) {
    throw new AppError('ISSUE_EXISTS', `${held}，两期不能是同一期。若两者确是同一期，请先核对后删除多余的一期；否则请改正期号`)
  }
  writeIdentity(db, issueId, current, next)
}

/** Sets the fields of `changes` that differ; one history row for them all. */
export function correctIssue(db: Database, issueId: number, changes: IssueIdentityChanges, meta: Meta): IssueSummary {
  checked(changes)
  return db.transaction(() => {
    const current = readIdentity(db, issueId)
    const next = nextIdentity(db, current, changedFields(current, changes))
    // Kept as set (a renamed gazette's old name recorded as the name it has now).
    const kept = changedFields(current, next)
    if (!kept.length) throw new AppError('BAD_REQUEST', '填写的与这一期现有的相同，没有改动')
    apply(db, issueId, current, next)
    insertIdentityChange(db, { issueId, editor: meta.editor, at: meta.at, note: meta.note?.trim() || null, changes: kept, undoes: null })
    return getIssueToc(db, issueId).issue
  })()
}

export function issueHistory(db: Database, issueId: number): IssueIdentityChange[] {
  readIdentity(db, issueId) // NOT_FOUND for an issue not held
  return listIdentityChanges(db, issueId)
}

/** Why `c` cannot be taken back now, or null. */
function undoRefusal(db: Database, c: IssueIdentityChange, current: IssueIdentity): string | null {
  if (c.undoes !== null) return '这是一次撤销，不能再撤销；如需改回，请重新更正'
  if (c.undoneAt) return `这次更正已于 ${c.undoneAt.slice(0, 16).replace('T', ' ')} 由${c.undoneBy ?? ''}撤销`
  const later = listIdentityChanges(db, c.issueId).find((x) => x.id > c.id && x.undoes === null && !x.undoneAt)
  if (later) {
    return `无法撤销：此后又有更正（${later.at.slice(0, 16).replace('T', ' ')} ${later.editor}：${later.summary}），请先撤销那次较新的更正`
  }
  // A gazette renamed since (更正名称 in 馆藏概览) changed what this correction set.
  const moved = c.changes.find((f) => current[f.field] !== f.new)
  if (moved) return `无法撤销：此后${changesSummary([{ ...moved, old: moved.new, new: current[moved.field] }])}，已不是这次更正的结果`
  return null
}

/** 撤销: sets back the old values of correction `id` and records the undo in the history. */
export function undoIssueCorrection(db: Database, id: number, meta: Meta): IssueSummary {
  return db.transaction(() => {
    const c = getIdentityChange(db, id)
    const current = readIdentity(db, c.issueId)
    const refusal = undoRefusal(db, c, current)
    if (refusal) throw new AppError('BAD_REQUEST', refusal)
    const back = c.changes.map((f) => ({ field: f.field, old: f.new, new: f.old }))
    const next: IssueIdentity = { ...current }
    for (const f of back) Object.assign(next, { [f.field]: f.new })
    apply(db, c.issueId, current, next)
    insertIdentityChange(db, { issueId: c.issueId, editor: meta.editor, at: meta.at, note: meta.note?.trim() || null, changes: back, undoes: id })
    markIdentityChangeUndone(db, id, meta.editor, meta.at)
    return getIssueToc(db, c.issueId).issue
  })()
}

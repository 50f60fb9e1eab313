// 本期信息 under 待核对: staff set a staged issue's gazette, year, 期, 总期号 or date before 入库.
// A 期 the archive holds already is refused with the issue named, unless staff choose 替换 (as an
// import does: 入库 then replaces it, undoable with 恢复替换前); a 期 another staged issue waits
// under is refused (saving both would make one replace the other).
import type { Database } from 'better-sqlite3'
import type { IssueMeta } from '../../shared/domain'
import { AppError } from '../../shared/errors'
import { changedFields, identityProblems, type IssueIdentity, type IssueIdentityChanges } from '../../shared/issue-identity'
import { currentGazetteName } from '../db/gazettes'
import { issueLabel } from '../db/issues'
import { getStagedRow } from '../db/staged-issues'
import { otherStagedHolding, readStagedIdentitySet, writeStagedIdentity, type StagedIdentitySet } from '../db/staged-identity'
import { insertIdentityChange, readIdentity } from '../db/issue-identity'
import { heldIssueShown } from './issue-identity'

export function editStagedIssue(db: Database, id: number, changes: IssueIdentityChanges, opts: { replace?: boolean; by: string; at: string }): void {
  const problems = identityProblems(changes)
  if (problems.length) throw new AppError('BAD_REQUEST', problems.join('；'))
  db.transaction(() => {
    const row = getStagedRow(db, id)
    const meta = (JSON.parse(row.issue_json) as { meta: IssueMeta }).meta
    const current: IssueIdentity = { gazette: row.gazette, year: row.year, issueNo: row.issue_no, totalNo: meta.totalNo ?? null, publishedOn: meta.publishedOn ?? null }
    const next: IssueIdentity = { ...current }
    for (const c of changedFields(current, changes)) Object.assign(next, { [c.field]: c.new })
    next.gazette = currentGazetteName(db, next.gazette) // a name renamed since: the name it has now
    if (!changedFields(current, next).length) return
    const moved = next.gazette !== current.gazette || next.year !== current.year || next.issueNo !== current.issueNo
    let replace = row.replace === 1
    if (moved) {
      const staged = otherStagedHolding(db, next, id)
      if (staged) {
        throw new AppError('BAD_REQUEST', `待核对中已有${issueLabel(next)}（「${staged.originalName}」）：请先将那一期入库或放弃，或改正期号`)
      }
      const held = heldIssueShown(db, next, null)
      if (held && !opts.replace) {
        throw new AppError('ISSUE_EXISTS', `${held}。如这一份是它的新版本，请选择“替换”：入库时替换档案中的那一期（替换后可恢复替换前）；否则请改正期号`)
      }
      replace = held !== null
    }
    // The identity as the importer read it is kept from the first edit on, for the issue's record.
    const from = readStagedIdentitySet(db, id)?.from ?? current
    writeStagedIdentity(db, id, next, replace, { from, by: opts.by, at: opts.at })
  })()
}

/**
 * On 入库 of a staged issue whose identity staff set: the saved issue's first record row (origin
 * 'review'), what the importer read → what it was saved under, by whom and when it was set.
 * `set` is read before the save (the staged row goes with it).
 */
export function keepReviewIdentity(db: Database, issueId: number, set: StagedIdentitySet | null): void {
  if (!set) return
  const changes = changedFields(set.from, readIdentity(db, issueId))
  if (!changes.length) return
  insertIdentityChange(db, { issueId, editor: set.by, at: set.at, note: '核对时填写', changes, undoes: null, origin: 'review' })
}

// An issue whose gazette, year or 期 staff set (更正本期信息, or 本期信息 under 待核对) is still known
// by what it was read as: another file of it read the same way (its Word version, a reprint) is that
// issue, under the identity staff gave it, as staff's corrections of its documents are replayed on
// a re-import. Without this the file would be saved as a second issue under the identity staff
// had corrected away, and no replace or further original would be offered.
import type { Database } from 'better-sqlite3'
import type { IssueMeta, ParsedIssue } from '../../shared/domain'
import type { IdentityField, IssueIdentity } from '../../shared/issue-identity'
import { currentGazetteName } from '../db/gazettes'
import { earlierIdentities, issuesReidentified, readIdentity } from '../db/issue-identity'
import { findIssueId, issueLabel } from '../db/issues'

type Key = Pick<IssueIdentity, 'gazette' | 'year' | 'issueNo'>

const sameKey = (db: Database, a: Key, b: Key): boolean =>
  a.year === b.year && a.issueNo === b.issueNo && currentGazetteName(db, a.gazette) === currentGazetteName(db, b.gazette)

/** The one issue, held under another identity now, that was once held or read as `key`; null if none or several. */
function reidentifiedFrom(db: Database, key: Key): { id: number; now: IssueIdentity; before: IssueIdentity[] } | null {
  const found = issuesReidentified(db)
    .map((id) => ({ id, before: earlierIdentities(db, id) }))
    .filter((x) => x.before.some((b) => sameKey(db, b, key)))
  if (found.length !== 1) return null
  return { ...found[0], now: readIdentity(db, found[0].id) }
}

/** Whether staff corrected away the file's reading of `field`: then the issue keeps staff's value. */
function correctedAway(field: Extract<IdentityField, 'totalNo' | 'publishedOn'>, read: IssueMeta, now: IssueIdentity, before: IssueIdentity[]): boolean {
  return read[field] !== now[field] && before.some((b) => b[field] === read[field])
}

/**
 * `parsed` as the issue staff re-identified, when the file reads an identity that issue was
 * corrected away from and no issue holds that identity now; unchanged otherwise. A warning says so.
 */
export function withCorrectedIdentity(db: Database, parsed: ParsedIssue): ParsedIssue {
  const read = parsed.meta
  if (findIssueId(db, read.gazette, read.year, read.issueNo) !== null) return parsed
  const held = reidentifiedFrom(db, read)
  if (!held) return parsed
  const { now, before } = held
  const meta: IssueMeta = {
    ...read,
    gazette: now.gazette,
    year: now.year,
    issueNo: now.issueNo,
    totalNo: correctedAway('totalNo', read, now, before) ? now.totalNo : read.totalNo,
    publishedOn: correctedAway('publishedOn', read, now, before) ? now.publishedOn : read.publishedOn,
  }
  const message = `这份文件读作${issueLabel(read)}；档案中的${issueLabel(now)}（编号 ${held.id}）是由此更正而来，按更正后的一期处理`
  return { ...parsed, meta, warnings: [...parsed.warnings, { code: 'OTHER', message }] }
}

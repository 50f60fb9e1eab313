// What 恢复替换前 keeps, and for how long. A replace snapshots the old issue with its original; the
// snapshot goes when the issue that replaced it is deleted (replaced again, removed, or the replace
// undone: db/issues.ts deleteIssue) and when it is older than SNAPSHOT_KEEP_DAYS. Its original goes
// with it unless another record (an issue, a staged issue, another snapshot) still names the file.
import type { Archive } from '../archive/open-archive'
import { removeStored } from '../archive/store-original'
import { dropSnapshotsBefore, SNAPSHOT_KEEP_DAYS } from '../db/replaced-issues'
import { isStoredPathReferenced } from '../db/source-files'

const DAY_MS = 24 * 60 * 60 * 1000

/** Removes the files among `paths` that no record names any more (after the deleting commit). */
export function removeUnreferenced(archive: Archive, paths: readonly string[]): void {
  for (const rel of new Set(paths)) {
    if (!isStoredPathReferenced(archive.db, rel)) removeStored(archive.filesDir, rel)
  }
}

/** Drops the snapshots older than SNAPSHOT_KEEP_DAYS before `now` and their files; returns how many. */
export function dropExpiredSnapshots(archive: Archive, now: Date): number {
  const { db } = archive
  const cutoff = new Date(now.getTime() - SNAPSHOT_KEEP_DAYS * DAY_MS).toISOString()
  const before = db.prepare('SELECT COUNT(*) FROM replaced_issues').pluck().get() as number
  const paths = db.transaction(() => dropSnapshotsBefore(db, cutoff)).immediate()
  removeUnreferenced(archive, paths)
  return before - (db.prepare('SELECT COUNT(*) FROM replaced_issues').pluck().get() as number)
}

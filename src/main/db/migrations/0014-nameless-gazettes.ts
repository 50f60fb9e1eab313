// Issues whose text names their gazette nowhere were kept under one gazette named '' (s30): two of
// one year and 期 from two files could not both be held, and '' fell out of every filter (the
// navigation, the address). Each such issue, and each such issue waiting under 待核对, moves to a
// gazette named by the file it came from, as shared/gazette-shown.ts names them from now on.
import type { Database } from 'better-sqlite3'
import type { Migration } from './types'

/** shared/gazette-shown.ts namelessGazette as of this migration (frozen here: migrations never change). */
function namedByFile(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop()?.trim() || '未知文件'
  const part = base.length > 60 ? `${base.slice(0, 59)}…` : base
  return `（未写明公报名称）「${part}」`
}

function gazetteId(db: Database, name: string): number {
  db.prepare('INSERT INTO gazettes (name) VALUES (?) ON CONFLICT (name) DO NOTHING').run(name)
  return db.prepare('SELECT id FROM gazettes WHERE name = ?').pluck().get(name) as number
}

function moveIssues(db: Database, fromId: number): void {
  const issues = db
    .prepare(
      `SELECT i.id, i.year, i.issue_no AS issueNo,
         (SELECT s.original_name FROM source_files s WHERE s.issue_id = i.id ORDER BY s.id LIMIT 1) AS file
       FROM issues i WHERE i.gazette_id = ? ORDER BY i.id`,
    )
    .all(fromId) as { id: number; year: number; issueNo: number; file: string | null }[]
  for (const i of issues) {
    const name = namedByFile(i.file ?? `第${i.id}号期`)
    db.prepare('UPDATE issues SET gazette_id = ? WHERE id = ?').run(gazetteId(db, name), i.id)
    for (const table of ['corrections', 'replaced_issues']) {
      db.prepare(`UPDATE ${table} SET gazette = ? WHERE gazette = '' AND year = ? AND issue_no = ?`).run(name, i.year, i.issueNo)
    }
  }
  db.prepare('DELETE FROM gazettes WHERE id = ?').run(fromId)
}

export const migration0014: Migration = {
  version: 14,
  name: 'nameless-gazettes',
  up(db) {
    const legacy = db.prepare("SELECT id FROM gazettes WHERE name = ''").pluck().get() as number | undefined
    if (legacy !== undefined) moveIssues(db, legacy)
    const staged = db.prepare("SELECT id, original_name AS file FROM staged_issues WHERE gazette = ''").all() as { id: number; file: string }[]
    for (const s of staged) {
      const name = namedByFile(s.file)
      db.prepare("UPDATE staged_issues SET gazette = ?, issue_json = json_set(issue_json, '$.meta.gazette', ?) WHERE id = ?").run(name, name, s.id)
    }
  },
}

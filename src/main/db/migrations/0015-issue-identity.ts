// An archived issue's own identity (gazette, year, 期, 总期号, date) corrected by staff: each
// correction keeps who, when, and the fields old → new, so it shows in the history and can
// be taken back (撤销: a row of its own, `undoes` naming the one taken back, which is marked undone).
// What staff set under 待核对 is kept too, as the saved issue's first row (origin 'review').
import type { Migration } from './types'

export const migration0015: Migration = {
  version: 15,
  name: 'issue-identity',
  up(db) {
    db.exec(`
      CREATE TABLE issue_identity_changes (
        id INTEGER PRIMARY KEY,
        issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
        editor TEXT NOT NULL,
        at TEXT NOT NULL,
        note TEXT,
        -- [{ field, old, new }] for the fields changed (gazette, year, issueNo, totalNo, publishedOn)
        changes_json TEXT NOT NULL,
        undoes INTEGER REFERENCES issue_identity_changes(id) ON DELETE SET NULL,
        undone_at TEXT,
        undone_by TEXT,
        -- 'review': set under 待核对 before 入库 (kept on 入库 as the issue's first row); 'correction': after
        origin TEXT NOT NULL DEFAULT 'correction' CHECK (origin IN ('correction', 'review'))
      ) STRICT;
      CREATE INDEX issue_identity_changes_issue ON issue_identity_changes(issue_id, id);
    `)
  },
}

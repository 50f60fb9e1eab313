// Issue 16: a correction can be undone (the undo is a history row of its own and
// the undone row points at it, so a re-import replays neither), and searches can be kept by name.
import type { Migration } from './types'

export const migration0011: Migration = {
  version: 11,
  name: 'undo-saved-searches',
  up(db) {
    db.exec(`
      ALTER TABLE corrections ADD COLUMN undone_by INTEGER;

      -- A search kept by name: the query and its filters as the search page sends them.
      CREATE TABLE saved_searches (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        query_json TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
    `)
  },
}

// Issue 16 (names): the alias table of issuing units, the merges and renames that fill it (so they
// can be undone), and the link from each per-document correction to the merge that made it.
import type { Migration } from './types'

export const migration0010: Migration = {
  version: 10,
  name: 'names-issuer-aliases',
  up(db) {
    db.exec(`
      CREATE TABLE issuer_changes (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('merge', 'rename')),
        from_name TEXT NOT NULL,
        to_name TEXT NOT NULL,
        editor TEXT NOT NULL,
        at TEXT NOT NULL,
        note TEXT,
        -- The alias rows as they were before (alias, canonical), put back by an undo.
        aliases_before_json TEXT NOT NULL DEFAULT '[]',
        undone_at TEXT,
        undone_by TEXT
      ) STRICT;

      -- A variant spelling and the name it stands for; import and browsing use the canonical name.
      CREATE TABLE issuer_aliases (
        alias TEXT PRIMARY KEY,
        canonical TEXT NOT NULL,
        change_id INTEGER REFERENCES issuer_changes(id) ON DELETE SET NULL
      ) STRICT;
      CREATE INDEX issuer_aliases_canonical ON issuer_aliases(canonical);

      ALTER TABLE corrections ADD COLUMN issuer_change_id INTEGER REFERENCES issuer_changes(id) ON DELETE SET NULL;
      CREATE INDEX corrections_issuer_change ON corrections(issuer_change_id);
    `)
  },
}

// Files whose reading crashed, ran out of memory or time: remembered by content so that the
// inbox (and any later import) refuses them at once instead of running them again.
import type { Migration } from './types'

export const migration0004: Migration = {
  version: 4,
  name: 'quarantine',
  up(db) {
    db.exec(`
      CREATE TABLE quarantine (
        sha256 TEXT PRIMARY KEY,
        file TEXT NOT NULL,
        code TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL
      ) STRICT;
    `)
  },
}

// Where each block of a document came from (issue 12, item 5): a JSON array parallel to
// blocks_json, one { lineFrom, lineTo, boxes?: [{ page, x0, x1, top, bottom }] } per block, so
// a document can be shown beside its original page. NULL when not known: documents imported
// before this step, or whose body was edited by hand since (the blocks no longer match).
import type { Migration } from './types'

export const migration0006: Migration = {
  version: 6,
  name: 'block-sources',
  up(db) {
    db.exec(`ALTER TABLE documents ADD COLUMN sources_json TEXT;`)
  },
}

// Search support: per-document search keys (title, issuer, date, pinyin) kept by the repository
// side, read-only fts5vocab views of the trigram index for 1–2 character queries, 文号 part index.
import { refreshSearchIndex } from '../../search/keys'
import type { Migration } from './types'

export const migration0002: Migration = {
  version: 2,
  name: 'search-index',
  up(db) {
    db.exec(`
      -- Short copies of what fuzzy, pinyin and 1–2 character title search scan: small rows keep
      -- a full scan at ~15 ms for 100,000 documents (the documents rows carry the body).
      CREATE TABLE search_keys (
        doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        issuer TEXT NOT NULL DEFAULT '',
        date TEXT,
        title_pinyin TEXT NOT NULL,
        title_initials TEXT NOT NULL,
        issuer_pinyin TEXT NOT NULL,
        issuer_initials TEXT NOT NULL
      ) STRICT;
      -- Terms and per-document instances of the trigram index (no storage of their own).
      CREATE VIRTUAL TABLE documents_fts_terms USING fts5vocab(documents_fts, row);
      CREATE VIRTUAL TABLE documents_fts_instances USING fts5vocab(documents_fts, instance);
      -- '〔2022〕28号' without an agency.
      CREATE INDEX documents_year_serial ON documents(doc_year, doc_serial);
    `)
    // Archives imported before this step get their keys now (pinyin is computed in TypeScript).
    const ids = db.prepare('SELECT id FROM documents').pluck().all() as number[]
    refreshSearchIndex(db, ids)
  },
}

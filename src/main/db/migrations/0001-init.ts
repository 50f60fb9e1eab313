// Initial schema: gazettes, issues, sections, documents (+ FTS5 trigram index), citations,
// stored original files and the import log.
import type { Migration } from './types'

export const migration0001: Migration = {
  version: 1,
  name: 'init',
  up(db) {
    db.exec(`
      CREATE TABLE gazettes (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE
      ) STRICT;

      -- AUTOINCREMENT: a replaced issue's ids are never reused, so a stale id cannot open another document.
      CREATE TABLE issues (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        gazette_id INTEGER NOT NULL REFERENCES gazettes(id),
        year INTEGER NOT NULL,
        issue_no INTEGER NOT NULL,
        total_no INTEGER,
        published_on TEXT,
        publisher TEXT,
        imported_at TEXT NOT NULL,
        toc_json TEXT NOT NULL DEFAULT '[]',
        warnings_json TEXT NOT NULL DEFAULT '[]',
        UNIQUE (gazette_id, year, issue_no)
      ) STRICT;
      CREATE INDEX issues_year ON issues(year, issue_no);

      CREATE TABLE sections (
        id INTEGER PRIMARY KEY,
        issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        name TEXT NOT NULL,
        UNIQUE (issue_id, ord)
      ) STRICT;

      CREATE TABLE documents (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        doc_number TEXT,
        doc_number_raw TEXT,
        agency TEXT,
        doc_year INTEGER,
        doc_serial INTEGER,
        title TEXT NOT NULL,
        toc_title TEXT,
        category TEXT,
        doc_type TEXT,
        issuer TEXT,
        issuers_json TEXT NOT NULL DEFAULT '[]',
        recipients TEXT,
        date TEXT,
        public INTEGER NOT NULL DEFAULT 0,
        toc_page INTEGER,
        consult_unit TEXT,
        consult_phone TEXT,
        attachments_json TEXT NOT NULL DEFAULT '[]',
        blocks_json TEXT NOT NULL DEFAULT '[]',
        body_text TEXT NOT NULL DEFAULT '',
        UNIQUE (issue_id, seq)
      ) STRICT;
      CREATE INDEX documents_doc_number ON documents(doc_number);
      CREATE INDEX documents_date ON documents(date);
      CREATE INDEX documents_issuer ON documents(issuer);
      CREATE INDEX documents_category ON documents(category);
      CREATE INDEX documents_doc_type ON documents(doc_type);
      -- 文号 in natural order: agency, year, then serial as a number.
      CREATE INDEX documents_doc_sort ON documents(agency, doc_year, doc_serial);

      -- Full text over title, 文号, issuer and body; trigram gives substring matches in Chinese.
      CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, doc_number, issuer, body_text,
        content='documents', content_rowid='id', tokenize='trigram'
      );
      CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, doc_number, issuer, body_text)
        VALUES (new.id, new.title, new.doc_number, new.issuer, new.body_text);
      END;
      CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, doc_number, issuer, body_text)
        VALUES ('delete', old.id, old.title, old.doc_number, old.issuer, old.body_text);
      END;
      CREATE TRIGGER documents_au AFTER UPDATE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, doc_number, issuer, body_text)
        VALUES ('delete', old.id, old.title, old.doc_number, old.issuer, old.body_text);
        INSERT INTO documents_fts(rowid, title, doc_number, issuer, body_text)
        VALUES (new.id, new.title, new.doc_number, new.issuer, new.body_text);
      END;

      -- 文号 a document's text cites; resolved to a target by doc_number at query time.
      CREATE TABLE citations (
        source_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        doc_number TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (source_id, position)
      ) STRICT;
      CREATE INDEX citations_doc_number ON citations(doc_number);

      -- Originals kept inside the archive folder, addressed by content.
      CREATE TABLE source_files (
        id INTEGER PRIMARY KEY,
        issue_id INTEGER REFERENCES issues(id) ON DELETE SET NULL,
        sha256 TEXT NOT NULL UNIQUE,
        original_name TEXT NOT NULL,
        stored_path TEXT NOT NULL,
        size INTEGER NOT NULL,
        media_type TEXT NOT NULL,
        imported_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX source_files_issue ON source_files(issue_id);

      CREATE TABLE import_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        file TEXT NOT NULL,
        sha256 TEXT,
        outcome TEXT NOT NULL CHECK (outcome IN ('imported', 'replaced', 'skipped', 'failed')),
        issue_id INTEGER,
        message TEXT NOT NULL DEFAULT '',
        warnings_json TEXT NOT NULL DEFAULT '[]'
      ) STRICT;
    `)
  },
}

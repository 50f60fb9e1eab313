// Lists and the browse tree on 100,000 documents (issue 16): a document row holds its body, so a
// query that must read rows walks gigabytes. These indexes carry what filtering by 栏目, 文种 or
// 发文机关 and sorting by 期, date or 文号 need (issue, seq, date), so those queries never read a row.
import type { Migration } from './types'

export const migration0012: Migration = {
  version: 12,
  name: 'catalogue-list-indexes',
  up(db) {
    db.exec(`
      DROP INDEX documents_category;
      CREATE INDEX documents_category ON documents(category, issue_id, seq, date);
      DROP INDEX documents_doc_type;
      CREATE INDEX documents_doc_type ON documents(doc_type, issue_id, seq, date);
      DROP INDEX documents_issuer;
      CREATE INDEX documents_issuer ON documents(issuer, issue_id, seq, date);
      DROP INDEX documents_date;
      CREATE INDEX documents_date ON documents(date, issue_id, seq);
      DROP INDEX documents_doc_sort;
      CREATE INDEX documents_doc_sort ON documents(agency, doc_year, doc_serial, issue_id, seq);
    `)
  },
}

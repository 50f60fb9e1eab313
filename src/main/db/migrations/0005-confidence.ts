// Each document's confidence (0–1) and its reasons, as the parser judged them (issue 12):
// documents below 0.7 are doubtful and staff review them. Archives imported before this step
// have no judgement: confidence NULL, reasons '[]'.
import type { Migration } from './types'

export const migration0005: Migration = {
  version: 5,
  name: 'confidence',
  up(db) {
    db.exec(`
      ALTER TABLE documents ADD COLUMN confidence REAL CHECK (confidence IS NULL OR (confidence >= 0 AND confidence <= 1));
      -- [{ "code": "NO_DATE", "message": "未找到成文日期" }, …]
      ALTER TABLE documents ADD COLUMN reasons_json TEXT NOT NULL DEFAULT '[]';
      CREATE INDEX documents_confidence ON documents(confidence) WHERE confidence IS NOT NULL;
    `)
  },
}

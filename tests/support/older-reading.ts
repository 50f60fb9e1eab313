// Turns a freshly imported issue into what an older importer would have stored from the same
// original: one document lost (the rest renumbered), a title cut short, a 栏目 wrong, and no
// confidence kept. Only the documents table is touched; the original and its record stay.
import type { Database } from 'better-sqlite3'

export interface Aged {
  lost: { docNumber: string; title: string }
  cutTitle: { docNumber: string; title: string; stored: string }
  wrongCategory: { docNumber: string; category: string; stored: string }
}

interface Row {
  id: number
  seq: number
  doc_number: string
  title: string
  category: string
}

function row(db: Database, issueId: number, docNumber: string): Row {
  const r = db.prepare('SELECT id, seq, doc_number, title, category FROM documents WHERE issue_id = ? AND doc_number = ?').get(issueId, docNumber)
  if (!r) throw new Error(`not held: ${docNumber}`)
  return r as Row
}

export function ageIssue(
  db: Database,
  issueId: number,
  pick = { lose: '兴政办函〔2022〕6号', cut: '兴政发〔2022〕10号', recategorise: '兴政函〔2022〕35号' },
): Aged {
  const lost = row(db, issueId, pick.lose)
  const cut = row(db, issueId, pick.cut)
  const moved = row(db, issueId, pick.recategorise)
  const stored = cut.title.slice(0, 8)
  const wrong = '县政府办公室文件' === moved.category ? '县政府文件' : '县政府办公室文件'
  db.transaction(() => {
    db.prepare('DELETE FROM documents WHERE id = ?').run(lost.id)
    // Two steps: UNIQUE (issue_id, seq) is checked row by row.
    db.prepare('UPDATE documents SET seq = seq + 100000 WHERE issue_id = ? AND seq > ?').run(issueId, lost.seq)
    db.prepare('UPDATE documents SET seq = seq - 100001 WHERE issue_id = ? AND seq > 100000').run(issueId)
    db.prepare('UPDATE documents SET title = ? WHERE id = ?').run(stored, cut.id)
    db.prepare('UPDATE documents SET category = ? WHERE id = ?').run(wrong, moved.id)
    db.prepare(`UPDATE documents SET confidence = NULL, reasons_json = '[]' WHERE issue_id = ?`).run(issueId)
  })()
  return {
    lost: { docNumber: lost.doc_number, title: lost.title },
    cutTitle: { docNumber: cut.doc_number, title: cut.title, stored },
    wrongCategory: { docNumber: moved.doc_number, category: moved.category, stored: wrong },
  }
}

/**
 * What an older importer did with an attachment's heading: took it for one more document at the
 * end of the issue (no 文号, the attachment's text as its body). Returns its title.
 */
export function addInventedDocument(db: Database, issueId: number, title = '兴县农村“厕所革命”实施方案'): string {
  const seq = (db.prepare('SELECT MAX(seq) FROM documents WHERE issue_id = ?').pluck().get(issueId) as number) + 1
  const blocks = [{ kind: 'paragraph', text: '为深入推进农村人居环境整治，制定本方案。' }]
  db.prepare(
    `INSERT INTO documents (issue_id, seq, title, blocks_json, body_text, confidence) VALUES (?, ?, ?, ?, ?, 0.95)`,
  ).run(issueId, seq, title, JSON.stringify(blocks), blocks[0].text)
  return title
}

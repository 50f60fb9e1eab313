// Inserts issues and documents straight into schema 0001 (used until the db engineer's saveIssue exists).
import type { Database } from 'better-sqlite3'
import { parseDocNumber } from '../../src/shared/doc-number'
import type { SampleDoc, SampleIssue } from './sample'

export type IssueRows = Omit<SampleIssue, 'documents'> & { documents: SampleDoc[] }

/** Prepared inserts for one connection; `saveIssue` returns the new document ids. */
export function issueWriter(db: Database): { saveIssue(issue: IssueRows): number[] } {
  const gazette = db.prepare('INSERT INTO gazettes(name) VALUES (?) ON CONFLICT(name) DO UPDATE SET name = name RETURNING id')
  const issue = db.prepare(
    `INSERT INTO issues(gazette_id, year, issue_no, total_no, published_on, publisher, imported_at)
     VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  )
  const doc = db.prepare(
    `INSERT INTO documents(issue_id, seq, doc_number, doc_number_raw, agency, doc_year, doc_serial,
       title, toc_title, category, doc_type, issuer, issuers_json, date, public, toc_page, body_text)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  )
  const saveIssue = (it: IssueRows): number[] => {
    const { id: gazetteId } = gazette.get(it.gazette) as { id: number }
    const publisher = it.gazette.replace(/公报$/, '办公室')
    const { id: issueId } = issue.get(gazetteId, it.year, it.issueNo, it.totalNo, it.publishedOn, publisher, new Date().toISOString()) as {
      id: number
    }
    return it.documents.map((d) => {
      const p = d.docNumber ? parseDocNumber(d.docNumber) : null
      const row = doc.get(
        issueId, d.seq, d.docNumber, d.docNumberRaw, p?.agency ?? null, p?.year ?? null, p?.serial ?? null,
        d.title, d.tocTitle, d.category, d.docType, d.issuer, JSON.stringify([d.issuer]), d.date,
        d.public ? 1 : 0, d.tocPage, d.bodyText,
      ) as { id: number }
      return row.id
    })
  }
  return { saveIssue }
}

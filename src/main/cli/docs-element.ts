// The `docs --json` element, shared by the CLI and scripts/parse-to-json.ts so the two cannot drift.
import type { DocumentSummary } from '../../shared/domain'
import { splitIssuers } from '../../shared/issuers'

/** The summary fields the element carries (issueId is internal and left out). */
export type DocsElementFields = Omit<DocumentSummary, 'issueId'>

/** The contract's keys, in its order. */
export function docsElement(d: DocsElementFields): Record<string, unknown> {
  return {
    id: d.id,
    gazette: d.gazette,
    year: d.year,
    issueNo: d.issueNo,
    totalNo: d.totalNo,
    seq: d.seq,
    docNumber: d.docNumber,
    title: d.title,
    tocTitle: d.tocTitle,
    category: d.category,
    docType: d.docType,
    issuer: d.issuer,
    recipients: d.recipients,
    date: d.date,
    public: d.public,
    tocPage: d.tocPage,
    consult: d.consult,
    // Beside the contract's keys: all issuers, and the parser's confidence with its reasons.
    issuers: d.issuers ?? splitIssuers(d.issuer),
    confidence: d.confidence ?? null,
    reasons: d.reasons ?? [],
  }
}

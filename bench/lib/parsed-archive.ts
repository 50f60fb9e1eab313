// Generates the large archive through the real pipeline: the sample parsed by parseIssue, saved by
// the importer's saveIssue (corrections replayed, search keys and relations derived).
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { Database } from 'better-sqlite3'
import { formatDocNumber, parseDocNumber } from '../../src/shared/doc-number'
import type { ParsedDocument, ParsedIssue } from '../../src/shared/domain'
import { COUNTIES, FIRST_YEAR, ISSUES_PER_YEAR, type BuildStats } from './archive'
import { SAMPLE_TXT } from '../../tests/support/sample'
import { parseIssue } from '../../src/main/importer/parse/parse-issue'
import { saveIssue } from '../../src/main/importer/save-issue'


function shiftDate(date: string | null, year: number, issueNo: number): string | null {
  if (!date) return null
  const [, m, d] = date.split('-').map(Number)
  const month = ((m - 1 + issueNo - 1) % 12) + 1
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, 28)).padStart(2, '0')}`
}

function variant(base: ParsedIssue, n: number): ParsedIssue {
  const [county, prefix] = COUNTIES[n % COUNTIES.length]
  const slot = Math.floor(n / COUNTIES.length)
  const issueNo = (slot % ISSUES_PER_YEAR) + 1
  const year = FIRST_YEAR + Math.floor(slot / ISSUES_PER_YEAR)
  const swap = (s: string): string => s.replaceAll('兴县', county).replaceAll('2022', String(year))
  const doc = (d: ParsedDocument): ParsedDocument => {
    const p = d.docNumber ? parseDocNumber(d.docNumber) : null
    const docNumber = p
      ? formatDocNumber({ agency: prefix + p.agency.slice(1), year, serial: p.serial + (issueNo - 1) * 100 })
      : null
    return {
      ...d, docNumber, docNumberRaw: docNumber, title: swap(d.title), tocTitle: d.tocTitle && swap(d.tocTitle),
      issuer: d.issuer && d.issuer.replace('兴县', county), issuers: d.issuers.map((x) => x.replace('兴县', county)),
      date: shiftDate(d.date, year, issueNo), blocks: d.blocks.map((b) => ({ ...b, text: swap(b.text) })),
      citations: [],
    }
  }
  const meta = { ...base.meta, gazette: `${county}人民政府公报`, year, issueNo, totalNo: slot + 1 }
  return { ...base, meta, toc: [], documents: base.documents.map(doc) }
}

/** Null when the parser does not read the sample (then the archive is generated from its truth). */
export async function generateParsedArchive(db: Database, count: number): Promise<BuildStats | null> {
  const base = parseIssue(readFileSync(SAMPLE_TXT, 'utf8'))
  if (base.documents.length < 40) return null
  const started = performance.now()
  let done = 0
  for (let n = 0; done < count; n++) {
    const issue = variant(base, n)
    issue.documents = issue.documents.slice(0, count - done)
    const sha256 = createHash('sha256').update(`bench-${n}`).digest('hex')
    const importedAt = new Date().toISOString()
    saveIssue(db, issue, { sha256, originalName: `${n}.txt`, storedPath: `${sha256}.txt`, size: 0, mediaType: 'text/plain', importedAt })
    done += issue.documents.length
  }
  const seconds = (performance.now() - started) / 1000
  return { documents: done, seconds, docsPerSecond: done / seconds }
}

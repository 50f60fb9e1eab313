// Generates a large archive from the sample issue: other counties, years and issues, unique 文号.
import type { Database } from 'better-sqlite3'
import { formatDocNumber, parseDocNumber } from '../../src/shared/doc-number'
import { issueWriter, type IssueRows } from './insert'
import { loadSampleIssue, type SampleDoc, type SampleIssue } from './sample'

/** County name and the one-character agency prefix its 文号 use (兴县 → 兴政发). */
export const COUNTIES: [string, string][] = [
  ['兴县', '兴'], ['岚县', '岚'], ['临县', '临'], ['方山县', '方'], ['交口县', '交'], ['石楼县', '石'],
  ['柳林县', '柳'], ['中阳县', '中'], ['静乐县', '静'], ['保德县', '保'], ['神池县', '神'], ['五寨县', '寨'],
]
export const ISSUES_PER_YEAR = 8
export const FIRST_YEAR = 2000

function shiftDate(date: string, year: number, issueNo: number): string {
  const [, m, d] = date.split('-').map(Number)
  const month = ((m - 1 + issueNo - 1) % 12) + 1
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, 28)).padStart(2, '0')}`
}

function variantDoc(d: SampleDoc, county: string, prefix: string, year: number, issueNo: number): SampleDoc {
  const swap = (s: string): string => s.replaceAll('兴县', county).replaceAll('2022', String(year))
  const p = parseDocNumber(d.docNumber)
  // Serials grow by 100 per issue so every 文号 stays unique within an agency and year.
  const docNumber = p
    ? formatDocNumber({ agency: prefix + p.agency.slice(1), year, serial: p.serial + (issueNo - 1) * 100 })
    : d.docNumber
  return {
    ...d,
    docNumber,
    docNumberRaw: docNumber,
    title: swap(d.title),
    tocTitle: d.tocTitle ? swap(d.tocTitle) : null,
    issuer: d.issuer.replace('兴县', county),
    date: shiftDate(d.date, year, issueNo),
    bodyText: swap(d.bodyText),
  }
}

/** The n-th generated issue (n from 0): counties rotate fastest, then issue numbers, then years. */
export function variantIssue(base: SampleIssue, n: number): IssueRows {
  const [county, prefix] = COUNTIES[n % COUNTIES.length]
  const slot = Math.floor(n / COUNTIES.length)
  const issueNo = (slot % ISSUES_PER_YEAR) + 1
  const year = FIRST_YEAR + Math.floor(slot / ISSUES_PER_YEAR)
  return {
    gazette: `${county}人民政府公报`,
    year,
    issueNo,
    totalNo: slot + 1,
    publishedOn: shiftDate(base.publishedOn, year, issueNo),
    documents: base.documents.map((d) => variantDoc(d, county, prefix, year, issueNo)),
  }
}

export interface BuildStats {
  documents: number
  seconds: number
  docsPerSecond: number
}

/**
 * Fills `db` (schema migrated) with `count` documents, one transaction per issue as an import does;
 * `afterIssue` runs inside that transaction with the new ids (the search-index hook).
 */
export function generateArchive(
  db: Database,
  count: number,
  afterIssue: (db: Database, ids: number[]) => void = () => {},
): BuildStats {
  const base = loadSampleIssue()
  const writer = issueWriter(db)
  const save = db.transaction((issue: IssueRows) => afterIssue(db, writer.saveIssue(issue)))
  const started = performance.now()
  let done = 0
  for (let n = 0; done < count; n++) {
    const issue = variantIssue(base, n)
    issue.documents = issue.documents.slice(0, count - done)
    save(issue)
    done += issue.documents.length
  }
  const seconds = (performance.now() - started) / 1000
  return { documents: done, seconds, docsPerSecond: done / seconds }
}

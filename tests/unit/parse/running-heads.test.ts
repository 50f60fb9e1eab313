// An issue without its cover or its 目录 (an extract, or pages lost in scanning and re-saving):
// the running heads on every page still name the gazette, its 期 and the section.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { TruthDoc } from '../../../bench/lib/accuracy-score'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { readSource } from '../../../src/main/importer/read/read-source'
import { REPO_ROOT } from '../../support/sample'

const LAYOUT = 'county-1col-heads' // heads alternate: the gazette and its 期 / the section
const DIR = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning', LAYOUT)
const PDF = join(DIR, `${LAYOUT}.pdf`)
const truth = JSON.parse(readFileSync(join(DIR, `${LAYOUT}.truth.json`), 'utf8')) as { gazette: string; year: number; issueNo: number; documents: TruthDoc[] }
const work = mkdtempSync(join(tmpdir(), 'heads-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** The fixture with only `keep` of its pages (1-based), cut with poppler as a person would. */
function pagesOf(name: string, keep: (page: number) => boolean): string {
  const parts = mkdtempSync(join(work, 'p-'))
  execFileSync('pdfseparate', [PDF, join(parts, 'p-%03d.pdf')])
  const files = readdirSync(parts).sort().filter((_, i) => keep(i + 1))
  const out = join(work, name)
  execFileSync('pdfunite', [...files.map((f) => join(parts, f)), out])
  return out
}

async function parse(file: string) {
  const read = await readSource(new Uint8Array(readFileSync(file)), 'extract.pdf', { maxBytes: 50 * 1024 * 1024, timeoutMs: 60_000 })
  return parseIssue({ text: read.text, lines: read.lines })
}

describe('running heads stand in for a missing cover and 目录', () => {
  it('reads the gazette, year and 期 from the heads when the cover and 目录 are gone', async () => {
    const issue = await parse(pagesOf('bare.pdf', (p) => p > 2))
    expect(issue.meta).toMatchObject({ gazette: truth.gazette, year: truth.year, issueNo: truth.issueNo })
    expect(issue.documents.map((d) => d.title)).toEqual(truth.documents.map((d) => d.title))
  }, 120_000) // pdfunite copies the fonts into every page: a 17 MB extract of a 0.5 MB issue

  it('takes each document\'s section from the section head over its pages, and flags what it cannot', async () => {
    const issue = await parse(pagesOf('notoc.pdf', (p) => p !== 2))
    expect(issue.toc).toEqual([])
    const docs = issue.documents
    expect(docs.map((d) => d.title)).toEqual(truth.documents.map((d) => d.title))
    const set = docs.filter((d) => d.category !== null)
    expect(set.length).toBeGreaterThanOrEqual(13)
    for (const d of set) expect(d.category, d.title).toBe(truth.documents[d.seq - 1].category)
    for (const d of docs.filter((x) => x.category === null)) expect(d.reasons?.map((r) => r.code)).toContain('NO_CATEGORY')
  }, 120_000) // pdfunite copies the fonts into every page: a 17 MB extract of a 0.5 MB issue
})

// Ruled tables in a typeset issue (tests/fixtures/typeset/tuning/county-tables, arranged from the
// sample's own texts): read from the PDF's cell geometry and from the Word file, each row is one
// table-row block with its cells joined by a tab, as the truth gives it.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { readSource } from '../../../src/main/importer/read/read-source'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import type { ParsedIssue } from '../../../src/shared/domain'

const DIR = path.resolve(process.cwd(), 'tests/fixtures/typeset/tuning/county-tables')
const truth = JSON.parse(readFileSync(path.join(DIR, 'county-tables.truth.json'), 'utf8')) as {
  documents: { seq: number; docNumber: string; paragraphs: string[] }[]
}

/** Cells compared after NFKC with layout spaces removed; the tabs between cells count. */
const cells = (row: string): string => row.split('\t').map((c) => c.normalize('NFKC').replace(/\s+/g, '')).join('\t')

async function parse(ext: string): Promise<ParsedIssue> {
  const file = path.join(DIR, `county-tables.${ext}`)
  const src = await readSource(new Uint8Array(readFileSync(file)), file)
  return parseIssue({ text: src.text, lines: src.lines })
}

/** Each truth document's table rows as the import gives them (by 文号). */
function rowsByDoc(issue: ParsedIssue): Map<number, string[]> {
  const out = new Map<number, string[]>()
  for (const t of truth.documents) {
    const doc = issue.documents.find((d) => d.docNumber === t.docNumber)
    out.set(t.seq, doc ? doc.blocks.filter((b) => b.kind === 'tableRow').map((b) => cells(b.text)) : [])
  }
  return out
}

const wanted = new Map(truth.documents.map((d) => [d.seq, d.paragraphs.filter((p) => p.includes('\t')).map(cells)]))

describe('ruled tables, PDF and Word alike', () => {
  let pdf: Map<number, string[]>
  let docx: Map<number, string[]>
  beforeAll(async () => {
    pdf = rowsByDoc(await parse('pdf'))
    docx = rowsByDoc(await parse('docx'))
  })

  it('the fixture has tables in three documents, one of four columns with long cells', () => {
    expect([...wanted.values()].map((rows) => rows.length)).toEqual([0, 3, 17, 9])
    expect(wanted.get(4)?.[0]).toBe('序号\t重点任务\t主要内容\t责任单位')
  })

  it('PDF: every row once, in order, its cells joined by a tab (wrapped cells whole, the repeated header dropped)', () => {
    for (const [seq, rows] of wanted) expect(pdf.get(seq), `document ${seq}`).toEqual(rows)
  })

  it('a table in one column of a two-column page keeps its empty cells', () => {
    expect(pdf.get(2)).toContain(cells('一、传统技艺（共计1项）\t\t'))
  })

  it('Word gives the same rows', () => {
    expect(docx).toEqual(pdf)
  })
})

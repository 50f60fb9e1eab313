// A whole issue as OFD, made from a typeset PDF fixture by our OFD writer (the same text items at
// the same places): it imports with the same documents and fields as the PDF itself.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseIssue } from '../../../src/main/importer/parse/parse-issue'
import { readSource, type SourceText } from '../../../src/main/importer/read/read-source'
import type { ParsedIssue } from '../../../src/shared/domain'
import { pdfToOfd } from '../../support/pdf-to-ofd'

const PDF = join(__dirname, '../../fixtures/typeset/tuning/city-pdfkit-2col/city-pdfkit-2col.pdf')

// XML cannot carry control characters: a NUL pdf.js reads in the PDF's text is not in the OFD.
const clean = <T>(x: T): T => JSON.parse(JSON.stringify(x).replace(/\\u00[01][0-9a-f]/g, (m) => (m === '\\u000a' || m === '\\u0009' ? m : ''))) as T
const fields = (issue: ParsedIssue) =>
  clean(issue.documents.map((d) => ({ docNumber: d.docNumber, title: d.title, issuer: d.issuer, date: d.date, category: d.category, tocPage: d.tocPage, blocks: d.blocks })))

describe('a two-column issue as OFD', () => {
  let fromPdf: SourceText
  let fromOfd: SourceText
  beforeAll(async () => {
    const pdf = new Uint8Array(readFileSync(PDF))
    fromPdf = await readSource(pdf, 'issue.pdf')
    fromOfd = await readSource(await pdfToOfd(pdf), 'issue.ofd')
  }, 120_000)

  it('reads to the PDF’s lines, columns and pages', () => {
    expect(fromOfd.mediaType).toBe('application/ofd')
    const shape = (src: SourceText) => clean(src.lines.map((l) => [l.text, l.layout?.page, l.layout?.column, l.layout?.font]))
    expect(shape(fromOfd)).toEqual(shape(fromPdf))
  })

  it('parses to the same documents and fields', () => {
    const pdf = clean(fromPdf)
    const a = parseIssue({ text: pdf.text, lines: pdf.lines })
    const b = parseIssue({ text: fromOfd.text, lines: fromOfd.lines })
    expect(a.documents.length).toBeGreaterThan(3)
    expect(fields(b)).toEqual(fields(a))
    expect(clean({ ...b, documents: [] })).toEqual(clean({ ...a, documents: [] }))
  })
})

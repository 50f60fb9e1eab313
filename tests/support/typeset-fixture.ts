// A typeset layout's files (tests/fixtures/typeset/{tuning,held-out}/LAYOUT/), and its PDF read and
// parsed as the importer does, for the genre tests that check one layout's pages.
import { readFileSync } from 'node:fs'
import { readPdf, type PdfText } from '../../src/main/importer/read/read-pdf'
import { parseIssue } from '../../src/main/importer/parse/parse-issue'
import type { ParsedIssue } from '../../src/shared/domain'
import { typesetFile } from './typeset-files'

export { typesetFile }

/** The layout's PDF as the reader gives it, and the issue the parser makes of it. */
export async function readTypesetPdf(layout: string, split = 'tuning'): Promise<{ pdf: PdfText; issue: ParsedIssue }> {
  const pdf = await readPdf(new Uint8Array(readFileSync(typesetFile(layout, 'pdf', split))), 'a.pdf', new AbortController().signal)
  return { pdf, issue: parseIssue({ text: pdf.text, lines: pdf.lines }) }
}

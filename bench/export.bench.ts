// Export benchmark: the longest sample document, cold (fonts parsed) and warm, and bytes per page;
// the same document as PDF/A-2b (with its conformance check) and as OFD; the sample issue's PDF
// made into OFD and imported: the same documents and fields as the PDF.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createPdfExporter, defaultFontsDir, type PdfExporter } from '../src/main/export/export-pdf'
import { checkPdfA } from '../src/main/export/pdfa-check'
import { parseIssue } from '../src/main/importer/parse/parse-issue'
import { readSource } from '../src/main/importer/read/read-source'
import { ALL_SAMPLE_NUMBERS, sampleDocument } from '../tests/unit/export/helpers'
import { pdfToOfd } from '../tests/support/pdf-to-ofd'

type Doc = ReturnType<typeof sampleDocument>

async function warmMedian(work: () => Promise<Buffer>): Promise<{ median: number; bytes: Buffer }> {
  let bytes = await work()
  const warm: number[] = []
  for (let k = 0; k < 5; k++) {
    const t = performance.now()
    bytes = await work()
    warm.push(performance.now() - t)
  }
  return { median: warm.sort((a, b) => a - b)[2], bytes }
}

async function archival(exporter: PdfExporter, doc: Doc): Promise<void> {
  const pdfa = await warmMedian(() => exporter.exportDocument(doc, { pdfa: true }))
  const check = checkPdfA(pdfa.bytes)
  console.log(`PDF/A warm   ${pdfa.median.toFixed(0)} ms (target < 500), check ${check.ok ? 'passed' : check.problems.join('; ')}`)
  const ofd = await warmMedian(() => exporter.exportDocumentsOfd([doc]))
  console.log(`OFD warm     ${ofd.median.toFixed(0)} ms (target < 500), ${(ofd.bytes.length / 1024).toFixed(0)} KB`)
}

/** The sample issue's PDF as OFD, both imported and parsed: documents whose fields differ. */
async function issueAsOfd(): Promise<void> {
  const pdf = new Uint8Array(readFileSync(join(__dirname, '../tests/fixtures/files/xingxian-2022-02.pdf')))
  let t = performance.now()
  const ofd = await pdfToOfd(pdf)
  const made = performance.now() - t
  t = performance.now()
  const fromOfd = await readSource(ofd, 'issue.ofd')
  const readMs = performance.now() - t
  const fromPdf = await readSource(pdf, 'issue.pdf')
  const fields = (src: typeof fromPdf): string[] =>
    parseIssue({ text: src.text, lines: src.lines }).documents.map((d) => JSON.stringify([d.docNumber, d.title, d.issuer, d.date, d.category, d.tocPage, d.blocks]))
  const [a, b] = [fields(fromPdf), fields(fromOfd)]
  const differ = a.filter((x, i) => x !== b[i]).length
  console.log(`issue OFD    made in ${made.toFixed(0)} ms, ${(ofd.length / 1024).toFixed(0)} KB, read in ${readMs.toFixed(0)} ms`)
  console.log(`issue OFD    ${b.length} documents (PDF ${a.length}), ${differ} differ in fields or body; text ${fromOfd.text === fromPdf.text ? 'identical' : 'differs'}`)
}

export async function run(): Promise<void> {
  const docs = ALL_SAMPLE_NUMBERS.map(sampleDocument)
  const size = (d: (typeof docs)[number]): number => d.blocks.reduce((s, b) => s + b.text.length, 0)
  const longest = docs.reduce((a, b) => (size(b) > size(a) ? b : a))
  const exporter = createPdfExporter({ fontsDir: defaultFontsDir(), preferSystemFonts: false })
  let t = performance.now()
  const cold = await exporter.exportDocument(longest)
  const coldMs = performance.now() - t
  const warm: number[] = []
  let bytes = cold
  for (let k = 0; k < 5; k++) {
    t = performance.now()
    bytes = await exporter.exportDocument(longest)
    warm.push(performance.now() - t)
  }
  const pages = (bytes.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length
  const median = warm.sort((a, b) => a - b)[2]
  console.log(`document     ${longest.docNumber} (${size(longest)} characters, ${pages} pages)`)
  console.log(`cold         ${coldMs.toFixed(0)} ms`)
  console.log(`warm median  ${median.toFixed(0)} ms (target < 500)`)
  console.log(`size         ${(bytes.length / 1024).toFixed(0)} KB, ${(bytes.length / 1024 / pages).toFixed(1)} KB/page (target < 60)`)
  await archival(exporter, longest)
  await issueAsOfd()
}

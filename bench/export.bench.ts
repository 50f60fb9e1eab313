// Export benchmark: the longest sample document, cold (fonts parsed) and warm, and bytes per page.
import { performance } from 'node:perf_hooks'
import { createPdfExporter, defaultFontsDir } from '../src/main/export/export-pdf'
import { ALL_SAMPLE_NUMBERS, sampleDocument } from '../tests/unit/export/helpers'

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
}

// Prints the lines the PDF reader hands the parser (page, column, baseline, size, text), to see
// how a page was read: npx tsx scripts/pdf-lines.ts FILE.pdf [PAGE]
import { readFileSync } from 'node:fs'
import { readPdf } from '../src/main/importer/read/read-pdf'

const file = process.argv[2]
const only = process.argv[3] ? Number(process.argv[3]) : null
if (!file) {
  console.error('usage: npx tsx scripts/pdf-lines.ts FILE.pdf [PAGE]')
  process.exit(2)
}
void readPdf(new Uint8Array(readFileSync(file)), file, new AbortController().signal).then((r) => {
  r.lines.forEach((l, i) => {
    const at = l.layout
    if (only !== null && at?.page !== only) return
    const where = at ? `p${at.page} c${at.column}/${at.columns}${at.spans ? 's' : ''} y${Math.round(at.y)} ${at.size.toFixed(1)}pt x${Math.round(at.x0)}-${Math.round(at.x1)} in${at.indent} ${at.align}${at.gapBefore ? ` gap${at.gapBefore}` : ''}` : ''
    console.log(i, where, JSON.stringify(l.text))
  })
})

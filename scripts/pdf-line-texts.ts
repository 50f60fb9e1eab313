// Dev tool: the PDF reader's line texts of every typeset PDF, one file per layout, to diff the
// reader before and after a change (whitespace included: the bench ignores it, a title does not).
// npx tsx scripts/pdf-line-texts.ts OUTDIR [tuning|held-out|perf …]   (default: tuning held-out)
// Compare two runs with scripts/pdf-line-texts.ts's output: `diff -r BEFORE AFTER`. Held-out
// layouts: count their changed lines only (diff -r … | grep -c '^[<>]'), never read them.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readPdf } from '../src/main/importer/read/read-pdf'

const ROOT = join(__dirname, '..', 'tests', 'fixtures', 'typeset')
const [out, ...splits] = process.argv.slice(2)
if (!out) {
  console.error('usage: npx tsx scripts/pdf-line-texts.ts OUTDIR [split…]')
  process.exit(2)
}

async function main(): Promise<void> {
  for (const split of splits.length ? splits : ['tuning', 'held-out']) {
    mkdirSync(join(out, split), { recursive: true })
    for (const layout of readdirSync(join(ROOT, split)).sort()) {
      const file = join(ROOT, split, layout, `${layout}.pdf`)
      if (!existsSync(file)) continue
      const r = await readPdf(new Uint8Array(readFileSync(file)), file, new AbortController().signal)
      writeFileSync(join(out, split, `${layout}.lines`), r.lines.map((l) => `p${l.layout?.page ?? 0}\t${l.text}`).join('\n') + '\n')
    }
  }
}
void main()

// poppler's pdftoppm, run for the OCR tests' page images. Without poppler-data it cannot map the
// typeset PDFs' CJK fonts (Adobe-GB1) and draws their pages with no hanzi at all, quietly: the OCR
// then reads nothing and the tests fail far from the cause. Here that is said at once.
import { spawnSync } from 'node:child_process'

export function pdftoppm(args: string[]): void {
  const r = spawnSync('pdftoppm', args, { encoding: 'utf8' })
  if (r.error) throw new Error(`pdftoppm could not run (apt-get install poppler-utils poppler-data): ${r.error.message}`)
  if (/Missing language pack/.test(r.stderr)) throw new Error(`pdftoppm lacks the CJK mappings, so pages render without hanzi: apt-get install poppler-data (${r.stderr.trim().split('\n')[0]})`)
  if (r.status !== 0) throw new Error(`pdftoppm failed (${r.status}): ${r.stderr.trim()}`)
}

// Dev tool: the txt rows of the accuracy bench (summary only: found, fields, paragraphs whole), for
// every tuning and held-out layout, in one process: quicker than the whole bench between changes.
// npx tsx scripts/txt-rows.ts [layout…]   (TXT_ROWS_TIME=1: each layout's time on stderr)
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { silentLogger } from '../src/main/log'
import { createServices } from '../src/main/services'
import { score, type OutDoc, type TruthDoc } from '../bench/lib/accuracy-score'

const ROOT = join(__dirname, '..', 'tests', 'fixtures', 'typeset')
/** The form scored: txt, or layout.txt (pdftotext -layout) with TXT_ROWS_EXT=layout.txt. */
const EXT = process.env.TXT_ROWS_EXT ?? 'txt'

async function row(split: string, layout: string): Promise<string | null> {
  const file = join(ROOT, split, layout, `${layout}.${EXT}`)
  if (!existsSync(file)) return null
  const truth = (JSON.parse(readFileSync(join(ROOT, split, layout, `${layout}.truth.json`), 'utf8')) as { documents: TruthDoc[] }).documents
  const dir = mkdtempSync(join(tmpdir(), 'txt-rows-'))
  const s = createServices({ dbFile: join(dir, 'archive.db'), create: true, log: silentLogger })
  try {
    const report = await s.importFiles({ sources: [{ kind: 'path', path: file }] })
    if (report.failed.length) return `${split.padEnd(8)} ${layout.padEnd(20)} failed: ${report.failed[0].error}`
    const outs: OutDoc[] = []
    for (const d of (await s.listDocuments({ sort: 'issue', offset: 0, limit: 100_000 })).items) {
      const full = await s.getDocument({ id: d.id })
      outs.push({ docNumber: d.docNumber, title: d.title, category: d.category, issuers: full.issuers, date: d.date, public: d.public, paragraphs: full.paragraphs, confidence: full.confidence, reasonCodes: (full.reasons ?? []).map((r) => r.code) })
    }
    const sc = score(outs, truth)
    const pc = Math.round((100 * sc.paragraphsWhole) / sc.paragraphsTotal)
    return `${split.padEnd(8)} ${layout.padEnd(20)} docs ${sc.found}/${sc.truthDocs} fields ${sc.fieldsRight}/${sc.fieldsTotal} paras ${sc.paragraphsWhole}/${sc.paragraphsTotal} ${pc}% invented ${sc.invented} silent ${sc.fieldsWrongSilent + sc.inventedSilent} flagged ${sc.docsDoubtful}/${sc.docsOut}`
  } finally {
    s.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

async function main(only: string[]): Promise<void> {
  for (const split of ['tuning', 'held-out']) {
    for (const layout of readdirSync(join(ROOT, split)).sort()) {
      if (only.length && !only.includes(layout)) continue
      const t0 = performance.now()
      const r = await row(split, layout)
      if (r) console.log(r)
      // TXT_ROWS_TIME=1: each layout's import time on stderr (the rows stay comparable).
      if (r && process.env.TXT_ROWS_TIME) console.error(`${layout.padEnd(24)} ${Math.round(performance.now() - t0)} ms`)
    }
  }
}

void main(process.argv.slice(2))

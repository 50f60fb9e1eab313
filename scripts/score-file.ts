// Dev tool: import one file through the real service and score it against a layout's truth.json,
// for trying a tuning layout's issue in another form (pdftotext -layout, -raw, an edited copy).
// npx tsx scripts/score-file.ts FILE TRUTH.json [--detail]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { silentLogger } from '../src/main/log'
import { createServices } from '../src/main/services'
import { score, wrongFields, type OutDoc, type TruthDoc } from '../bench/lib/accuracy-score'

async function main(): Promise<void> {
  const [file, truthFile] = process.argv.slice(2)
  const truth = (JSON.parse(readFileSync(truthFile, 'utf8')) as { documents: TruthDoc[] }).documents
  const dir = mkdtempSync(join(tmpdir(), 'score-file-'))
  const s = createServices({ dbFile: join(dir, 'archive.db'), create: true, log: silentLogger })
  try {
    const report = await s.importFiles({ sources: [{ kind: 'path', path: file }] })
    if (report.failed.length) throw new Error(report.failed[0].error)
    const docs = (await s.listDocuments({ sort: 'issue', offset: 0, limit: 100_000 })).items
    const outs: OutDoc[] = []
    for (const d of docs) {
      const full = await s.getDocument({ id: d.id })
      outs.push({ docNumber: d.docNumber, title: d.title, category: d.category, issuers: full.issuers, date: d.date, public: d.public, paragraphs: full.paragraphs, confidence: full.confidence, reasonCodes: (full.reasons ?? []).map((r) => r.code) })
    }
    const sc = score(outs, truth)
    console.log(`${file}: docs ${sc.found}/${sc.truthDocs}, fields ${sc.fieldsRight}/${sc.fieldsTotal}, paragraphs ${sc.paragraphsWhole}/${sc.paragraphsTotal}, invented ${sc.invented}, silent ${sc.fieldsWrongSilent + sc.inventedSilent}, flagged ${sc.docsDoubtful}/${sc.docsOut}`)
    if (process.argv.includes('--detail')) for (const d of wrongFields(outs, truth).detail) console.log(d)
  } finally {
    s.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
void main()

// Prints the truth paragraphs of a typeset fixture that do not come out whole, with what came out
// around them. Usage: npx tsx scripts/paragraph-misses.ts tests/fixtures/typeset/tuning/X/X.txt
// Tuning layouts only: held-out layouts are never debugged on.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { silentLogger } from '../src/main/log'
import { createServices } from '../src/main/services'
import { norm, type TruthDoc } from '../bench/lib/accuracy-score'

async function main(file: string): Promise<void> {
  if (file.includes('held-out')) throw new Error('held-out layouts are never debugged on')
  const truthFile = file.replace(/(\.layout)?\.(txt|pdf|docx)$/, '.truth.json')
  const truth = (JSON.parse(readFileSync(truthFile, 'utf8')) as { documents: TruthDoc[] }).documents
  const dir = mkdtempSync(join(tmpdir(), 'pm-'))
  const s = createServices({ dbFile: join(dir, 'a.db'), create: true, log: silentLogger })
  try {
    await s.importFiles({ sources: [{ kind: 'path', path: file }] })
    const docs = (await s.listDocuments({ sort: 'issue', offset: 0, limit: 100_000 })).items
    const outs = await Promise.all(docs.map(async (d) => ({ d, full: await s.getDocument({ id: d.id }) })))
    // Documents matched as the accuracy bench matches them: by 文号, else by title, each used once.
    const used = new Set<number>()
    const numberOf = (x: string | null): string => norm(x).replace(/[[(【〔]/g, '〔').replace(/[\])】〕]/g, '〕')
    const matches = (x: (typeof outs)[number], t: TruthDoc): boolean =>
      (!!t.docNumber && !!x.d.docNumber && numberOf(x.d.docNumber) === numberOf(t.docNumber)) ||
      norm(x.d.title) === norm(t.title) || norm(x.d.title) === norm(t.issuers.join('')) + norm(t.title)
    let miss = 0
    for (const t of truth) {
      const k = outs.findIndex((x, i) => !used.has(i) && matches(x, t))
      if (k >= 0) used.add(k)
      const o = k >= 0 ? outs[k] : undefined
      const paras = o?.full.paragraphs ?? []
      const have = new Set(paras.map(norm))
      for (const p of t.paragraphs) {
        if (have.has(norm(p))) continue
        miss++
        const head = norm(p).slice(0, 6)
        const tail = norm(p).slice(-6)
        const hits = paras.filter((q) => norm(q).includes(head) || norm(q).includes(tail))
        console.log(`\n### ${t.title.slice(0, 30)}\nTRUTH: ${p}`)
        for (const h of hits) console.log(`  OUT: ${h}`)
      }
    }
    console.log(`\n${miss} paragraphs not whole`)
  } finally {
    s.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

void main(process.argv[2])

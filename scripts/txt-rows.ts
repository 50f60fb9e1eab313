// Dev tool: the txt rows of the accuracy bench (summary only: found, fields, paragraphs whole), for
// every tuning and held-out layout, in one process: quicker than the whole bench between changes.
// npx tsx scripts/txt-rows.ts [layout…]   (TXT_ROWS_TIME=1: each layout's time on stderr)
// TXT_ROWS_DIR=WORK: the rows of a sweep's variants instead (WORK/NAME/NAME.txt, WORK/NAME/truth.json, as
// scripts/typeset/sweep_*.py build them), split 'sweep'.
// TXT_ROWS_REASONS=1: on stderr, the tuning documents flagged, their reasons, and a tally per reason
// over those all right and those with a field wrong: every flag it is in, and those it alone decides
// (without it, not doubtful: for a wrong one, a silent field).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { silentLogger } from '../src/main/log'
import { createServices } from '../src/main/services'
import { score, wrongFields, type OutDoc, type TruthDoc } from '../bench/lib/accuracy-score'
import { WEIGHTS, isDoubtful, type ReasonCode } from '../src/main/importer/parse/confidence'

const ROOT = join(__dirname, '..', 'tests', 'fixtures', 'typeset')
/** The form scored: txt, or layout.txt (pdftotext -layout) with TXT_ROWS_EXT=layout.txt. */
const EXT = process.env.TXT_ROWS_EXT ?? 'txt'
/** A sweep's folder (TXT_ROWS_DIR), scored in place of the fixtures. */
const SWEEP = process.env.TXT_ROWS_DIR

/** A layout's folder: the fixture's, or the sweep variant's. */
const folderOf = (split: string, layout: string): string => (split === 'sweep' && SWEEP ? join(SWEEP, layout) : join(ROOT, split, layout))

/** Its truth: NAME.truth.json beside a fixture, truth.json in a sweep's variant. */
const truthFile = (split: string, layout: string): string => join(folderOf(split, layout), split === 'sweep' ? 'truth.json' : `${layout}.truth.json`)

async function row(split: string, layout: string): Promise<string | null> {
  const file = join(folderOf(split, layout), `${layout}.${EXT}`)
  if (!existsSync(file)) return null
  const truth = (JSON.parse(readFileSync(truthFile(split, layout), 'utf8')) as { documents: TruthDoc[] }).documents
  const dir = mkdtempSync(join(tmpdir(), 'txt-rows-'))
  // A dev run shares the machine with others: a file's time limit is no measure here.
  const s = createServices({ dbFile: join(dir, 'archive.db'), create: true, log: silentLogger, limits: { timeoutMs: 30 * 60_000 } })
  try {
    const report = await s.importFiles({ sources: [{ kind: 'path', path: file }] })
    if (report.failed.length) return `${split.padEnd(8)} ${layout.padEnd(20)} failed: ${report.failed[0].error}`
    const outs: OutDoc[] = []
    for (const d of (await s.listDocuments({ sort: 'issue', offset: 0, limit: 100_000 })).items) {
      const full = await s.getDocument({ id: d.id })
      outs.push({ docNumber: d.docNumber, title: d.title, category: d.category, issuers: full.issuers, date: d.date, public: d.public, paragraphs: full.paragraphs, confidence: full.confidence, reasonCodes: (full.reasons ?? []).map((r) => r.code) })
    }
    const sc = score(outs, truth)
    if (process.env.TXT_ROWS_REASONS && split === 'tuning') tallyFlags(layout, outs, truth)
    const pc = Math.round((100 * sc.paragraphsWhole) / sc.paragraphsTotal)
    return `${split.padEnd(8)} ${layout.padEnd(20)} docs ${sc.found}/${sc.truthDocs} fields ${sc.fieldsRight}/${sc.fieldsTotal} paras ${sc.paragraphsWhole}/${sc.paragraphsTotal} ${pc}% invented ${sc.invented} silent ${sc.fieldsWrongSilent + sc.inventedSilent} flagged ${sc.docsDoubtful}/${sc.docsOut}`
  } finally {
    s.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Per reason code, over flagged documents all right and those with a field wrong: how many it is in, and alone decides. */
const tally = new Map<string, { right: number; rightDecides: number; wrong: number; wrongDecides: number }>()

const confidenceOf = (lost: number): number => Math.round(Math.max(0, 1 - lost) * 100) / 100

function tallyFlags(layout: string, outs: OutDoc[], truth: TruthDoc[]): void {
  for (const line of wrongFields(outs, truth).detail) {
    const m = /seq \d+ (flagged, all right|reasons): (.*)$/.exec(line)
    if (!m) continue
    const right = m[1] !== 'reasons'
    const codes = [...new Set(m[2].split(' ').filter((c) => c in WEIGHTS))] as ReasonCode[]
    const sum = codes.reduce((s, c) => s + WEIGHTS[c], 0)
    if (!isDoubtful(confidenceOf(sum))) continue
    for (const c of codes) {
      const t = tally.get(c) ?? { right: 0, rightDecides: 0, wrong: 0, wrongDecides: 0 }
      const decides = Number(!isDoubtful(confidenceOf(sum - WEIGHTS[c])))
      if (right) [t.right, t.rightDecides] = [t.right + 1, t.rightDecides + decides]
      else [t.wrong, t.wrongDecides] = [t.wrong + 1, t.wrongDecides + decides]
      tally.set(c, t)
    }
    console.error(`${layout.padEnd(24)} ${line.trim()}`)
  }
}

async function main(only: string[]): Promise<void> {
  for (const split of SWEEP ? ['sweep'] : ['tuning', 'held-out']) {
    for (const layout of readdirSync(SWEEP ?? join(ROOT, split)).sort()) {
      if (only.length && !only.includes(layout)) continue
      const t0 = performance.now()
      const r = await row(split, layout)
      if (r) console.log(r)
      // TXT_ROWS_TIME=1: each layout's import time on stderr (the rows stay comparable).
      if (r && process.env.TXT_ROWS_TIME) console.error(`${layout.padEnd(24)} ${Math.round(performance.now() - t0)} ms`)
    }
  }
  if (!process.env.TXT_ROWS_REASONS) return
  console.error('reason (tuning, flagged documents): all right in / alone decides; with a wrong field in / alone decides')
  for (const [c, t] of [...tally].sort((a, b) => b[1].rightDecides - a[1].rightDecides || b[1].right - a[1].right)) console.error(`  ${c.padEnd(24)} ${t.right} / ${t.rightDecides}; ${t.wrong} / ${t.wrongDecides}`)
}

void main(process.argv.slice(2))

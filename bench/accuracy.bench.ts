// Accuracy on issues we typeset ourselves (tests/fixtures/typeset, see its README): every layout's
// PDF, pdftotext text and Word file is imported into a fresh archive through the real service and
// scored against its truth. Tuning and held-out layouts are printed apart; results also go to
// bench/.data/accuracy.json. Then the 60-page two-column PDF: import time and peak RSS in a child.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { silentLogger } from '../src/main/log'
import { createServices } from '../src/main/services'
import { REPO_ROOT } from '../tests/support/sample'
import { paragraphMisses } from './lib/paragraph-misses'
import { score, wrongFields, type OutDoc, type Score, type TruthDoc } from './lib/accuracy-score'

const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures', 'typeset')
const SPLITS = ['tuning', 'held-out'] as const
// layout.txt: pdftotext -layout's text (both columns side by side), printed as 'ltxt'.
const FORMATS = ['pdf', 'txt', 'layout.txt', 'docx', 'doc'] as const
// ACCURACY_LAYOUTS=a,b: only these tuning layouts (no held-out, no timing case); ACCURACY_DETAIL=1:
// each wrong field of a tuning row, out against truth, and the reasons of documents flagged doubtful
// with every field right (what makes flags too broad).
const ONLY = process.env.ACCURACY_LAYOUTS?.split(',').filter(Boolean) ?? []
const DETAIL = process.env.ACCURACY_DETAIL === '1' || process.env.ACCURACY_DETAIL === '2'
// ACCURACY_DETAIL=2: also each paragraph not whole, beside the pieces it came out as.
const PARAS = process.env.ACCURACY_DETAIL === '2'

interface Row extends Score {
  split: string
  /** Tuning rows only: the fields wrong, per field, and which. */
  wrong?: ReturnType<typeof wrongFields>
  layout: string
  format: string
  ms: number
  error?: string
}

async function importOne(file: string, work: string): Promise<{ outs: OutDoc[]; ms: number; error?: string }> {
  const dir = mkdtempSync(join(work, 'a-'))
  const s = createServices({ dbFile: join(dir, 'archive.db'), create: true, log: silentLogger })
  try {
    const t = performance.now()
    const report = await s.importFiles({ sources: [{ kind: 'path', path: file }] })
    const ms = performance.now() - t
    if (report.failed.length) return { outs: [], ms, error: report.failed[0].error }
    const docs = (await s.listDocuments({ sort: 'issue', offset: 0, limit: 100_000 })).items
    const outs: OutDoc[] = []
    for (const d of docs) {
      const full = await s.getDocument({ id: d.id })
      outs.push({ docNumber: d.docNumber, title: d.title, category: d.category, issuers: full.issuers, date: d.date, public: d.public, paragraphs: full.paragraphs, confidence: full.confidence, reasonCodes: (full.reasons ?? []).map((r) => r.code) })
    }
    return { outs, ms }
  } finally {
    s.close()
  }
}

function pct(a: number, b: number): string {
  return b ? `${((100 * a) / b).toFixed(0)}%` : '—'
}

function printTable(title: string, rows: Row[]): void {
  console.log(`\n${title}`)
  console.log('layout              fmt   docs found  fields right     paragraphs whole   invented  silent  flagged  ms')
  for (const r of rows) {
    const line = [
      r.layout.padEnd(19), (r.format === 'layout.txt' ? 'ltxt' : r.format).padEnd(5),
      `${r.found}/${r.truthDocs}`.padEnd(11),
      `${r.fieldsRight}/${r.fieldsTotal} ${pct(r.fieldsRight, r.fieldsTotal)}`.padEnd(16),
      `${r.paragraphsWhole}/${r.paragraphsTotal} ${pct(r.paragraphsWhole, r.paragraphsTotal)}`.padEnd(18),
      String(r.invented).padEnd(9), `${r.fieldsWrongSilent + r.inventedSilent}`.padEnd(7), `${r.docsDoubtful}/${r.docsOut}`.padEnd(8), r.ms.toFixed(0), r.error ? ` (${r.error.slice(0, 60)})` : '',
    ]
    console.log(line.join(' '))
    const failed = Object.entries(r.wrong?.counts ?? {}).filter(([, n]) => n > 0)
    if (failed.length) console.log(`    wrong: ${failed.map(([f, n]) => `${f} ${n}`).join(', ')}`)
    if (DETAIL && r.wrong) for (const d of r.wrong.detail) console.log(d)
  }
  const sum = (k: keyof Score): number => rows.reduce((n, r) => n + r[k], 0)
  console.log(`all                       ${sum('found')}/${sum('truthDocs')}`.padEnd(37) +
    `${pct(sum('fieldsRight'), sum('fieldsTotal'))} fields, ${pct(sum('paragraphsWhole'), sum('paragraphsTotal'))} paragraphs, ${sum('invented')} invented`)
  const flagged = sum('fieldsWrong') - sum('fieldsWrongSilent')
  console.log(`doubtful: ${sum('docsDoubtful')} of ${sum('docsOut')} documents out flagged (${pct(sum('docsDoubtful'), sum('docsOut'))}), ` +
    `${sum('docsFlaggedRight')} of them with every field right`)
  console.log(`confidence: ${flagged} of ${sum('fieldsWrong')} wrong fields sit in doubtful documents (${pct(flagged, sum('fieldsWrong'))}; goal ≥ 95%), ` +
    `${sum('inventedSilent')} of ${sum('invented')} invented documents not doubtful; "silent" = wrong fields + invented documents not flagged`)
  console.log(`lost: ${sum('truthDocs') - sum('found')} documents not found, ${sum('lostSilent')} of them beside no doubtful document (the one found before it, else after it)`)
}

async function layoutRows(split: string, layout: string, work: string): Promise<Row[]> {
  const dir = join(FIXTURES, split, layout)
  const truth = (JSON.parse(readFileSync(join(dir, `${layout}.truth.json`), 'utf8')) as { documents: TruthDoc[] }).documents
  const rows: Row[] = []
  for (const format of FORMATS) {
    const file = join(dir, `${layout}.${format}`)
    if (!existsSync(file)) continue
    const { outs, ms, error } = await importOne(file, work)
    // What failed is printed for tuning layouts only: held-out layouts are never debugged on.
    const wrong = split === 'tuning' ? wrongFields(outs, truth) : undefined
    if (wrong && PARAS && format.endsWith('txt')) wrong.detail.push(...paragraphMisses(outs, truth))
    rows.push({ split, layout, format, ms, error, wrong, ...score(outs, truth) })
  }
  return rows
}

/** The newest modification time under `dir` (the sources the built worker is made from). */
function newestMtime(dir: string): number {
  let newest = 0
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) newest = Math.max(newest, statSync(join(e.parentPath, e.name)).mtimeMs)
  }
  return newest
}

/** The worker as the app ships it (out/main/file-worker.js), built first when the sources are newer. */
export function builtWorker(): string {
  const entry = join(REPO_ROOT, 'out', 'main', 'file-worker.js')
  if (!existsSync(entry) || statSync(entry).mtimeMs < newestMtime(join(REPO_ROOT, 'src'))) {
    const b = spawnSync('npx', ['electron-vite', 'build'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 300_000 })
    if (b.status !== 0) throw new Error(`electron-vite build failed: ${b.stderr.slice(-500)}`)
  }
  return entry
}

interface PerfResult { ms: number; cpuMs: number; rssMb: number; docs: number }

/** The 60-page case in a child process, so its peak RSS is its own, read by the built worker. */
function perfCase(): PerfResult | null {
  const pdf = join(FIXTURES, 'perf', 'perf-2col-60p', 'perf-2col-60p.pdf')
  if (!existsSync(pdf)) return null
  const r = spawnSync('npx', ['tsx', join(__dirname, 'lib', 'import-one.ts'), pdf, '--worker', builtWorker()], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 300_000 })
  const last = r.stdout.trim().split('\n').pop() ?? ''
  if (r.status !== 0 || !last.startsWith('{')) throw new Error(`perf case failed: ${r.stderr.slice(-500)}`)
  return JSON.parse(last) as PerfResult
}

export async function run(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'accuracy-bench-'))
  const all: Row[] = []
  try {
    for (const split of ONLY.length ? (['tuning'] as const) : SPLITS) {
      const rows: Row[] = []
      for (const layout of readdirSync(join(FIXTURES, split)).sort()) {
        if (!ONLY.length || ONLY.includes(layout)) rows.push(...(await layoutRows(split, layout, work)))
      }
      printTable(split === 'tuning' ? 'Tuning layouts' : 'Held-out layouts (never tune on these)', rows)
      all.push(...rows)
    }
    if (ONLY.length) return
    const perf = perfCase()
    if (perf) console.log(`\n60-page two-column PDF, built worker: ${perf.docs} documents in ${perf.ms.toFixed(0)} ms (CPU ${perf.cpuMs.toFixed(0)} ms), peak RSS ${perf.rssMb.toFixed(0)} MB (targets < 3000 ms, < 500 MB)`)
    mkdirSync(join(REPO_ROOT, 'bench', '.data'), { recursive: true })
    writeFileSync(join(REPO_ROOT, 'bench', '.data', 'accuracy.json'), JSON.stringify({ rows: all, perf }, null, 1))
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

// OCR benchmark: pages of typeset tuning gazettes rendered at 300 dpi, read clean and made to look
// scanned (0.7° skew, 2 % speckle, JPEG quality 60), decoded as an imported page image would be.
// Prints character accuracy (1 − character error rate against the page's pdftotext, whitespace
// and dot leaders removed), the share of printed 文号 read exactly (after repair), seconds per
// page (warm, wall and CPU) and this process's peak resident memory; then a whole issue scanned
// and imported in a child process as the app imports it (the import worker thread, a page at a
// time), scored field by field after the parser, with that process's peak resident memory.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { ocrEngine } from '../src/main/importer/ocr/engine'
import { imagePages } from '../src/main/importer/ocr/page-images'
import { repairLine } from '../src/main/importer/ocr/repair'
import { REPO_ROOT } from '../tests/support/sample'
import { CLEAN, SCANNED, imagePdf, pageTruth, renderPages, scanLook, type ScanLook } from '../tests/support/scan-pages'
import { ownMemoryMb } from './lib/process-tree'

const TUNING = join(REPO_ROOT, 'tests/fixtures/typeset/tuning')
/** A 目录 page (many 文号) and body pages with headings, citations and a signature. */
const PAGES: [string, number][] = [
  ['county-1col-heads', 2],
  ['county-1col-heads', 3],
  ['county-1col-heads', 4],
]
const DPI = 300
/** A 文号 as printed: its agency code starts after a space or a bracket (目录 lines, citations). */
const DOC_NUMBER = /(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,8}〔(?:19|20)\d{2}〕\s*\d{1,4}\s*号/g

/** The 文号 printed on a page, spaces taken out. */
function docNumbers(page: string): string[] {
  return (page.normalize('NFKC').match(DOC_NUMBER) ?? []).map((n) => n.replace(/\s+/g, ''))
}

/**
 * Whitespace and dot leaders (目录) are layout, not text; the width of punctuation is typesetting
 * (the typeset texts mix ',' and '，'), so both sides are compared in NFKC.
 */
const flat = (t: string): string => t.normalize('NFKC').replace(/\s+/g, '').replace(/[.·…。]{2,}/g, '')

function distance(a: string, b: string): number {
  const A = [...a]
  const B = [...b]
  let prev = Array.from({ length: B.length + 1 }, (_, j) => j)
  for (let i = 1; i <= A.length; i++) {
    const cur = [i]
    for (let j = 1; j <= B.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (A[i - 1] === B[j - 1] ? 0 : 1))
    prev = cur
  }
  return prev[B.length]
}

interface Tally { chars: number; errors: number; numbers: number; exact: number; ms: number[]; cpuMs: number[] }

async function readLook(look: ScanLook, png: Buffer): Promise<{ text: string; ms: number; cpuMs: number }> {
  const bytes = await scanLook(png, look)
  const pages = await imagePages(bytes)
  const page = await pages.page(1)
  const engine = await ocrEngine()
  const t = performance.now()
  const cpu = process.cpuUsage()
  const boxes = await engine.readPage(page.image)
  const ms = performance.now() - t
  const used = process.cpuUsage(cpu)
  return { text: boxes.map((b) => repairLine(b.text, b.scores).text).join('\n'), ms, cpuMs: (used.user + used.system) / 1000 }
}

function score(tally: Tally, page: string, text: string, ms: number): void {
  const got = flat(text)
  const truth = flat(page)
  tally.chars += truth.length
  tally.errors += distance(got, truth)
  const numbers = docNumbers(page)
  tally.numbers += numbers.length
  tally.exact += numbers.filter((n) => got.includes(n)).length
  tally.ms.push(ms)
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`

export async function run(): Promise<void> {
  const issue = process.env.OCR_ISSUE
  if (issue && issue !== '0') return wholeIssue(issue === '1' ? ISSUE : issue)
  const t0 = performance.now()
  await ocrEngine()
  console.log(`models loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
  const looks: [string, ScanLook][] = [['clean', CLEAN], ['scanned-looking', SCANNED]]
  const tallies = new Map(looks.map(([name]) => [name, { chars: 0, errors: 0, numbers: 0, exact: 0, ms: [], cpuMs: [] } as Tally]))
  for (const [layout, n] of PAGES) {
    const pdf = join(TUNING, layout, `${layout}.pdf`)
    const page = pageTruth(pdf, n)
    const truth = flat(page)
    const [png] = renderPages(pdf, n, n, DPI)
    for (const [name, look] of looks) {
      const { text, ms, cpuMs } = await readLook(look, png)
      const tally = tallies.get(name) as Tally
      score(tally, page, text, ms)
      tally.cpuMs.push(cpuMs)
      const missed = docNumbers(page).filter((d) => !flat(text).includes(d))
      console.log(`  ${layout} p${n} ${name}: ${pct(1 - distance(flat(text), truth) / truth.length)}, ${(ms / 1000).toFixed(1)} s (CPU ${(cpuMs / 1000).toFixed(1)} s)${missed.length ? `, 文号 missed: ${missed.join(' ')}` : ''}`)
    }
  }
  for (const [name, t] of tallies) {
    const perPage = t.ms.reduce((a, b) => a + b, 0) / t.ms.length / 1000
    const cpuPerPage = t.cpuMs.reduce((a, b) => a + b, 0) / t.cpuMs.length / 1000
    console.log(`ocr ${name}: characters ${pct(1 - t.errors / t.chars)} (${t.chars} chars, ${PAGES.length} pages at ${DPI} dpi), 文号 exact ${t.exact}/${t.numbers} (${pct(t.exact / Math.max(1, t.numbers))}), ${perPage.toFixed(1)} s/page wall, ${cpuPerPage.toFixed(1)} CPU-s/page`)
  }
  console.log(`ocr peak memory: ${Math.round(ownMemoryMb('VmHWM'))} MB resident (whole bench process); ${load()}`)
  if (issue !== '0') await wholeIssue(ISSUE)
}

const load = (): string => `load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`

/** The issue read whole: the sample's documents typeset as a 44-page county gazette. */
const ISSUE = 'county-1col-heads'

/**
 * A whole tuning issue made to look scanned, imported through the real pipeline (page rendering,
 * OCR, layout, parser) in a child process as the app imports it, in the built import worker
 * thread, one page at a time (lib/ocr-scan-child.ts); scored field by field against its truth. The peak
 * printed is that child's: the import alone. Minutes on a quiet machine: OCR_ISSUE=0 leaves it
 * out, OCR_ISSUE=1 (or a tuning layout's name) runs only it; OCR_DETAIL=1 lists the wrong fields.
 */
async function wholeIssue(layout: string): Promise<void> {
  const { score, wrongFields, FIELDS } = await import('./lib/accuracy-score')
  const { builtWorker } = await import('./accuracy.bench')
  const pdf = join(TUNING, layout, `${layout}.pdf`)
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0)
  // The scanner's JPEGs, ~0.3 MB a page, are all the bench holds; the pixels are the child's.
  const images: Buffer[] = []
  for (let n = 1; n <= count; n++) images.push(await scanLook(renderPages(pdf, n, n, DPI)[0], SCANNED))
  const dir = mkdtempSync(join(tmpdir(), 'ocr-bench-'))
  try {
    const file = join(dir, `${layout}-scan.pdf`)
    writeFileSync(file, await imagePdf(images))
    images.length = 0
    const out = join(dir, 'result.json')
    const child = [join(__dirname, 'lib/ocr-scan-child.ts'), file, out, builtWorker()]
    execFileSync(process.execPath, [...process.execArgv, ...child], { stdio: ['ignore', 'inherit', 'inherit'] })
    const r = JSON.parse(readFileSync(out, 'utf8')) as ChildResult
    const truth = JSON.parse(readFileSync(join(TUNING, layout, `${layout}.truth.json`), 'utf8')) as { documents: Parameters<typeof score>[1] }
    const s = score(r.documents, truth.documents)
    console.log(
      `ocr issue ${layout} (scanned-looking, ${count} pages): documents ${s.found}/${s.truthDocs}, fields ${pct(s.fieldsRight / s.fieldsTotal)} (${FIELDS.join(', ')}), ` +
        `paragraphs whole ${pct(s.paragraphsWhole / Math.max(1, s.paragraphsTotal))}, invented ${s.invented}, silent wrong fields ${s.fieldsWrongSilent}, ` +
        `${(r.secs / count).toFixed(1)} s/page wall, ${(r.cpuSecs / count).toFixed(1)} CPU-s/page (rendering, OCR, layout and parse), ` +
        `peak ${Math.round(r.peakMb)} MB resident (the importing process: host and built OCR worker thread); ${load()}`,
    )
    console.log(`  resident MB as each page began: ${r.pageMb.join(' ')}`)
    if (process.env.OCR_DETAIL) for (const d of wrongFields(r.documents, truth.documents).detail) console.log(`  ${d}`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

interface ChildResult {
  secs: number
  cpuSecs: number
  peakMb: number
  pageMb: number[]
  documents: Parameters<Awaited<typeof import('./lib/accuracy-score')>['score']>[0]
}

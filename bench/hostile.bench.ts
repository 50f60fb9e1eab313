// Hostile and oversized files (docs/RELIABILITY.md, round 2): each is imported by a whole CLI run
// (`npm run archive -- import FILE --db X --json`, start-up included) and the archive verified.
// Targets: every run done within 10 s with its process tree under 1.5 GB, and verify passing; and a
// slow text under a 200 ms parse limit refused within 1.5 s of CPU.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  duplicateEntryDocx,
  entryPastCountDocx,
  largeLegalDocx,
  pathologicalText,
  scrambledColumnsText,
  unlistedLocalDocx,
} from '../tests/support/hostile-files'
import { absurdPieceDoc, cyclicDoc, largeLegalDoc } from '../tests/support/doc-files'
import { realPipeline, runPipeline } from '../src/main/importer/worker/pipeline'
import { slowParseText } from '../tests/unit/reliability/bad-folder'
import { REPO_ROOT } from '../tests/support/sample'
import { runTree } from './lib/process-tree'

const CASES: [file: string, what: string, make: () => Uint8Array | string][] = [
  ['past-count.docx', 'directory entry past the declared count (419 M characters hidden)', () => entryPastCountDocx(140_000_000)],
  ['duplicate.docx', 'two entries named word/document.xml', () => duplicateEntryDocx(50_000_000)],
  ['unlisted.docx', 'a local entry no directory entry lists', unlistedLocalDocx],
  ['large.docx', 'legal Word file, 157 MB of XML', () => largeLegalDocx(157)],
  ['cyclic.doc', 'old Word file whose WordDocument sector chain is a two-sector cycle', cyclicDoc],
  ['absurd-piece.doc', 'old Word file whose piece table claims 2^30 characters', absurdPieceDoc],
  ['large.doc', 'legal old Word file, 60 M characters (120 MB of text)', () => largeLegalDoc(60_000_000)],
  ['nbsp.txt', 'a line of 80,000 non-breaking spaces', () => pathologicalText('\u00a0', 80_000)],
  ['ideographic.txt', 'a line of 100,000 ideographic spaces', () => pathologicalText('\u3000', 100_000)],
  ['scrambled-2col.txt', '80 pages of two columns line by line, 380 lines a page, numbering scrambled', () => scrambledColumnsText(80, 2)],
  ['scrambled-3col.txt', '20 pages of three columns line by line, 380 lines a page, numbering scrambled', () => scrambledColumnsText(20, 3)],
]

function outcome(stdout: string): string {
  try {
    const r = JSON.parse(stdout) as { imported: unknown[]; failed: { error: string }[] }
    return r.failed.length ? `refused: ${r.failed[0].error}` : `imported ${r.imported.length}`
  } catch {
    return 'no report (the process died)'
  }
}

export async function run(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'bench-hostile-'))
  const cli = (args: string[]): ReturnType<typeof runTree> => runTree('npm', ['run', '--silent', 'archive', '--', ...args], REPO_ROOT)
  try {
    for (const [name, what, make] of CASES) {
      const file = join(work, name)
      const bytes = make()
      writeFileSync(file, bytes)
      const db = join(work, `${name}.db`)
      const r = await cli(['import', file, '--db', db, '--json'])
      const verify = await cli(['verify', '--db', db])
      const size = `${(Buffer.byteLength(bytes) / 1024).toFixed(0)} KB`
      const ok = r.ms <= 10_000 && r.peakMb <= 1536 && verify.code === 0 ? 'ok' : 'OVER TARGET'
      console.log(`${name} (${size}, ${what})`)
      console.log(`  ${(r.ms / 1000).toFixed(1)} s, peak ${r.peakMb.toFixed(0)} MB (process tree), verify ${verify.code === 0 ? 'passed' : 'FAILED'} — ${ok}`)
      console.log(`  ${outcome(r.stdout)}`)
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
  await slowParse()
}

/** A text whose whole parse takes about 8 s of CPU, under a 200 ms limit: the CPU time to its
 * refusal shows how long the parser runs between deadline checks. Target: under 1.5 s. */
async function slowParse(): Promise<void> {
  const bytes = new TextEncoder().encode(slowParseText(400_000))
  const cpu0 = process.cpuUsage()
  const err = await runPipeline(realPipeline, bytes, 'slow.txt', { maxFileBytes: 64e6, timeoutMs: 200 }, () => {}).then(
    () => null,
    (e: unknown) => e,
  )
  const used = process.cpuUsage(cpu0)
  const ms = (used.user + used.system) / 1000
  const code = (err as { code?: string } | null)?.code ?? 'no refusal'
  console.log(`slow.txt (${(bytes.length / 1e6).toFixed(1)} MB, parse limit 200 ms)`)
  console.log(`  ${code} after ${ms.toFixed(0)} ms of CPU — ${code === 'TIMEOUT' && ms < 1500 ? 'ok' : 'OVER TARGET'}`)
}

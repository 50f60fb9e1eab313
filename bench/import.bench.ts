// Import benchmark: the sample issue in-process (median of fresh archives; target < 300 ms) and
// documents per second over a folder of 20 generated issues (the sample with other 期 numbers).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { openArchive, openMemoryArchive } from '../src/main/archive/open-archive'
import { importFiles } from '../src/main/importer/import-files'
import { SAMPLE_TXT } from '../tests/support/sample'

const SAMPLE = SAMPLE_TXT
const RUNS = 7
const COPIES = 20

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

/** The sample as issue `n` of 2022: the cover lines carry the 期 number the parser reads. */
function variant(text: string, n: number): string {
  return text.replace('2022 第2期', `2022 第${n}期`).replace('2022 年第 2 期（总第 4 期）', `2022 年第 ${n} 期（总第 ${n + 2} 期）`)
}

async function timeSample(bytes: Uint8Array, work: string): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const archive = openMemoryArchive(join(work, `mem-${i}.files`))
    const t = performance.now()
    const r = await importFiles(archive, [{ name: 'xingxian-2022-02.txt', bytes }])
    times.push(performance.now() - t)
    archive.close()
    if (r.imported.length !== 1) throw new Error(`sample did not import: ${JSON.stringify(r.failed)}`)
  }
  return times
}

async function timeFolder(text: string, work: string): Promise<{ ms: number; docs: number; issues: number }> {
  const folder = join(work, 'issues')
  mkdirSync(folder)
  for (let n = 1; n <= COPIES; n++) writeFileSync(join(folder, `xingxian-2022-${String(n).padStart(2, '0')}.txt`), variant(text, n))
  const archive = openArchive(join(work, 'archive.db'), { create: true })
  const t = performance.now()
  const r = await importFiles(archive, [folder])
  const ms = performance.now() - t
  archive.close()
  return { ms, docs: r.imported.reduce((s, i) => s + i.documents, 0), issues: r.imported.length }
}

export async function run(): Promise<void> {
  const text = readFileSync(SAMPLE, 'utf8')
  const work = mkdtempSync(join(tmpdir(), 'import-bench-'))
  try {
    const times = await timeSample(new TextEncoder().encode(text), work)
    console.log(`sample issue  median ${median(times).toFixed(1)} ms of ${RUNS} fresh archives (first ${times[0].toFixed(1)} ms; target < 300)`)
    const f = await timeFolder(text, work)
    console.log(`folder        ${f.issues} issues, ${f.docs} documents in ${f.ms.toFixed(0)} ms → ${(f.docs / (f.ms / 1000)).toFixed(0)} docs/s (file archive, originals fsynced)`)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

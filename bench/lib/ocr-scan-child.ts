// Child of the OCR bench: reads one scanned file as an import does, in the import worker thread
// (createWorkerRunner: pages rendered or taken out one at a time, OCR, layout, parse), and writes
// {secs, cpuSecs, peakMb, pageMb, documents} as JSON to the file named second. peakMb is this
// process's peak resident memory (VmHWM): the host and its OCR worker thread together, nothing
// else, as on a staff member's machine (less Electron's own). pageMb is the resident memory as
// each page began, to show growth from page to page. A third argument names the worker script
// (the built out/main/file-worker.js, as the app ships it) instead of the tsx bootstrap, whose
// compiling of pdf.js alone holds ~0.2 GB.
import { readFileSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createWorkerRunner } from '../../src/main/importer/worker/worker-runner'
import { ownMemoryMb } from './process-tree'

async function main(): Promise<void> {
  const [file, out, entry] = process.argv.slice(2)
  const bytes = new Uint8Array(readFileSync(file))
  const runner = createWorkerRunner(entry ? { entry } : {})
  const pageMb: number[] = []
  const t = performance.now()
  const cpu = process.cpuUsage()
  const limits = { maxFileBytes: 500 * 1024 * 1024, timeoutMs: 120_000, ocrPageMs: 600_000 }
  try {
    const { parsed } = await runner.run(bytes, basename(file), limits, () => undefined, () => pageMb.push(Math.round(ownMemoryMb('VmRSS'))))
    const used = process.cpuUsage(cpu)
    const secs = (performance.now() - t) / 1000
    const documents = parsed.documents.map((d) => ({ ...d, paragraphs: d.blocks.map((b) => b.text) }))
    writeFileSync(out, JSON.stringify({ secs, cpuSecs: (used.user + used.system) / 1e6, peakMb: ownMemoryMb('VmHWM'), pageMb, documents }))
  } finally {
    await runner.close()
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})

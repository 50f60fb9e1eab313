// Child of the accuracy bench: imports one file into a fresh archive through the service, in the
// import worker, and prints {ms, cpuMs, rssMb, docs} as the last stdout line (peak RSS of this
// process alone, worker thread included). `--worker FILE` runs that worker script (the built
// out/main/file-worker.js) instead of the tsx bootstrap.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { silentLogger } from '../../src/main/log'
import { createServices } from '../../src/main/services'

async function main(): Promise<void> {
  const [file, flag, entry] = process.argv.slice(2)
  const dir = mkdtempSync(join(tmpdir(), 'import-one-'))
  const isolate = flag === '--worker' && entry ? { entry } : true
  const s = createServices({ dbFile: join(dir, 'archive.db'), create: true, log: silentLogger, isolate })
  try {
    const t = performance.now()
    const cpu = process.cpuUsage()
    const report = await s.importFiles({ sources: [{ kind: 'path', path: file }] })
    const ms = performance.now() - t
    const used = process.cpuUsage(cpu)
    const docs = report.imported.reduce((n, i) => n + i.documents, 0)
    console.log(JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000, rssMb: process.resourceUsage().maxRSS / 1024, docs }))
  } finally {
    s.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})

// Child of the accuracy bench: imports one file into a fresh archive through the service and prints
// {ms, rssMb, docs} as the last stdout line (peak RSS of this process alone).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { silentLogger } from '../../src/main/log'
import { createServices } from '../../src/main/services'

async function main(): Promise<void> {
  const file = process.argv[2]
  const dir = mkdtempSync(join(tmpdir(), 'import-one-'))
  const s = createServices({ dbFile: join(dir, 'archive.db'), create: true, log: silentLogger })
  try {
    const t = performance.now()
    const report = await s.importFiles({ sources: [{ kind: 'path', path: file }] })
    const ms = performance.now() - t
    const docs = report.imported.reduce((n, i) => n + i.documents, 0)
    console.log(JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024, docs }))
  } finally {
    s.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})

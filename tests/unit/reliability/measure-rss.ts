// Not a test: prints memory (RSS, heap) before and after importing the bad folder, to show it
// stays bounded. Run: npx tsx tests/unit/reliability/measure-rss.ts
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openArchive } from '../../../src/main/archive/open-archive'
import { importFiles } from '../../../src/main/importer/import-files'
import { makeBadFolder } from './bad-folder'

const MB = 1024 * 1024
const mb = (n: number): string => `${(n / MB).toFixed(0)} MB`

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'rss-'))
  const limits = { maxFileBytes: 1 * MB, timeoutMs: 1000 }
  const folder = await makeBadFolder(work, limits.maxFileBytes)
  const archive = openArchive(join(work, 'archive.db'), { create: true })
  global.gc?.()
  const before = process.memoryUsage()
  let peak = before.rss
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5)
  for (let round = 1; round <= 3; round++) {
    const r = await importFiles(archive, [folder.dir], { limits })
    global.gc?.()
    const now = process.memoryUsage()
    console.log(`round ${round}: imported ${r.imported.length}, skipped ${r.skipped.length}, failed ${r.failed.length}; rss ${mb(now.rss)}, heap ${mb(now.heapUsed)}`)
  }
  clearInterval(timer)
  const after = process.memoryUsage()
  console.log(`before: rss ${mb(before.rss)}, heap ${mb(before.heapUsed)}`)
  console.log(`after:  rss ${mb(after.rss)}, heap ${mb(after.heapUsed)}; peak rss ${mb(peak)}`)
  archive.close()
  rmSync(work, { recursive: true, force: true })
}

void main()

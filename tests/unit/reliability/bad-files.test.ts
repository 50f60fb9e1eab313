// A folder of broken, hostile and oversized files beside two good issues: every bad file is
// refused with a Chinese message naming it and the reason, the good ones are imported, and no
// stack trace reaches the user while the log keeps it.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportReport } from '../../../src/shared/domain'
import { openArchive } from '../../../src/main/archive/open-archive'
import { verifyArchive } from '../../../src/main/archive/verify'
import { importFiles } from '../../../src/main/importer/import-files'
import { sha256Hex } from '../../../src/main/archive/store-original'
import { createFileLogger } from '../../../src/main/log'
import { makeBadFolder, type BadFolder } from './bad-folder'
import { spawnCli, writeIssues } from './helpers'

// 16 MB lets slow.txt be big enough that parsing it whole takes about 15 s of CPU, several times
// the 4 s limit, while the good issues take about 0.4 s each (so a loaded machine still reads them).
// That the parser checks its deadline as it goes is counted in parse-deadline.test.ts; the CPU
// time a slow parse takes to stop is printed by `npm run bench -- hostile`, not timed here.
const LIMITS = { maxFileBytes: 16 * 1024 * 1024, timeoutMs: 4000 }
let work: string
let folder: BadFolder
let report: ImportReport
let logFile: string

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'bad-files-'))
  folder = await makeBadFolder(work, LIMITS.maxFileBytes)
  logFile = join(work, 'import.log')
  const archive = openArchive(join(work, 'archive.db'), { create: true })
  report = await importFiles(archive, [folder.dir], { limits: LIMITS, log: createFileLogger(logFile) })
  expect(verifyArchive(archive.db, archive.filesDir).ok).toBe(true)
  archive.close()
}, 60_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('importing a folder of bad files', () => {
  it('imports the two good issues', () => {
    expect(report.imported.map((i) => [basename(i.file), i.issue, i.documents])).toEqual([
      ['xingxian-2022-07.txt', '兴县人民政府公报 2022年第7期', 45],
      ['xingxian-2022-08.txt', '兴县人民政府公报 2022年第8期', 45],
    ])
    expect(report.skipped).toEqual([])
  })

  it('refuses every bad file, naming it and the reason in Chinese', () => {
    const failed = Object.fromEntries(report.failed.map((f) => [basename(f.file), f.error]))
    expect(Object.keys(failed).sort()).toEqual(Object.keys(folder.expected).sort())
    for (const [name, reason] of Object.entries(folder.expected)) {
      expect(failed[name], name).toContain(`「${name}」`)
      expect(failed[name], name).toContain(reason)
      expect(failed[name], name).not.toMatch(/\n\s+at |Error:/)
    }
  })

  it('logs each refusal for support staff', () => {
    const log = readFileSync(logFile, 'utf8')
    for (const name of Object.keys(folder.expected)) expect(log).toContain(name)
  })
})

describe('the CLI on an unexpected failure', () => {
  it('shows a short Chinese message and writes the stack to the log', () => {
    const dir = join(work, 'cli')
    const [file] = writeIssues(join(dir, 'in'), [9])
    const dbFile = join(dir, 'archive.db')
    openArchive(dbFile, { create: true }).close()
    // A plain file where the originals' sub-folder must go: the kind of disk trouble no reader expects.
    const sha = sha256Hex(readFileSync(file))
    writeFileSync(join(dir, 'archive.files', sha.slice(0, 2)), 'in the way')
    const logPath = join(dir, 'cli.log')
    return runAndCheck(dbFile, file, logPath)
  })
})

async function runAndCheck(dbFile: string, file: string, logPath: string): Promise<void> {
  const child = spawnCli(['import', file, '--db', dbFile, '--log', logPath])
  const { code } = await child.done
  expect(code).toBe(1)
  const out = child.stdout + child.stderr
  expect(out).toContain('失败')
  expect(out).toContain('详情已写入日志')
  expect(out).not.toMatch(/\n\s+at \S+/) // no stack frame
  expect(existsSync(logPath)).toBe(true)
  expect(readFileSync(logPath, 'utf8')).toMatch(/ERROR 导入失败：.*\n\s*\S*Error.*\n\s+at /)
}

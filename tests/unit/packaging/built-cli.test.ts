// `npm run archive` runs the built CLI (out/main/cli.js) and rebuilds it whenever a source is newer,
// so stale code never runs; `--help` answers without loading the archive service.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { isStale } from '../../../scripts/built.mjs'
import { root } from './helpers'

let dir = ''
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }))

/** A project tree with one source and every output, all at `at` (seconds). */
function project(at: number): string {
  dir = mkdtempSync(join(tmpdir(), 'built-'))
  const files = ['src/main/a.ts', 'electron.vite.config.ts', 'package.json', 'out/renderer/index.html', 'out/main/index.js', 'out/main/cli.js', 'out/main/file-worker.js']
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true })
    writeFileSync(join(dir, f), '')
    utimesSync(join(dir, f), at, at)
  }
  return dir
}

describe('the built CLI', () => {
  it('is fresh when every output is newer than every source, and stale otherwise', () => {
    const p = project(1_700_000_000)
    expect(isStale(p)).toBe(false)
    utimesSync(join(p, 'src/main/a.ts'), 1_700_000_100, 1_700_000_100)
    expect(isStale(p)).toBe(true)
  })

  it('is stale when one output is missing', () => {
    const p = project(1_700_000_000)
    rmSync(join(p, 'out/main/cli.js'))
    expect(isStale(p)).toBe(true)
  })

  it('answers --help from the bundle, with the usage and exit code 0', () => {
    const r = spawnSync(process.execPath, ['scripts/archive.mjs', '--help'], { cwd: root, encoding: 'utf8' })
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('import')
    expect(r.stderr).not.toContain('正在构建')
  })
})

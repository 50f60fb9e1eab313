// Spawns the CLI exactly as `npm run archive` does (node scripts/archive.mjs …: the built bundle,
// which the tests' global set-up has brought up to date) and captures its streams.
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '../../..')

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

export function cli(...args: string[]): CliRun {
  const r = spawnSync(process.execPath, ['scripts/archive.mjs', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 120_000,
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** stdout must be exactly one JSON value. */
export function json<T = unknown>(r: CliRun): T {
  return JSON.parse(r.stdout) as T
}

// The built app in out/: rebuilt by electron-vite whenever a source it is built from is newer, so
// that `npm start`, `npm run archive` and the tests never run stale code.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

export const root = join(import.meta.dirname, '..')
export const builtCli = join(root, 'out', 'main', 'cli.js')

/** The files whose change makes out/ stale. */
const SOURCES = ['src', 'electron.vite.config.ts', 'package.json']
/** Every output `npm start` and `npm run archive` load. */
const OUTPUTS = ['out/renderer/index.html', 'out/main/index.js', 'out/main/cli.js', 'out/main/file-worker.js']

function newest(path) {
  const st = statSync(path)
  if (!st.isDirectory()) return st.mtimeMs
  let t = 0
  for (const name of readdirSync(path)) t = Math.max(t, newest(join(path, name)))
  return t
}

/** True when an output is missing or older than the newest source (of the project in `dir`). */
export function isStale(dir = root) {
  const outputs = OUTPUTS.map((p) => join(dir, p))
  if (!outputs.every((p) => existsSync(p))) return true
  const builtAt = Math.min(...outputs.map((p) => statSync(p).mtimeMs))
  return Math.max(...SOURCES.map((p) => newest(join(dir, p)))) > builtAt
}

/** Builds when stale; exits the process with the build's status when the build fails. */
export function ensureBuilt({ quiet = false } = {}) {
  if (!isStale()) return
  if (!quiet) console.error('正在构建程序（源代码比上次构建新）…')
  const r = spawnSync('npx', ['electron-vite', 'build'], {
    cwd: root,
    stdio: quiet ? ['ignore', 'ignore', 'inherit'] : ['ignore', 2, 'inherit'],
    shell: process.platform === 'win32',
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  })
  if (r.status !== 0) {
    console.error('构建失败，请查看上面的错误信息。')
    process.exit(r.status ?? 1)
  }
}

// `node scripts/built.mjs`: build when stale (npm's prepare step runs this after install).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) ensureBuilt()

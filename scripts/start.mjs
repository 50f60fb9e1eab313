// npm start: build when out/ is missing or older than src/, then Electron; where Electron cannot start, browser mode.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const require = createRequire(import.meta.url)
const args = process.argv.slice(2)

function newest(dir) {
  let t = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs)
  }
  return t
}

function buildIfStale() {
  const built = join(root, 'out', 'renderer', 'index.html')
  const stale = !existsSync(built) || !existsSync(join(root, 'out', 'main', 'index.js')) || newest(join(root, 'src')) > statSync(built).mtimeMs
  if (!stale) return
  const r = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

function browserMode(reason) {
  console.log(`Electron 无法在此启动（${reason}），改为启动浏览器模式。`)
  console.log('请在浏览器中打开下面第一行显示的地址（带一次性访问码，只能用一次）。')
  const child = spawn('npx', ['tsx', 'src/main/server/standalone.ts', ...args], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' })
  child.on('exit', (code) => process.exit(code ?? 0))
}

function electronBinary() {
  try {
    const path = require('electron')
    return typeof path === 'string' && existsSync(path) ? path : null
  } catch {
    return null
  }
}

buildIfStale()
const bin = electronBinary()
if (!bin) {
  browserMode('没有安装 Electron 程序')
} else {
  const started = Date.now()
  const child = spawn(bin, [root, ...args], { cwd: root, stdio: ['inherit', 'inherit', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (d) => {
    stderr += d
    process.stderr.write(d)
  })
  child.on('error', (e) => browserMode(e.message))
  // A start that dies within seconds (no display, missing libraries) falls back; a normal quit does not.
  child.on('exit', (code) => {
    if (code !== 0 && Date.now() - started < 5000) browserMode(stderr.trim().split('\n')[0] || `退出码 ${code}`)
    else process.exit(code ?? 0)
  })
}

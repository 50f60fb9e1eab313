// npm start: build when out/ is missing or older than src/, then Electron; where Electron cannot start, browser mode.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { ensureBuilt, root } from './built.mjs'

const require = createRequire(import.meta.url)
const args = process.argv.slice(2)

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

ensureBuilt()
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

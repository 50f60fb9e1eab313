// npm run dist [-- --win|--linux] [--x64|--arm64] [--electron-dist=DIR]: build, package, restore Node ABI.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))
const electronVersion = require('electron/package.json').version

/** Splits our own flags from the ones passed through to electron-builder. */
function parseArgs(argv) {
  const builderArgs = []
  let target = null
  let electronDist = process.env.GAZETTE_ELECTRON_DIST || null
  for (const arg of argv) {
    if (arg === '--win' || arg === '--windows' || arg === '-w') target = '--win'
    else if (arg === '--linux' || arg === '-l') target = '--linux'
    else if (arg.startsWith('--electron-dist=')) electronDist = arg.slice('--electron-dist='.length)
    else builderArgs.push(arg)
  }
  if (!target) {
    if (process.platform === 'win32') target = '--win'
    else if (process.platform === 'linux') target = '--linux'
    else fail(`不支持在 ${process.platform} 上打包 / no target configured for ${process.platform}`)
  }
  return { target, builderArgs, electronDist }
}

function fail(message) {
  console.error(`\n[dist] ${message}`)
  process.exit(1)
}

/** Runs a node CLI from node_modules, echoing its output and keeping a copy to inspect. */
function runNode(script, args) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: root, env: process.env })
    let output = ''
    const keep = (stream, sink) =>
      stream.on('data', (chunk) => {
        output += chunk
        sink.write(chunk)
      })
    keep(child.stdout, process.stdout)
    keep(child.stderr, process.stderr)
    child.on('close', (code) => done({ code: code ?? 1, output }))
  })
}

const DOWNLOAD_FAILURE =
  /network connectivity|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|getaddrinfo|socket hang up|self[- ]signed|github\.com\/electron|electron-v\d+\.\d+\.\d+-[a-z0-9]+-[a-z0-9]+\.zip|Cannot download|status code 40[34]/i

function explainDownloadFailure() {
  const zip = `electron-v${electronVersion}-<linux|win32>-<x64|arm64>.zip`
  console.error(`
[dist] 无法下载 Electron ${electronVersion} 的运行文件（或其头文件），安装包没有生成。
       打包需要 Electron 的官方发布文件：请在能访问 https://github.com/electron/electron/releases
       （或内部镜像，ELECTRON_MIRROR=<镜像>/electron/）的电脑上运行 npm run dist。
       离线打包需事先准备（详见 docs/INSTALL.md）：
         1. ${zip}，每个目标平台/架构一个，放进同一文件夹：
            npm run dist -- --linux --electron-dist=/path/to/folder
            （或设置 GAZETTE_ELECTRON_DIST）；也可复制联网打包过的电脑上的 Electron 下载缓存
            （Linux ~/.cache/electron，Windows %LOCALAPPDATA%\\electron\\Cache）。
            注意：electron-builder 26 不读 ELECTRON_CACHE / electron_config_cache。
         2. electron-builder 工具缓存（NSIS、AppImage、fpm）：~/.cache/electron-builder
            （Windows %LOCALAPPDATA%\\electron-builder\\Cache，或 ELECTRON_BUILDER_CACHE）。
         3. better-sqlite3 为 Electron 重新编译所需的头文件：~/.electron-gyp。

[dist] Could not download Electron ${electronVersion} (or its headers); no installer was made.
       Packaging needs Electron's release files: run npm run dist on a machine that can reach
       https://github.com/electron/electron/releases (or a mirror: ELECTRON_MIRROR).
       Offline (see docs/INSTALL.md):
         1. put ${zip} (one per platform/arch) in one folder and pass
            --electron-dist=/path/to/folder (or GAZETTE_ELECTRON_DIST), or copy Electron's
            download cache (~/.cache/electron, %LOCALAPPDATA%\\electron\\Cache) from a machine
            that has packaged once; electron-builder 26 ignores ELECTRON_CACHE/electron_config_cache;
         2. copy electron-builder's tool cache (~/.cache/electron-builder or ELECTRON_BUILDER_CACHE);
         3. copy ~/.electron-gyp (Electron headers for rebuilding better-sqlite3).
`)
}

/** npmRebuild compiles better-sqlite3 for Electron in place; put the Node build back for tests. */
function restoreNodeAbi() {
  const probe = "new (require('better-sqlite3'))(':memory:').close()"
  const check = spawnSync(process.execPath, ['-e', probe], { cwd: root, encoding: 'utf8' })
  if (check.status === 0) return
  console.log('\n[dist] better-sqlite3 已按 Electron 编译，正在为 Node 重新编译（测试需要）…')
  console.log('[dist] better-sqlite3 was built for Electron; rebuilding it for Node (tests need it)…')
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const r = spawnSync(npm, ['rebuild', 'better-sqlite3'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  })
  if (r.status !== 0) console.error('[dist] npm rebuild better-sqlite3 failed; run it by hand.')
}

async function main() {
  const { target, builderArgs, electronDist } = parseArgs(process.argv.slice(2))
  const viteCli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
  const builderCli = join(root, 'node_modules', 'electron-builder', 'cli.js')
  if (!existsSync(viteCli) || !existsSync(builderCli)) fail('先运行 npm ci / run npm ci first')

  console.log('[dist] electron-vite build')
  const build = await runNode(viteCli, ['build'])
  if (build.code !== 0) fail('electron-vite build 失败 / failed')

  const args = [target, '--publish', 'never', ...builderArgs]
  if (electronDist) {
    if (!existsSync(electronDist)) fail(`--electron-dist 不存在 / does not exist: ${electronDist}`)
    args.push(`-c.electronDist=${resolve(electronDist)}`)
  }
  console.log(`[dist] electron-builder ${args.join(' ')}`)
  const pack = await runNode(builderCli, args)
  restoreNodeAbi()
  if (pack.code !== 0) {
    if (DOWNLOAD_FAILURE.test(pack.output)) explainDownloadFailure()
    process.exit(pack.code)
  }
  console.log('\n[dist] 完成，安装包在 dist/ / done: installers are in dist/')
}

main()

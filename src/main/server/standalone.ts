// npm run serve: browser mode from a terminal (--db <file>, --port <n>, --inbox <folder>); prints the address.
import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { ImportReport } from '../../shared/domain'
import { setProcessRole } from '../archive/lock'
import { startRuntime } from '../shell/runtime'
import { startArchiveServer, startOnDefaultPort, type ArchiveServerOptions } from './http-server'
import { appPaths, defaultDbFile, parseArgs } from './paths'

function readPort(raw: string | undefined): number | null {
  if (raw === undefined) return null
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`端口无效：${raw}`)
  return port
}

function logReport(r: ImportReport): void {
  console.log(`收件文件夹：导入 ${r.imported.length} 期，跳过 ${r.skipped.length}，失败 ${r.failed.length}`)
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2))
  const dbFile = resolve(args.db ?? defaultDbFile())
  const port = readPort(args.port)
  mkdirSync(dirname(dbFile), { recursive: true })

  const paths = appPaths(resolve(import.meta.dirname, '..', '..', '..'))
  setProcessRole('浏览器模式') // how a refused restore (CLI) names this process
  const onError = (err: unknown): void => console.error('收件文件夹导入出错：', err)
  const runtime = startRuntime({ dbFile, fontsDir: paths.fontsDir, inboxFolder: args.inbox, inboxTiming: { onError } })
  const { services } = runtime
  runtime.inboxEvents.subscribe(logReport)
  const options: ArchiveServerOptions = {
    api: services,
    ...paths,
    progress: runtime.progress,
    scanOcr: runtime.scanOcr,
    inbox: { events: runtime.inboxEvents, folder: runtime.inboxFolder },
    backupsDir: services.backupsDir,
    isImporting: () => services.isImporting(),
    onNewStartUrl: (url) => console.log(`新的访问地址（只能使用一次）：${url}`),
    log: (m, e) => console.error(m, e),
  }
  // An explicit --port is used as given; otherwise the fixed port staff bookmark, if it is free.
  const server = port === null ? await startOnDefaultPort(options) : await startArchiveServer(options, port)
  // The first address line carries the one-time code; opening it signs this browser in.
  console.log(`公报档案（浏览器模式）已启动，请在浏览器中打开：${server.startUrl()}`)
  console.log(`（此地址只能使用一次；以后直接打开 ${server.url} 即可，直到浏览器模式停止。）`)
  if (runtime.inboxFolder()) console.log(`收件文件夹：${runtime.inboxFolder()}`)

  runtime.onShutdown(() => server.close())
  const stop = (): void => {
    void runtime.shutdown().finally(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((err: unknown) => {
  console.error('浏览器模式无法启动：', err instanceof Error ? err.message : err)
  process.exit(1)
})

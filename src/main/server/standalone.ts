// npm run serve: browser mode from a terminal (--db <file>, --port <n>, --inbox <folder>); prints the address.
import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { ImportProgress, ImportReport } from '../../shared/domain'
import { watchInbox } from '../archive-work/inbox'
import { startInboxFromSettings } from '../archive-work/inbox-settings'
import { createServices, type Services } from '../services'
import { createProgressHub } from '../shell/progress-hub'
import { startArchiveServer } from './http-server'
import { appPaths, defaultDbFile, parseArgs } from './paths'

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2))
  const dbFile = resolve(args.db ?? defaultDbFile())
  const port = Number(args.port ?? 0)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`端口无效：${args.port}`)
  mkdirSync(dirname(dbFile), { recursive: true })

  const paths = appPaths(resolve(import.meta.dirname, '..', '..', '..'))
  const hub = createProgressHub()
  const deps = { dbFile, fontsDir: paths.fontsDir, onProgress: (p: ImportProgress) => hub.emit(p) }
  const services = createServices(deps)
  const server = await startArchiveServer(
    { api: services, ...paths, progress: hub, log: (m, e) => console.error(m, e) },
    port,
  )
  console.log(`公报档案（浏览器模式）已启动：${server.url}`)
  const inbox = startInbox(services, args.inbox)

  const stop = (): void => {
    void Promise.all([server.close(), inbox.stop()]).then(() => {
      services.close()
      process.exit(0)
    })
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

/** --inbox names the folder here (the page never names a path); otherwise the archive's setting. */
function startInbox(services: Services, folder: string | undefined): { stop(): Promise<void> } {
  const report = (r: ImportReport): void => {
    const n = r.imported.length
    console.log(`收件文件夹：导入 ${n} 期，跳过 ${r.skipped.length}，失败 ${r.failed.length}`)
  }
  const onError = (err: unknown): void => console.error('收件文件夹导入出错：', err)
  if (folder) {
    console.log(`收件文件夹：${resolve(folder)}`)
    return watchInbox({ folder: resolve(folder), importFiles: (r) => services.importFiles(r), onImported: report, onError })
  }
  return startInboxFromSettings(services, report, { onError })
}

main().catch((err: unknown) => {
  console.error('浏览器模式无法启动：', err instanceof Error ? err.message : err)
  process.exit(1)
})

// npm run serve: browser mode from a terminal (--db <file>, --port <n>); prints the address on one line.
import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { ImportProgress } from '../../shared/domain'
import { createServices } from '../services'
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

  const stop = (): void => {
    void server.close().then(() => {
      services.close()
      process.exit(0)
    })
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((err: unknown) => {
  console.error('浏览器模式无法启动：', err instanceof Error ? err.message : err)
  process.exit(1)
})

// Browser mode on 127.0.0.1: Host/Origin checks, sign-in, the built renderer and fonts, and the
// archive contract (api-route.ts, over the gateway) with its event stream.
import { createReadStream } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { ArchiveApi } from '../../shared/api'
import { AppError, fail } from '../../shared/errors'
import { createGateway, type Gateway } from '../gateway/gateway'
import { DEFAULT_FILE_LIMITS } from '../importer/worker/pipeline'
import type { EventHub, InboxHub, ProgressHub } from '../shell/progress-hub'
import type { ScanOcrProgress } from '../../shared/scan-ocr'
import { CONTENT_SECURITY_POLICY, resolveStatic } from '../shell/static-files'
import { routeApi, type ApiRoute } from './api-route'
import { bodyLimitFor } from './body'
import { createBrowserShell } from './browser-shell'
import { BASE_HEADERS, redirect, sendJson, sendSignInPage } from './respond'
import { isAllowedHost, isAllowedOrigin } from './security'
import { createSessions, type Sessions } from './session'

export interface ArchiveServerOptions {
  api: ArchiveApi
  rendererDir: string
  fontsDir?: string
  /** The bundled sample issue, imported by POST /api/shell/importSample. */
  sampleFile?: string
  progress?: Pick<ProgressHub, 'subscribe'>
  scanOcr?: Pick<EventHub<ScanOcrProgress>, 'subscribe'>
  /** The inbox watched by this process (--inbox): its reports go out on the SSE stream too. */
  inbox?: { events: Pick<InboxHub, 'subscribe'>; folder(): string | null }
  /** Largest request body; by default one upload of the importer's per-file limit. */
  maxBodyBytes?: number
  /** The archive's default backups folder: the only place the page may name (a backup listed there). */
  backupsDir?: string
  /** True while an import runs: an upload is then refused before its body is read. */
  isImporting?: () => boolean
  /** Called with a new start address when the last one was used and a browser without a session asks. */
  onNewStartUrl?: (url: string) => void
  log?: (msg: string, err?: unknown) => void
}

export interface ArchiveServer {
  /** The plain address (bookmarks); a browser without a session gets the sign-in page there. */
  url: string
  port: number
  /** The address with the unused one-time code (print it; the first load swaps it for a cookie). */
  startUrl(): string
  close(): Promise<void>
}

interface Ctx extends ArchiveServerOptions {
  port: number
  sessions: Sessions
  gateway: Gateway
}

const bodyLimit = (ctx: Ctx): number => ctx.maxBodyBytes ?? bodyLimitFor(DEFAULT_FILE_LIMITS.maxFileBytes)

/** The API part of the server (api-route.ts), over the shared gateway. */
const apiRoute = (ctx: Ctx): ApiRoute => ({
  ...ctx,
  bodyLimit: bodyLimit(ctx),
  events: (req, res) => handleEvents(ctx, req, res),
})

function handleEvents(ctx: Ctx, req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, {
    ...BASE_HEADERS,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  })
  res.write(': connected\n\n')
  const write = (text: string): void => void (res.writable && res.write(text))
  const send = (event: string, data: unknown): void => write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)
  const unsubscribe = [
    ctx.progress?.subscribe((p) => send('importProgress', p)),
    ctx.inbox?.events.subscribe((r) => send('inboxImported', r)),
    ctx.scanOcr?.subscribe((p) => send('scanOcrProgress', p)),
  ]
  const beat = setInterval(() => write(': ping\n\n'), 25_000)
  const stop = (): void => {
    clearInterval(beat)
    unsubscribe.forEach((u) => u?.())
  }
  req.on('close', stop)
  res.on('error', stop)
}

/** `/?code=…`: a valid code becomes a session cookie; the address bar then loses the code. */
function signIn(ctx: Ctx, req: IncomingMessage, res: ServerResponse, url: URL): boolean {
  const code = url.searchParams.get('code')
  if (code === null) return false
  const id = ctx.sessions.redeem(code)
  if (id) redirect(res, '/', ctx.sessions.setCookie(id))
  else if (ctx.sessions.isValid(req.headers)) redirect(res, '/')
  else return false
  return true
}

function serveIndex(ctx: Ctx, req: IncomingMessage, res: ServerResponse, file: string): void {
  if (!ctx.sessions.isValid(req.headers)) {
    const renewed = !ctx.sessions.hasUnusedCode()
    if (renewed) ctx.onNewStartUrl?.(startUrlOf(ctx))
    return sendSignInPage(res, req.method === 'HEAD', renewed && ctx.onNewStartUrl !== undefined)
  }
  res.writeHead(200, {
    ...BASE_HEADERS,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Cache-Control': 'no-store',
  })
  if (req.method === 'HEAD') return void res.end()
  pipeFile(file, res)
}

function pipeFile(file: string, res: ServerResponse): void {
  const stream = createReadStream(file)
  stream.on('error', () => res.destroy())
  stream.pipe(res)
}

function serveStatic(ctx: Ctx, req: IncomingMessage, res: ServerResponse, url: URL): void {
  if (signIn(ctx, req, res, url)) return
  const found = resolveStatic(url.pathname, ctx)
  if (!found) {
    res.writeHead(404, { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' })
    return void res.end('未找到')
  }
  if (found.type.startsWith('text/html')) return serveIndex(ctx, req, res, found.file)
  // The bundle and fonts hold no secret: they load without a session (the sign-in page needs none).
  const cache = url.pathname.startsWith('/assets/') ? 'max-age=31536000, immutable' : 'no-cache'
  res.writeHead(200, { ...BASE_HEADERS, 'Content-Type': found.type, 'Cache-Control': cache })
  if (req.method === 'HEAD') return void res.end()
  pipeFile(found.file, res)
}

async function route(ctx: Ctx, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!isAllowedHost(req.headers, ctx.port)) {
    res.writeHead(421, BASE_HEADERS)
    return void res.end('Misdirected Request')
  }
  if (!isAllowedOrigin(req.headers, ctx.port)) return sendJson(res, 403, fail('FORBIDDEN', '来源不受信任'))
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  if (url.pathname.startsWith('/api/')) return routeApi(apiRoute(ctx), req, res, url)
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, fail('BAD_REQUEST', '方法不允许'))
  serveStatic(ctx, req, res, url)
}

/** The port browser mode uses unless told otherwise, so staff can bookmark the address. */
export const DEFAULT_PORT = 4311

/** Starts on `DEFAULT_PORT`, or on a free port when another program holds it. */
export async function startOnDefaultPort(options: ArchiveServerOptions): Promise<ArchiveServer> {
  try {
    return await startArchiveServer(options, DEFAULT_PORT)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err
    return startArchiveServer(options, 0)
  }
}

const startUrlOf = (ctx: Ctx): string => `http://127.0.0.1:${ctx.port}/?code=${ctx.sessions.startCode()}`

function handle(ctx: Ctx, req: IncomingMessage, res: ServerResponse): void {
  // A client that hangs up mid-request must not take the server down with an unhandled 'error'.
  req.on('error', (err) => ctx.log?.('[server] request', err))
  res.on('error', (err) => ctx.log?.('[server] response', err))
  route(ctx, req, res).catch((err: unknown) => {
    ctx.log?.('[server]', err)
    if (!res.headersSent) sendJson(res, 500, fail('INTERNAL', '内部错误'))
    else res.end()
  })
}

/** Starts the server on 127.0.0.1 (port 0 picks a free one). */
export async function startArchiveServer(options: ArchiveServerOptions, port = 0): Promise<ArchiveServer> {
  const shell = createBrowserShell({ api: options.api, sampleFile: options.sampleFile, inboxFolder: options.inbox?.folder })
  // A refusal (AppError) is an answer, not a fault: only unexpected errors reach the log.
  const log = (method: string, err: unknown): void => {
    if (!(err instanceof AppError)) options.log?.(`[server] ${method}`, err)
  }
  const gateway = createGateway({ api: options.api, shell: { kind: 'browser', api: shell }, log })
  const ctx: Ctx = { ...options, port: 0, sessions: createSessions(0), gateway }
  const server = createServer((req, res) => handle(ctx, req, res))
  server.on('clientError', (_err, socket) => socket.destroy())
  await new Promise<void>((ok, ko) => {
    server.once('error', ko)
    server.listen(port, '127.0.0.1', ok)
  })
  server.on('error', (err) => ctx.log?.('[server]', err))
  ctx.port = (server.address() as AddressInfo).port
  ctx.sessions = createSessions(ctx.port)
  return {
    url: `http://127.0.0.1:${ctx.port}/`,
    port: ctx.port,
    startUrl: () => startUrlOf(ctx),
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections()
        server.close(() => ok())
      }),
  }
}

// Browser mode: the archive contract over HTTP on 127.0.0.1, plus the built renderer and fonts.
import { createReadStream } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { ArchiveApi } from '../../shared/api'
import { AppError, fail, toSerializedError } from '../../shared/errors'
import { DEFAULT_FILE_LIMITS } from '../importer/pipeline'
import { isPathAllowed, refusedPathMessage } from '../ipc/path-policy'
import { isApiMethod, parseRequest, parseShellRequest, requestedPaths } from '../ipc/schemas'
import type { InboxHub, ProgressHub } from '../shell/progress-hub'
import { CONTENT_SECURITY_POLICY, resolveStatic } from '../shell/static-files'
import { BodyTooLargeError, bodyLimitFor, readJsonBody } from './body'
import { BASE_HEADERS, redirect, sendJson, sendResult, sendSignInPage } from './respond'
import { isAllowedHost, isAllowedOrigin, isSameOriginFetch } from './security'
import { createSessions, type Sessions } from './session'

export interface ArchiveServerOptions {
  api: ArchiveApi
  rendererDir: string
  fontsDir?: string
  /** The bundled sample issue, imported by POST /api/shell/importSample. */
  sampleFile?: string
  progress?: Pick<ProgressHub, 'subscribe'>
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
}

const IMPORTS = new Set(['importFiles', 'shell/importSample'])

async function callApi(ctx: Ctx, method: string, body: unknown): Promise<unknown> {
  if (method === 'shell/inboxFolder') {
    parseShellRequest('chooseInboxFolder', body) // same shape: an empty object
    return { folder: ctx.inbox?.folder() ?? null }
  }
  if (method === 'shell/importSample') {
    const { replace } = parseShellRequest('importSample', body)
    if (!ctx.sampleFile) throw new AppError('NOT_FOUND', '没有随附的示例期刊')
    return ctx.api.importFiles({ sources: [{ kind: 'path', path: ctx.sampleFile }], replace })
  }
  if (!isApiMethod(method)) throw new AppError('NOT_FOUND', `未知的接口：${method}`)
  const req = parseRequest(method, body)
  // The page never names a file on this machine, except a backup main listed in the backups folder.
  const policy = { isGranted: () => false, backupsDir: ctx.backupsDir }
  if (requestedPaths(method, req).some((p) => !isPathAllowed(method, p, policy))) {
    throw new AppError('FORBIDDEN', refusedPathMessage(method, true))
  }
  return (ctx.api[method] as (r: unknown) => Promise<unknown>)(req)
}

function refuseTooLarge(ctx: Ctx, req: IncomingMessage, res: ServerResponse): void {
  const mb = Math.floor(bodyLimit(ctx) / 1024 / 1024)
  res.setHeader('Connection', 'close')
  sendJson(res, 413, fail('FILE_TOO_LARGE', `上传的内容超过 ${mb} MB 的上限，请分批导入`))
  req.resume() // drain what is still arriving instead of buffering it
}

const bodyLimit = (ctx: Ctx): number => ctx.maxBodyBytes ?? bodyLimitFor(DEFAULT_FILE_LIMITS.maxFileBytes)

async function handlePost(ctx: Ctx, req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendJson(res, 415, fail('BAD_REQUEST', '请求须为 JSON'))
  }
  // Before a single byte of an upload is read: a busy archive refuses it at once.
  if (IMPORTS.has(method) && ctx.isImporting?.()) {
    res.setHeader('Connection', 'close')
    return sendJson(res, 409, fail('BUSY', '正在导入，请等当前导入完成后再试'))
  }
  try {
    const body = await readJsonBody(req, bodyLimit(ctx))
    sendResult(res, { ok: true, value: await callApi(ctx, method, body) })
  } catch (err) {
    if (err instanceof BodyTooLargeError) return refuseTooLarge(ctx, req, res)
    if (!(err instanceof AppError)) ctx.log?.(`[server] ${method}`, err)
    sendResult(res, { ok: false, error: toSerializedError(err) })
  }
}

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

function routeApi(ctx: Ctx, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> | void {
  if (!ctx.sessions.isValid(req.headers) || !isSameOriginFetch(req.headers)) {
    return sendJson(res, 401, fail('FORBIDDEN', '未登录或会话已失效：请打开浏览器模式启动时显示的地址'))
  }
  if (url.pathname === '/api/events' && req.method === 'GET') return handleEvents(ctx, req, res)
  if (req.method !== 'POST') return sendJson(res, 405, fail('BAD_REQUEST', '只接受 POST'))
  return handlePost(ctx, req, res, url.pathname.slice('/api/'.length))
}

async function route(ctx: Ctx, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!isAllowedHost(req.headers, ctx.port)) {
    res.writeHead(421, BASE_HEADERS)
    return void res.end('Misdirected Request')
  }
  if (!isAllowedOrigin(req.headers, ctx.port)) return sendJson(res, 403, fail('FORBIDDEN', '来源不受信任'))
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  if (url.pathname.startsWith('/api/')) return routeApi(ctx, req, res, url)
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
  const ctx: Ctx = { ...options, port: 0, sessions: createSessions(0) }
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

// Browser mode: the archive contract over HTTP on 127.0.0.1, plus the built renderer and fonts.
import { createReadStream, readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { ArchiveApi } from '../../shared/api'
import { AppError, fail, toSerializedError, type Result } from '../../shared/errors'
import { isPathAllowed, refusedPathMessage } from '../ipc/path-policy'
import { isApiMethod, parseRequest, parseShellRequest, requestedPaths } from '../ipc/schemas'
import type { InboxHub, ProgressHub } from '../shell/progress-hub'
import { CONTENT_SECURITY_POLICY, resolveStatic } from '../shell/static-files'
import { BodyTooLargeError, readJsonBody } from './body'
import { isAllowedHost, isAllowedOrigin, newToken, tokenMatches } from './security'

export interface ArchiveServerOptions {
  api: ArchiveApi
  rendererDir: string
  fontsDir?: string
  /** The bundled sample issue, imported by POST /api/shell/importSample. */
  sampleFile?: string
  progress?: Pick<ProgressHub, 'subscribe'>
  /** The inbox watched by this process (--inbox): its reports go out on the SSE stream too. */
  inbox?: { events: Pick<InboxHub, 'subscribe'>; folder(): string | null }
  maxBodyBytes?: number
  /** The archive's default backups folder: the only place the page may name (a backup listed there). */
  backupsDir?: string
  log?: (msg: string, err?: unknown) => void
}

export interface ArchiveServer {
  url: string
  port: number
  token: string
  close(): Promise<void>
}

interface Ctx extends ArchiveServerOptions {
  port: number
  token: string
}

const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
}

function sendJson(res: ServerResponse, status: number, body: Result<unknown>): void {
  const json = JSON.stringify(body)
  res.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  })
  res.end(json)
}

const STATUS_BY_CODE: Partial<Record<string, number>> = { BAD_REQUEST: 400, FORBIDDEN: 403 }

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

async function handlePost(ctx: Ctx, req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
  if (!tokenMatches(req.headers['x-archive-token'] as string | undefined, ctx.token)) {
    return sendJson(res, 401, fail('FORBIDDEN', '缺少或错误的访问令牌'))
  }
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendJson(res, 415, fail('BAD_REQUEST', '请求须为 JSON'))
  }
  try {
    const body = await readJsonBody(req, ctx.maxBodyBytes ?? 300 * 1024 * 1024)
    sendJson(res, 200, { ok: true, value: await callApi(ctx, method, body) })
  } catch (err) {
    if (err instanceof BodyTooLargeError) {
      res.setHeader('Connection', 'close')
      return sendJson(res, 413, fail('FILE_TOO_LARGE', '上传的内容太大'))
    }
    if (!(err instanceof AppError)) ctx.log?.(`[server] ${method}`, err)
    const error = toSerializedError(err)
    sendJson(res, STATUS_BY_CODE[error.code] ?? 200, { ok: false, error })
  }
}

function handleEvents(ctx: Ctx, req: IncomingMessage, res: ServerResponse, url: URL): void {
  if (!tokenMatches(url.searchParams.get('token'), ctx.token)) {
    return sendJson(res, 401, fail('FORBIDDEN', '缺少或错误的访问令牌'))
  }
  res.writeHead(200, {
    ...BASE_HEADERS,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  })
  res.write(': connected\n\n')
  const send = (event: string, data: unknown): void => void res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)
  const unsubscribe = [
    ctx.progress?.subscribe((p) => send('importProgress', p)),
    ctx.inbox?.events.subscribe((r) => send('inboxImported', r)),
  ]
  const beat = setInterval(() => res.write(': ping\n\n'), 25_000)
  req.on('close', () => {
    clearInterval(beat)
    unsubscribe.forEach((u) => u?.())
  })
}

function serveStatic(ctx: Ctx, req: IncomingMessage, res: ServerResponse, url: URL): void {
  const found = resolveStatic(url.pathname, ctx)
  if (!found) {
    res.writeHead(404, { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' })
    return void res.end('未找到')
  }
  const headers: Record<string, string> = { ...BASE_HEADERS, 'Content-Type': found.type }
  if (found.type.startsWith('text/html')) {
    // The token lives only in the page we serve: other sites cannot read it (same-origin policy).
    const html = readFileSync(found.file, 'utf8').replace(
      '<head>',
      `<head>\n    <meta name="archive-token" content="${ctx.token}" />`,
    )
    res.writeHead(200, {
      ...headers,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'Cache-Control': 'no-store',
    })
    return void res.end(req.method === 'HEAD' ? undefined : html)
  }
  headers['Cache-Control'] = url.pathname.startsWith('/assets/') ? 'max-age=31536000, immutable' : 'no-cache'
  res.writeHead(200, headers)
  if (req.method === 'HEAD') return void res.end()
  createReadStream(found.file).pipe(res)
}

async function route(ctx: Ctx, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!isAllowedHost(req.headers, ctx.port)) {
    res.writeHead(421, BASE_HEADERS)
    return void res.end('Misdirected Request')
  }
  if (!isAllowedOrigin(req.headers, ctx.port)) return sendJson(res, 403, fail('FORBIDDEN', '来源不受信任'))
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  if (url.pathname === '/api/events' && req.method === 'GET') return handleEvents(ctx, req, res, url)
  if (url.pathname.startsWith('/api/')) {
    if (req.method !== 'POST') return sendJson(res, 405, fail('BAD_REQUEST', '只接受 POST'))
    return handlePost(ctx, req, res, url.pathname.slice('/api/'.length))
  }
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

/** Starts the server on 127.0.0.1 (port 0 picks a free one). */
export async function startArchiveServer(options: ArchiveServerOptions, port = 0): Promise<ArchiveServer> {
  const ctx: Ctx = { ...options, port: 0, token: newToken() }
  const server = createServer((req, res) => {
    route(ctx, req, res).catch((err: unknown) => {
      ctx.log?.('[server]', err)
      if (!res.headersSent) sendJson(res, 500, fail('INTERNAL', '内部错误'))
      else res.end()
    })
  })
  await new Promise<void>((ok, ko) => {
    server.once('error', ko)
    server.listen(port, '127.0.0.1', ok)
  })
  ctx.port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${ctx.port}/`,
    port: ctx.port,
    token: ctx.token,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections()
        server.close(() => ok())
      }),
  }
}

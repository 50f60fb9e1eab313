// The archive contract over HTTP: POST /api/<method> and /api/shell/<method> go to the gateway,
// GET /api/events streams progress. Only what HTTP adds lives here: session, body, status codes.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { AppError, fail, IMPORT_BUSY, toSerializedError } from '../../shared/errors'
import { browserShellRoute } from '../../shared/shell'
import type { Gateway } from '../gateway/gateway'
import { BodyTooLargeError, readJsonBody } from './body'
import { sendJson, sendResult } from './respond'
import { isSameOriginFetch } from './security'
import type { Sessions } from './session'

export interface ApiRoute {
  gateway: Gateway
  sessions: Sessions
  bodyLimit: number
  /** The archive's default backups folder: the only place the page may name (a backup listed there). */
  backupsDir?: string
  isImporting?: () => boolean
  events(req: IncomingMessage, res: ServerResponse): void
  log?: (msg: string, err?: unknown) => void
}

const IMPORTS = new Set<string>(['importFiles', browserShellRoute('importSample')])

function refuseTooLarge(r: ApiRoute, req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Connection', 'close')
  sendJson(res, 413, fail('FILE_TOO_LARGE', `上传的内容超过 ${Math.floor(r.bodyLimit / 1024 / 1024)} MB 的上限，请分批导入`))
  req.resume() // drain what is still arriving instead of buffering it
}

async function post(r: ApiRoute, req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return sendJson(res, 415, fail('BAD_REQUEST', '请求须为 JSON'))
  // Before a single byte of an upload is read: a busy archive refuses it at once.
  if (IMPORTS.has(method) && r.isImporting?.()) {
    res.setHeader('Connection', 'close')
    return sendJson(res, 409, fail('BUSY', IMPORT_BUSY))
  }
  let body: unknown
  try {
    body = await readJsonBody(req, r.bodyLimit)
  } catch (err) {
    if (err instanceof BodyTooLargeError) return refuseTooLarge(r, req, res)
    if (!(err instanceof AppError)) r.log?.(`[server] ${method}`, err)
    return sendResult(res, { ok: false, error: toSerializedError(err) })
  }
  // The page never names a file on this machine, except a backup main listed in the backups folder.
  sendResult(res, await r.gateway.call(method, body, { isGranted: () => false, backupsDir: r.backupsDir, browser: true }))
}

export function routeApi(r: ApiRoute, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> | void {
  if (!r.sessions.isValid(req.headers) || !isSameOriginFetch(req.headers)) {
    return sendJson(res, 401, fail('FORBIDDEN', '未登录或会话已失效：请打开浏览器模式启动时显示的地址'))
  }
  if (url.pathname === '/api/events' && req.method === 'GET') return r.events(req, res)
  if (req.method !== 'POST') return sendJson(res, 405, fail('BAD_REQUEST', '只接受 POST'))
  return post(r, req, res, url.pathname.slice('/api/'.length))
}

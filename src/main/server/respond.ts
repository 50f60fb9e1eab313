// Browser-mode answers: JSON Results with real HTTP status codes, the sign-in page, redirects.
import type { ServerResponse } from 'node:http'
import type { AppErrorCode, Result } from '../../shared/errors'
import { CONTENT_SECURITY_POLICY } from '../shell/static-files'

export const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
}

// The body keeps its Result shape whatever the status, so the page's client reads both alike.
const STATUS_BY_CODE: Record<AppErrorCode, number> = {
  BAD_REQUEST: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  NO_ARCHIVE: 404,
  BUSY: 409,
  ISSUE_EXISTS: 409,
  ARCHIVE_TOO_NEW: 409,
  FILE_TOO_LARGE: 413,
  UNSUPPORTED_FILE: 422,
  EMPTY_FILE: 422,
  NOT_A_GAZETTE: 422,
  SCANNED_PDF: 422,
  CORRUPT_FILE: 422,
  TIMEOUT: 422,
  CANCELLED: 409,
  DISK_FULL: 507,
  DISK_IO: 500,
  INTERNAL: 500,
}

export function statusFor(result: Result<unknown>): number {
  return result.ok ? 200 : (STATUS_BY_CODE[result.error.code] ?? 500)
}

export function sendJson(res: ServerResponse, status: number, body: Result<unknown>): void {
  if (res.headersSent || res.destroyed) return void res.end()
  res.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  })
  res.end(JSON.stringify(body))
}

export function sendResult(res: ServerResponse, body: Result<unknown>): void {
  sendJson(res, statusFor(body), body)
}

export function redirect(res: ServerResponse, location: string, cookie?: string): void {
  const headers: Record<string, string> = { ...BASE_HEADERS, Location: location, 'Cache-Control': 'no-store' }
  if (cookie) headers['Set-Cookie'] = cookie
  res.writeHead(303, headers)
  res.end()
}

const SIGN_IN_PAGE = (renewed: boolean) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8" /><title>公报档案（浏览器模式）</title></head>
<body style="font-family: sans-serif; max-width: 36em; margin: 4em auto; line-height: 1.7">
<h1>请用启动时显示的地址打开</h1>
<p>为防止本机其他程序或用户读取档案，浏览器模式只接受启动时在终端窗口中显示的地址
（形如 <code>http://127.0.0.1:4311/?code=…</code>）。请复制那一行地址，在浏览器中打开。</p>
<p>${renewed ? '上一个地址已经用过，终端窗口中已显示一个新的地址。' : '每个地址只能使用一次；打开后本浏览器即可一直使用，直到浏览器模式停止。'}</p>
</body></html>
`

/** The page a browser without a session sees: no secret in it, only where to find the address. */
export function sendSignInPage(res: ServerResponse, head: boolean, renewed: boolean): void {
  res.writeHead(401, {
    ...BASE_HEADERS,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Cache-Control': 'no-store',
  })
  res.end(head ? undefined : SIGN_IN_PAGE(renewed))
}

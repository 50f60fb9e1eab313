// Request guards for browser mode: DNS rebinding (Host), cross-site calls (Origin), the start token.
import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

export function newToken(): string {
  return randomBytes(32).toString('base64url')
}

function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`]
}

/** A rebinding attack reaches us under the attacker's host name: only our own names pass. */
export function isAllowedHost(headers: IncomingHttpHeaders, port: number): boolean {
  const host = (headers.host ?? '').toLowerCase()
  return allowedHosts(port).includes(host)
}

/** Browsers send Origin on cross-origin and on POST requests: when present it must be ours. */
export function isAllowedOrigin(headers: IncomingHttpHeaders, port: number): boolean {
  const origin = headers.origin
  if (origin === undefined) return true
  return allowedHosts(port).some((h) => origin.toLowerCase() === `http://${h}`)
}

export function tokenMatches(given: string | null | undefined, token: string): boolean {
  if (typeof given !== 'string') return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

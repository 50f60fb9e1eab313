// Request guards for browser mode: DNS rebinding (Host), cross-site calls (Origin, Sec-Fetch-Site).
import type { IncomingHttpHeaders } from 'node:http'

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

/**
 * Browsers say where a request comes from: an API call must come from our own page. Another port
 * on 127.0.0.1 is "same-site" (its cookies would be sent), so only "same-origin" passes; tools that
 * send no such header (curl, tests) still need the session cookie.
 */
export function isSameOriginFetch(headers: IncomingHttpHeaders): boolean {
  const site = headers['sec-fetch-site']
  return site === undefined || site === 'same-origin'
}

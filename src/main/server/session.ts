// Browser-mode sessions: a one-time start code (printed in the terminal) is swapped for an
// HttpOnly cookie; the page itself never carries a secret, so reading `GET /` gives nothing away.
import { createHash, randomBytes } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

export interface Sessions {
  /** The cookie's name; it carries the port, since browsers share cookies across ports of a host. */
  readonly cookieName: string
  /** The unused start code, minted when there is none (the previous one was redeemed). */
  startCode(): string
  /** Whether an unused code is waiting (a new one is minted only after the last was redeemed). */
  hasUnusedCode(): boolean
  /** Swaps a code for a new session id; a code works once. */
  redeem(code: string | null): string | null
  isValid(headers: IncomingHttpHeaders): boolean
  setCookie(sessionId: string): string
}

const secret = (): string => randomBytes(32).toString('base64url')
// Stored as hashes: a lookup's timing tells nothing about the secret (the hash is not guessable).
const digest = (s: string): string => createHash('sha256').update(s).digest('hex')

/** `a=1; b=2` → the value of `name`, or null. */
export function readCookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim()
  }
  return null
}

export function createSessions(port: number): Sessions {
  const cookieName = `gazette_session_${port}`
  const sessions = new Set<string>()
  let code: string | null = null
  return {
    cookieName,
    startCode() {
      code ??= secret()
      return code
    },
    hasUnusedCode: () => code !== null,
    redeem(given) {
      if (!given || code === null || digest(given) !== digest(code)) return null
      code = null
      const id = secret()
      sessions.add(digest(id))
      return id
    },
    isValid(headers) {
      const id = readCookie(headers.cookie, cookieName)
      return id !== null && sessions.has(digest(id))
    },
    // No Max-Age: the browser forgets it when it closes; the server forgets every session when it stops.
    setCookie: (id) => `${cookieName}=${id}; HttpOnly; SameSite=Strict; Path=/`,
  }
}

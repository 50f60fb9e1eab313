// Raw HTTP to the browser-mode server (Host, Origin and cookies can be forged as an attacker would).
import { request } from 'node:http'
import type { ArchiveServer } from '../../../src/main/server/http-server'

export interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

export interface SendOptions {
  method?: string
  headers?: Record<string, string>
  body?: string
}

export function sendTo(port: number, path: string, opts: SendOptions = {}): Promise<Reply> {
  return new Promise((ok, ko) => {
    const req = request({ host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (c: string) => (body += c))
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', ko)
    if (opts.body) req.write(opts.body)
    req.end()
  })
}

/** Opens the start address as a browser would; returns the `Cookie` header value it was given. */
export async function signIn(server: ArchiveServer): Promise<string> {
  const url = new URL(server.startUrl())
  const r = await sendTo(server.port, `${url.pathname}${url.search}`)
  if (r.status !== 303) throw new Error(`sign-in answered ${r.status}`)
  const set = r.headers['set-cookie']
  return (Array.isArray(set) ? set[0] : String(set)).split(';')[0]
}

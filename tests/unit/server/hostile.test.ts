// Browser-mode server against hostile requests: rebinding Host names, null and look-alike Origins,
// the session in the wrong place, and path traversal on static files (raw, encoded, double-encoded).
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startArchiveServer, type ArchiveServer } from '../../../src/main/server/http-server'
import { sendTo, signIn, type SendOptions } from './client'
import { createFakeApi } from '../../support/fake-api'

let server: ArchiveServer
let cookie: string
const SECRET = 'TOP-SECRET-CONTENT'
const INDEX = '<!doctype html><html><head><title>index</title></head><body></body></html>'

const send = (path: string, opts: SendOptions = {}) => sendTo(server.port, path, opts)

const json = { 'Content-Type': 'application/json' }
const call = (headers: Record<string, string>, path = '/api/listIssues') =>
  send(path, { method: 'POST', body: '{}', headers: { ...json, ...headers } })

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'hostile-test-'))
  mkdirSync(join(root, 'renderer'))
  mkdirSync(join(root, 'fonts'))
  writeFileSync(join(root, 'renderer', 'index.html'), INDEX)
  writeFileSync(join(root, 'secret.txt'), SECRET)
  // A file whose every read fails (EIO): the stand-in for a disk error in the middle of a response.
  symlinkSync('/proc/self/mem', join(root, 'renderer', 'broken.js'))
  server = await startArchiveServer({ api: createFakeApi(), rendererDir: join(root, 'renderer'), fontsDir: join(root, 'fonts') })
  cookie = await signIn(server)
})
afterAll(() => server.close())

describe('Host header (DNS rebinding)', () => {
  it.each([
    (p: number) => `evil.example:${p}`,
    (p: number) => `127.0.0.1.evil.example:${p}`,
    (p: number) => `localhost.:${p}`,
    (p: number) => `[::1]:${p}`,
    () => 'localhost',
    () => '127.0.0.1',
    (p: number) => `127.0.0.1:${p + 1}`,
  ])('refuses %s with 421, for the API and for pages', async (host) => {
    const h = host(server.port)
    expect((await call({ Host: h, Cookie: cookie })).status).toBe(421)
    expect((await send('/', { headers: { Host: h } })).status).toBe(421)
  })
})

describe('Origin header', () => {
  it.each([
    () => 'null',
    () => 'http://evil.example',
    (p: number) => `http://127.0.0.1:${p + 1}`,
    (p: number) => `http://localhost:${p}.evil.example`,
    () => 'file://',
  ])('refuses Origin %s with 403 even with the session cookie', async (origin) => {
    const r = await call({ Origin: origin(server.port), Cookie: cookie })
    expect(r.status).toBe(403)
    expect(r.body).not.toContain(cookie.split('=')[1])
  })

  it.each(['same-site', 'cross-site', 'none'])('refuses an API call a browser marks Sec-Fetch-Site: %s', async (site) => {
    expect((await call({ Cookie: cookie, 'Sec-Fetch-Site': site })).status).toBe(401)
    expect((await call({ Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200)
  })
})

describe('the session', () => {
  it('counts only as our cookie, never as a header, a query or another cookie name', async () => {
    const id = cookie.split('=')[1]
    expect((await call({ Authorization: `Bearer ${id}` })).status).toBe(401)
    expect((await call({ 'X-Archive-Token': id })).status).toBe(401)
    expect((await call({ Cookie: `token=${id}` })).status).toBe(401)
    expect((await call({ Cookie: `gazette_session_${server.port + 1}=${id}` })).status).toBe(401)
    expect((await call({}, `/api/listIssues?token=${id}`)).status).toBe(401)
    expect((await call({ Cookie: cookie.toUpperCase() })).status).toBe(401)
    expect((await send('/api/events', { headers: { Cookie: `x=${id}` } })).status).toBe(401)
    expect((await call({ Cookie: cookie })).status).toBe(200)
  })

  it('a start code works once, and a guessed one never', async () => {
    const url = new URL(server.startUrl())
    expect((await send(`/?code=${url.searchParams.get('code')}`)).status).toBe(303)
    const again = await send(`/?code=${url.searchParams.get('code')}`)
    expect(again.status).toBe(401)
    expect(again.headers['set-cookie']).toBeUndefined()
    expect((await send('/?code=AAAA')).status).toBe(401)
    expect((await send('/?code=')).status).toBe(401)
  })
})

describe('static files never leave their folders', () => {
  it.each([
    '/../secret.txt',
    '/../../etc/passwd',
    '/%2e%2e/secret.txt',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/%2e%2e%2fsecret.txt',
    '/%252e%252e/secret.txt',
    '/..%5csecret.txt',
    '/fonts/../secret.txt',
    '/fonts/%2e%2e/secret.txt',
    '/fonts/..%2f..%2fsecret.txt',
    '/index.html%00.txt',
    '//etc/passwd',
  ])('%s', async (path) => {
    const r = await send(path, { headers: { Cookie: cookie } })
    expect(r.body).not.toContain(SECRET)
    expect(r.body).not.toMatch(/root:.*:0:0:/)
    // Either refused, or the app's own page (unknown routes fall back to index.html).
    if (r.status === 200) expect(r.body).toContain('<title>index</title>')
    else expect(r.status).toBe(404)
  })
})

describe('stream errors never take the server down', () => {
  it('a static file failing mid-read closes that response only', async () => {
    await expect(send('/broken.js')).rejects.toThrow()
    expect((await call({ Cookie: cookie })).status).toBe(200)
  })

  it('a client hanging up in the middle of an upload', async () => {
    await new Promise<void>((ok) => {
      const req = request({
        host: '127.0.0.1', port: server.port, path: '/api/importFiles', method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': '5000000', Cookie: cookie },
      })
      req.on('error', () => ok())
      req.write('{"sources":[{"kind":"upload","name":"a.txt","bytesBase64":"' + 'A'.repeat(2_000_000))
      setTimeout(() => req.destroy(), 50)
      req.on('close', () => ok())
    })
    expect((await call({ Cookie: cookie })).status).toBe(200)
  })
})

// Browser-mode server against hostile requests: rebinding Host names, null and look-alike Origins,
// the token in the wrong place, and path traversal on static files (raw, encoded, double-encoded).
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startArchiveServer, type ArchiveServer } from '../../../src/main/server/http-server'
import { createFakeApi } from './fake-api'

let server: ArchiveServer
const SECRET = 'TOP-SECRET-CONTENT'
const INDEX = '<!doctype html><html><head><title>index</title></head><body></body></html>'

function send(path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string }>((ok, ko) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (c: string) => (body += c))
      res.on('end', () => ok({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', ko)
    if (opts.body) req.write(opts.body)
    req.end()
  })
}

const json = { 'Content-Type': 'application/json' }
const call = (headers: Record<string, string>, path = '/api/listIssues') =>
  send(path, { method: 'POST', body: '{}', headers: { ...json, ...headers } })

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'hostile-test-'))
  mkdirSync(join(root, 'renderer'))
  mkdirSync(join(root, 'fonts'))
  writeFileSync(join(root, 'renderer', 'index.html'), INDEX)
  writeFileSync(join(root, 'secret.txt'), SECRET)
  server = await startArchiveServer({ api: createFakeApi(), rendererDir: join(root, 'renderer'), fontsDir: join(root, 'fonts') })
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
    expect((await call({ Host: h, 'X-Archive-Token': server.token })).status).toBe(421)
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
  ])('refuses Origin %s with 403 even with the right token', async (origin) => {
    const r = await call({ Origin: origin(server.port), 'X-Archive-Token': server.token })
    expect(r.status).toBe(403)
    expect(r.body).not.toContain(server.token)
  })
})

describe('the token', () => {
  it('counts only in X-Archive-Token (API) or ?token= (event stream)', async () => {
    expect((await call({ Authorization: `Bearer ${server.token}` })).status).toBe(401)
    expect((await call({ Cookie: `token=${server.token}` })).status).toBe(401)
    expect((await call({}, `/api/listIssues?token=${server.token}`)).status).toBe(401)
    expect((await call({ 'X-Archive-Token': server.token.toUpperCase() })).status).toBe(401)
    expect((await send('/api/events', { headers: { 'X-Archive-Token': server.token } })).status).toBe(401)
    expect((await call({ 'X-Archive-Token': server.token })).status).toBe(200)
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
    const r = await send(path)
    expect(r.body).not.toContain(SECRET)
    expect(r.body).not.toMatch(/root:.*:0:0:/)
    // Either refused, or the app's own page (unknown routes fall back to index.html).
    if (r.status === 200) expect(r.body).toContain('<title>index</title>')
    else expect(r.status).toBe(404)
  })
})

// Browser-mode server with a fake ArchiveApi: Host/Origin/session guards, Result shape with real
// HTTP statuses, uploads only, size limit, busy before the body.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { sendTo, signIn, type Reply, type SendOptions } from './client'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startArchiveServer, type ArchiveServer } from '../../../src/main/server/http-server'
import { createProgressHub } from '../../../src/main/shell/progress-hub'
import { BACKUPS_DIR, createFakeApi, type FakeApi } from '../../support/fake-api'

let server: ArchiveServer
let api: FakeApi
let cookie: string
let importing = false
const hub = createProgressHub()

/** Raw request, so Host and Origin can be forged the way a rebinding page would send them. */
const send = (path: string, opts: SendOptions = {}): Promise<Reply> => sendTo(server.port, path, opts)

const post = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  send(`/api/${method}`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', Cookie: cookie, ...headers },
  })

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'server-test-'))
  mkdirSync(join(root, 'renderer'))
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>')
  writeFileSync(join(root, 'secret.txt'), 'secret')
  api = createFakeApi()
  server = await startArchiveServer(
    { api, rendererDir: join(root, 'renderer'), sampleFile: join(root, 'sample.txt'), progress: hub, maxBodyBytes: 4096, backupsDir: BACKUPS_DIR, isImporting: () => importing },
    0,
  )
  cookie = await signIn(server)
})

afterAll(() => server.close())

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 only and reports its address', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`)
  })

  it('serves index.html with a CSP to a signed-in browser, and no secret in it', async () => {
    const r = await send('/', { headers: { Cookie: cookie } })
    expect(r.status).toBe(200)
    expect(r.body).toContain('<title>t</title>')
    expect(r.body).not.toContain(cookie.split('=')[1])
    expect(r.body).not.toMatch(/archive-token|code=/)
    expect(r.headers['content-security-policy']).toContain("script-src 'self'")
  })

  it('shows a browser without a session a Chinese sign-in page, not the app or any secret', async () => {
    const code = new URL(server.startUrl()).searchParams.get('code') as string
    const r = await send('/')
    expect(r.status).toBe(401)
    expect(r.body).toContain('启动时')
    expect(r.body).not.toContain(code)
    expect(r.body).not.toContain('<title>t</title>')
    expect(r.headers['set-cookie']).toBeUndefined()
  })

  it('swaps the start code for an HttpOnly SameSite=Strict cookie and drops the code from the address', async () => {
    const url = new URL(server.startUrl())
    const r = await send(`/${url.search}`)
    expect(r.status).toBe(303)
    expect(r.headers.location).toBe('/')
    const set = String(r.headers['set-cookie'])
    expect(set).toMatch(new RegExp(`^gazette_session_${server.port}=[\\w-]{40,};`))
    expect(set).toContain('HttpOnly')
    expect(set).toContain('SameSite=Strict')
    expect(set).toContain('Path=/')
    const fresh = set.split(';')[0]
    expect((await post('listIssues', {}, { Cookie: fresh })).status).toBe(200)
    // Used once: the same code signs nobody else in, and a new one is minted for the next browser.
    expect((await send(`/${url.search}`)).status).toBe(401)
    expect(server.startUrl()).not.toBe(url.href)
  })

  it('does not serve files outside the renderer', async () => {
    expect((await send('/../secret.txt')).status).toBe(404)
    expect((await send('/%2e%2e/secret.txt')).status).toBe(404)
  })

  it('rejects a foreign Host (DNS rebinding) with 421', async () => {
    const r = await post('listIssues', {}, { Host: `evil.example:${server.port}` })
    expect(r.status).toBe(421)
    expect((await send('/', { headers: { Host: 'attacker.test' } })).status).toBe(421)
  })

  it('accepts localhost:<port> as Host', async () => {
    expect((await post('listIssues', {}, { Host: `localhost:${server.port}` })).status).toBe(200)
  })

  it('rejects a foreign Origin with 403', async () => {
    const r = await post('listIssues', {}, { Origin: 'http://evil.example' })
    expect(r.status).toBe(403)
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('rejects a missing or wrong session with 401', async () => {
    const missing = await send('/api/listIssues', { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } })
    expect(missing.status).toBe(401)
    expect((await post('listIssues', {}, { Cookie: `gazette_session_${server.port}=nope` })).status).toBe(401)
    expect((await send('/api/events')).status).toBe(401)
  })

  it('answers a valid call with a Result', async () => {
    const r = await post('listDocuments', { offset: 0, limit: 10 }, { Origin: `http://127.0.0.1:${server.port}` })
    expect(r.status).toBe(200)
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { total: 1 } })
  })

  it('turns service errors into Results without internals, with real HTTP statuses', async () => {
    const missing = await post('getDocument', { id: 2 })
    expect(missing.status).toBe(404)
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const internal = await post('exportPdf', { documentIds: [1] })
    expect(internal.status).toBe(500)
    const r = JSON.parse(internal.body) as { error: { code: string; message: string } }
    expect(r.error.code).toBe('INTERNAL')
    expect(r.error.message).not.toContain('secret')
  })

  it('validates the request shape and method name', async () => {
    expect((await post('getDocument', { id: 'x' })).status).toBe(400)
    const unknown = await post('dropTables', {})
    expect(unknown.status).toBe(404)
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const bad = await send('/api/listIssues', { method: 'POST', body: '{oops', headers: { 'Content-Type': 'application/json', Cookie: cookie } })
    expect(bad.status).toBe(400)
  })

  it('refuses path sources from the page', async () => {
    const before = api.calls.length
    const r = await post('importFiles', { sources: [{ kind: 'path', path: '/etc/passwd' }] })
    expect(r.status).toBe(403)
    expect(api.calls.length).toBe(before)
  })

  it('backups: no target or folder from the page; a source only directly inside the backups folder', async () => {
    const before = api.calls.length
    expect((await post('backupArchive', { target: '/media/usb' })).status).toBe(403)
    expect((await post('listBackups', { folder: BACKUPS_DIR })).status).toBe(403)
    for (const source of ['/etc', `${BACKUPS_DIR}/../../etc`, `${BACKUPS_DIR}/a/b`, BACKUPS_DIR]) {
      const r = await post('restoreArchive', { source })
      expect(r.status).toBe(403)
      expect(JSON.parse(r.body)).toMatchObject({ error: { message: expect.stringMatching(/默认备份文件夹/) } })
    }
    expect(api.calls.length).toBe(before)
    const ok = await post('restoreArchive', { source: `${BACKUPS_DIR}/公报档案备份-20240101-080000` })
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true })
    expect(JSON.parse((await post('backupArchive', {})).body)).toMatchObject({ ok: true })
    expect((await post('checkBackup', { source: 5 })).status).toBe(400)
  })

  it('accepts uploads', async () => {
    const r = await post('importFiles', { sources: [{ kind: 'upload', name: 'a.txt', bytesBase64: 'YWJj' }] })
    expect(JSON.parse(r.body)).toMatchObject({ ok: true })
  })

  it('imports the bundled sample through its own path', async () => {
    const r = await post('shell/importSample', {})
    expect(JSON.parse(r.body)).toMatchObject({ ok: true })
    expect(api.calls.at(-1)).toMatchObject({ method: 'importFiles', req: { sources: [{ kind: 'path' }] } })
  })

  it('refuses a body over the limit with 413', async () => {
    const r = await post('importFiles', { sources: [{ kind: 'upload', name: 'big.txt', bytesBase64: 'A'.repeat(10_000) }] })
    expect(r.status).toBe(413)
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'FILE_TOO_LARGE' } })
  })

  it('refuses an upload name with control characters (a newline would forge a log line)', async () => {
    const before = api.calls.length
    for (const name of ['a.txt\n2026-01-01T00:00:00.000Z INFO 已导入 x', 'a\r.txt', 'a\u0000.txt', 'a\u001b[2J.txt']) {
      const r = await post('importFiles', { sources: [{ kind: 'upload', name, bytesBase64: 'YWJj' }] })
      expect(r.status).toBe(400)
    }
    expect(api.calls.length).toBe(before)
  })

  it('refuses an upload while an import runs before reading its body (409)', async () => {
    importing = true
    try {
      // The body is announced but never sent: an answer proves nothing waited for it.
      const r = await new Promise<number>((ok, ko) => {
        const req = request(
          { host: '127.0.0.1', port: server.port, path: '/api/importFiles', method: 'POST',
            headers: { 'Content-Type': 'application/json', 'Content-Length': '3000', Cookie: cookie } },
          (res) => ok(res.statusCode ?? 0),
        )
        req.on('error', ko)
        req.write('{"sources":')
      })
      expect(r).toBe(409)
    } finally {
      importing = false
    }
  })

  it('streams importProgress over SSE with the session cookie', async () => {
    const got = await new Promise<string>((ok, ko) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: '/api/events', headers: { Cookie: cookie } }, (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => {
          text += c
          if (text.includes(': connected')) hub.emit({ file: 'a.txt', fileIndex: 0, fileCount: 1, stage: 'done' })
          if (text.includes('event: importProgress')) {
            req.destroy()
            ok(text)
          }
        })
      })
      req.on('error', ko)
      req.end()
    })
    expect(got).toContain('"stage":"done"')
  })
})

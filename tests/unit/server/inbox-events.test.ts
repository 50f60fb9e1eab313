// Browser mode's inbox: reports on the SSE stream, the folder given with --inbox, the fixed default port.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { signIn } from './client'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_PORT, startArchiveServer, startOnDefaultPort, type ArchiveServer } from '../../../src/main/server/http-server'
import { createInboxHub } from '../../../src/main/shell/progress-hub'
import { createFakeApi } from '../../support/fake-api'
import type { ImportReport } from '../../../src/shared/domain'

const inboxHub = createInboxHub()
let server: ArchiveServer
let rendererDir: string
let cookie: string

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'server-inbox-'))
  rendererDir = join(root, 'renderer')
  mkdirSync(rendererDir)
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>')
  const inbox = { events: inboxHub, folder: () => '/srv/收件' }
  server = await startArchiveServer({ api: createFakeApi(), rendererDir, inbox }, 0)
  cookie = await signIn(server)
})

afterAll(() => server.close())

function readEvents(until: string, onConnected: () => void): Promise<string> {
  return new Promise((ok, ko) => {
    const req = request({ host: '127.0.0.1', port: server.port, path: '/api/events', headers: { Cookie: cookie } }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (c: string) => {
        text += c
        if (text.includes(': connected') && !text.includes('event:')) onConnected()
        if (text.includes(until)) {
          req.destroy()
          ok(text)
        }
      })
    })
    req.on('error', ko)
    req.end()
  })
}

describe('browser-mode inbox', () => {
  it('pushes inboxImported over the SSE stream', async () => {
    const report: ImportReport = {
      imported: [{ file: 'a.txt', issue: '兴县人民政府公报 2022年第3期', documents: 45, warnings: [], code: 'IMPORTED', sourceIndex: 0, warningCodes: [] }],
      skipped: [],
      failed: [],
    }
    const text = await readEvents('event: inboxImported', () => inboxHub.emit(report))
    expect(text).toContain('2022年第3期')
  })

  it('tells the page which folder it watches', async () => {
    const res = await fetch(`${server.url}api/shell/inboxFolder`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: '{}',
    })
    expect(await res.json()).toEqual({ ok: true, value: { folder: '/srv/收件' } })
  })

  it('starts on the fixed port, or on a free one when it is taken', async () => {
    const a = await startOnDefaultPort({ api: createFakeApi(), rendererDir })
    const b = await startOnDefaultPort({ api: createFakeApi(), rendererDir })
    try {
      expect(a.port).not.toBe(b.port)
      // Unless something else already holds it, the first one got the bookmarkable port.
      expect(b.port).not.toBe(DEFAULT_PORT)
    } finally {
      await Promise.all([a.close(), b.close()])
    }
  })
})

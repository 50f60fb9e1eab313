// Upload bodies: the limit follows the importer's per-file limit, a large body is spooled to a
// private temp file as it arrives (and removed after), and an oversized one is cut off at the limit.
import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_FILE_LIMITS } from '../../../src/main/importer/worker/pipeline'
import { bodyLimitFor } from '../../../src/main/server/body'
import { startArchiveServer, type ArchiveServer } from '../../../src/main/server/http-server'
import { signIn } from './client'
import { createFakeApi, type FakeApi } from '../../support/fake-api'

let server: ArchiveServer
let api: FakeApi
let cookie: string
let spoolDir: string
const oldTmp = process.env.TMPDIR

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'upload-body-'))
  mkdirSync(join(root, 'renderer'))
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><html><head></head><body></body></html>')
  spoolDir = join(root, 'tmp')
  mkdirSync(spoolDir)
  process.env.TMPDIR = spoolDir // os.tmpdir() follows it: the spool files land where we can see them
  api = createFakeApi()
  server = await startArchiveServer({ api, rendererDir: join(root, 'renderer'), maxBodyBytes: 8 * 1024 * 1024 }, 0)
  cookie = await signIn(server)
})
afterAll(async () => {
  process.env.TMPDIR = oldTmp
  await server.close()
  rmSync(join(spoolDir, '..'), { recursive: true, force: true })
})

/** Sends `body` chunked (no Content-Length), as a streaming client would; resolves with the status. */
function upload(body: string): Promise<number> {
  return new Promise((ok, ko) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path: '/api/importFiles', method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: cookie } },
      (res) => {
        res.resume()
        res.on('end', () => ok(res.statusCode ?? 0))
      },
    )
    req.on('error', ko)
    for (let i = 0; i < body.length; i += 64 * 1024) req.write(body.slice(i, i + 64 * 1024))
    req.end()
  })
}

const sourceOf = (base64: string): string => JSON.stringify({ sources: [{ kind: 'upload', name: 'a.txt', bytesBase64: base64 }] })

describe('upload bodies', () => {
  it('default limit: one file of the per-file import limit, base64-encoded, plus the JSON around it', () => {
    const limit = bodyLimitFor(DEFAULT_FILE_LIMITS.maxFileBytes)
    expect(limit).toBeGreaterThanOrEqual((DEFAULT_FILE_LIMITS.maxFileBytes * 4) / 3)
    expect(limit).toBeLessThan((DEFAULT_FILE_LIMITS.maxFileBytes * 4) / 3 + 2 * 1024 * 1024)
  })

  it('a 3 MB body (past the in-memory 1 MB) reaches the service intact and leaves no temp file', async () => {
    const base64 = Buffer.alloc(2 * 1024 * 1024 + 5, 7).toString('base64')
    expect(await upload(sourceOf(base64))).toBe(200)
    const last = api.calls.at(-1) as { req: { sources: { bytesBase64: string }[] } }
    expect(last.req.sources[0].bytesBase64).toBe(base64)
    expect(readdirSync(spoolDir)).toEqual([])
  })

  it('a chunked body over the limit is refused with 413 and nothing is left in the temp folder', async () => {
    const before = api.calls.length
    expect(await upload(sourceOf('A'.repeat(9 * 1024 * 1024)))).toBe(413)
    expect(api.calls.length).toBe(before)
    expect(readdirSync(spoolDir)).toEqual([])
  })
})

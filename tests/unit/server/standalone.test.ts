// `npm run serve` / `npm start` in browser mode: the first address printed carries the one-time
// code, and that address signs a browser in exactly once.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { sendTo } from './client'

const ROOT = resolve(import.meta.dirname, '../../..')
const dir = mkdtempSync(join(tmpdir(), 'standalone-'))
let child: ChildProcess | undefined
let stdout = ''

afterAll(() => {
  child?.kill('SIGTERM')
  rmSync(dir, { recursive: true, force: true })
})

/** Starts the standalone server and resolves with its stdout lines up to the first address. */
function start(): Promise<string[]> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/main/server/standalone.ts', '--db', join(dir, 'a.db'), '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1' },
  })
  child = proc
  return new Promise((ok, ko) => {
    proc.stdout.setEncoding('utf8')
    proc.stdout.on('data', (d: string) => {
      stdout += d
      if (/http:\/\/\S+/.test(stdout) && stdout.includes('\n')) ok(stdout.split('\n'))
    })
    proc.on('exit', (code) => ko(new Error(`standalone exited ${code}`)))
  })
}

describe('standalone browser mode', () => {
  it('prints the one-time start address first, and it works once', async () => {
    const lines = await start()
    const first = lines.find((l) => /http:\/\//.test(l)) as string
    const url = new URL(/http:\/\/\S+/.exec(first)?.[0] as string)
    expect(url.hostname).toBe('127.0.0.1')
    expect(url.searchParams.get('code')).toMatch(/^[\w-]{40,}$/)
    const port = Number(url.port)
    const signIn = await sendTo(port, `/${url.search}`)
    expect(signIn.status).toBe(303)
    expect(String(signIn.headers['set-cookie'])).toContain('HttpOnly')
    expect((await sendTo(port, `/${url.search}`)).status).toBe(401)
    const page = await sendTo(port, '/')
    expect(page.status).toBe(401)
    expect(page.body).not.toContain(url.searchParams.get('code'))
    // The code was used: a browser without a session makes the terminal show a fresh one.
    await expect.poll(() => /新的访问地址.*(http:\/\/\S+)/.exec(stdout)?.[1], { timeout: 5000 }).toBeTruthy()
    const renewed = new URL(/新的访问地址.*(http:\/\/\S+)/.exec(stdout)?.[1] as string)
    expect(renewed.searchParams.get('code')).not.toBe(url.searchParams.get('code'))
    expect((await sendTo(port, `/${renewed.search}`)).status).toBe(303)
  }, 60_000)
})

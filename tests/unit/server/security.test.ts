// Pure guards and helpers of browser mode.
import { describe, expect, it } from 'vitest'
import { isAllowedHost, isAllowedOrigin, isSameOriginFetch } from '../../../src/main/server/security'
import { readCookie } from '../../../src/main/server/session'
import { defaultDbFile, parseArgs } from '../../../src/main/server/paths'

describe('security guards', () => {
  it.each([
    ['127.0.0.1:8080', true],
    ['localhost:8080', true],
    ['127.0.0.1:9090', false],
    ['evil.example:8080', false],
    ['', false],
  ])('host %s → %s', (host, ok) => {
    expect(isAllowedHost({ host }, 8080)).toBe(ok)
  })

  it.each([
    [undefined, true],
    ['http://127.0.0.1:8080', true],
    ['http://localhost:8080', true],
    ['null', false],
    ['http://127.0.0.1:8081', false],
    ['https://127.0.0.1:8080', false],
  ])('origin %s → %s', (origin, ok) => {
    expect(isAllowedOrigin({ origin }, 8080)).toBe(ok)
  })

  it.each([
    [undefined, true],
    ['same-origin', true],
    ['same-site', false],
    ['cross-site', false],
    ['none', false],
  ])('Sec-Fetch-Site %s → %s', (site, ok) => {
    expect(isSameOriginFetch({ 'sec-fetch-site': site })).toBe(ok)
  })

  it('reads one cookie by exact name', () => {
    expect(readCookie('a=1; gazette_session_1=x; b=2', 'gazette_session_1')).toBe('x')
    expect(readCookie('xgazette_session_1=y', 'gazette_session_1')).toBeNull()
    expect(readCookie(undefined, 'a')).toBeNull()
  })
})

describe('standalone options', () => {
  it('parses --db and --port', () => {
    expect(parseArgs(['--db', 'x.db', '--port=8080'])).toEqual({ db: 'x.db', port: '8080' })
  })

  it('puts the default archive in the per-user data folder', () => {
    expect(defaultDbFile({ HOME: '/home/a' }, 'linux')).toBe('/home/a/.local/share/gazette-archive/archive.db')
    expect(defaultDbFile({ HOME: '/home/a', XDG_DATA_HOME: '/x' }, 'linux')).toBe('/x/gazette-archive/archive.db')
  })
})

// Pure guards and helpers of browser mode.
import { describe, expect, it } from 'vitest'
import { isAllowedHost, isAllowedOrigin, tokenMatches } from '../../../src/main/server/security'
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

  it('compares tokens exactly', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true)
    expect(tokenMatches('abd', 'abc')).toBe(false)
    expect(tokenMatches('ab', 'abc')).toBe(false)
    expect(tokenMatches(undefined, 'abc')).toBe(false)
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

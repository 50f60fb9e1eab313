// A file name (or an error message) with a newline must not forge entries in the support log.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createFileLogger } from '../../../src/main/log'

let dir: string
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'log-lines-'))))
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const ENTRY = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (INFO|ERROR) /

describe('log entries', () => {
  it('a name with CR/LF/ESC stays inside its own entry, escaped', () => {
    const file = join(dir, 'a.log')
    const log = createFileLogger(file)
    const name = 'a.txt\n2026-01-01T00:00:00.000Z INFO 已导入 伪造.txt\r\u001b[2J'
    log.info(`导入失败：${name}`)
    log.error(`导入失败：${name}`, new Error(`坏文件 ${name}`))
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean)
    expect(lines.filter((l) => ENTRY.test(l))).toHaveLength(2)
    expect(lines[0]).toContain('a.txt\\u000a2026-01-01T00:00:00.000Z INFO 已导入 伪造.txt\\u000d\\u001b[2J')
    // The stack (with the name's newline) follows, every line of it indented.
    expect(lines.slice(2).every((l) => l.startsWith('    '))).toBe(true)
    expect(lines.slice(2).join('\n')).toContain('坏文件 a.txt')
  })
})

// issue correct / history / undo: the app's 更正本期信息 from a terminal, the same checks and answers.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IssueIdentityChange } from '../../../src/shared/issue-identity'
import { SAMPLE_TXT } from '../../support/sample'
import { cli, json } from './run-cli'

let dir: string
let db: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-issue-'))
  db = join(dir, 'a.db')
  expect(cli('import', SAMPLE_TXT, '--db', db).code).toBe(0)
}, 120_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('issue correct, history, undo', () => {
  it('refuses a 期 that cannot be, in Chinese, and corrects 期 and 总期号', () => {
    const bad = cli('issue', 'correct', '1', '--no', '0', '--year', '1800', '--db', db)
    expect(bad.code).not.toBe(0)
    expect(bad.stderr).toContain('年份须为 1949–2100 之间的整数（填的是“1800”）；期号须为正整数')
    const ok = cli('issue', 'correct', '1', '--no', '3', '--total', '5', '--editor', '王档案', '--note', '据封面', '--db', db)
    expect(ok.stdout.trim()).toMatch(/^已更正：现为 兴县人民政府公报 2022年第3期（总第5期），出版于 \d{4}-\d{2}-\d{2}$/)
    const history = json<IssueIdentityChange[]>(cli('issue', 'history', '1', '--db', db, '--json'))
    expect(history.map((c) => [c.editor, c.note])).toEqual([['王档案', '据封面']])
    expect(history[0].summary).toMatch(/^期号：第2期 → 第3期；总期号：总第\d+期 → 总第5期$/)
    expect(cli('issue', 'undo', String(history[0].id), '--db', db).stdout.trim()).toMatch(/^已撤销：现为 兴县人民政府公报 2022年第2期（总第\d+期）/)
  }, 120_000)
})

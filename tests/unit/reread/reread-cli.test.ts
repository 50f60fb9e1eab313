// reread in the terminal: the comparison in Chinese, one JSON value with --json, --apply saves.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RereadOutcome, RereadPreview, RereadSummary } from '../../../src/shared/issue-comparison'
import { ageIssue, type Aged } from '../../support/older-reading'
import { SAMPLE_TXT } from '../../support/sample'
import { cli, json } from '../cli/run-cli'

let dir: string
let db: string
let aged: Aged

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'reread-cli-'))
  db = join(dir, 'archive.db')
  expect(cli('import', SAMPLE_TXT, '--db', db).code).toBe(0)
  const conn = new Database(db)
  try {
    aged = ageIssue(conn, 1)
  } finally {
    conn.close()
  }
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('reread', () => {
  it('prints the differences in Chinese without saving', () => {
    const r = cli('reread', '1', '--db', db)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('文件数：44 → 45；字段有变化 2 份')
    expect(r.stdout).toContain(`  + ${aged.lost.docNumber} ${aged.lost.title}`)
    expect(r.stdout).toContain(`      标题：${aged.cutTitle.stored} → ${aged.cutTitle.title}`)
    expect(r.stdout).toContain(`      栏目：${aged.wrongCategory.stored} → ${aged.wrongCategory.category}`)
    const all = json<RereadSummary[]>(cli('reread', 'all', '--db', db, '--json'))
    expect(all).toEqual([expect.objectContaining({ issueId: 1, counts: { old: 44, new: 45 }, changed: 2, onlyNew: 1, onlyOld: 0 })])
  })

  it('--json --apply prints one JSON value with the preview and what was applied', () => {
    const r = cli('reread', '1', '--db', db, '--json', '--apply')
    expect(r.code).toBe(0)
    const out = json<RereadPreview & { applied: RereadOutcome }>(r)
    expect(out.comparison.onlyNew.map((d) => d.docNumber)).toEqual([aged.lost.docNumber])
    expect(out.applied).toMatchObject({ documents: 45, correctionsKept: 0, correctionsListed: [] })
    const again = cli('reread', String(out.applied.issueId), '--db', db)
    expect(again.stdout).toContain('新版本的识别结果与档案中相同。')
  })

  it('refuses a target that is neither an issue number nor all', () => {
    const r = cli('reread', 'x', '--db', db)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('用法：reread <期编号|all>')
  })
})

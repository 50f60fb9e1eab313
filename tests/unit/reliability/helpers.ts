// Shared by the reliability tests: issue variants of the real sample, a CLI child process, archive checks.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Database } from 'better-sqlite3'
import { SAMPLE_TXT } from '../../support/sample'

export const ROOT = resolve(import.meta.dirname, '../../..')
export const SAMPLE = SAMPLE_TXT

/** The sample as issue `n` of 2022: only the two cover lines that carry 期 change. */
export function issueVariant(n: number): string {
  const text = readFileSync(SAMPLE, 'utf8')
  return text
    .replace(/^2022 第2期$/m, `2022 第${n}期`)
    .replace(/^2022 年第 2 期（总第 4 期）$/m, `2022 年第 ${n} 期（总第 ${n + 2} 期）`)
}

/** Writes issues `ns` into `dir` as xingxian-2022-0N.txt; returns their paths. */
export function writeIssues(dir: string, ns: number[]): string[] {
  mkdirSync(dir, { recursive: true })
  return ns.map((n) => {
    const file = join(dir, `xingxian-2022-${String(n).padStart(2, '0')}.txt`)
    writeFileSync(file, issueVariant(n))
    return file
  })
}

export interface Child {
  proc: ChildProcess
  stdout: string
  stderr: string
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

/** `node scripts/archive.mjs …`, as `npm run archive` runs it (no npm: the kill must reach the CLI process itself). */
export function spawnCli(args: string[], env: Record<string, string> = {}): Child {
  const proc = spawn(process.execPath, ['scripts/archive.mjs', ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', ...env },
  })
  const child: Child = { proc, stdout: '', stderr: '', done: Promise.resolve({ code: null, signal: null }) }
  proc.stdout?.on('data', (d: Buffer) => (child.stdout += d.toString()))
  proc.stderr?.on('data', (d: Buffer) => (child.stderr += d.toString()))
  child.done = new Promise((ok) => proc.on('close', (code, signal) => ok({ code, signal })))
  return child
}

export interface IssueRow {
  issueNo: number
  documents: number
  sources: number
}

/** Per issue: how many documents and source-file records it has. */
export function issueRows(db: Database): IssueRow[] {
  return db
    .prepare(
      `SELECT i.issue_no AS issueNo,
              (SELECT COUNT(*) FROM documents d WHERE d.issue_id = i.id) AS documents,
              (SELECT COUNT(*) FROM source_files s WHERE s.issue_id = i.id) AS sources
       FROM issues i ORDER BY i.issue_no`,
    )
    .all() as IssueRow[]
}

/** Rows that belong to nothing: what a half-saved issue would leave behind. */
export function orphanCounts(db: Database): Record<string, number> {
  const n = (sql: string): number => (db.prepare(sql).pluck().get() as number) ?? 0
  return {
    documents: n('SELECT COUNT(*) FROM documents WHERE issue_id NOT IN (SELECT id FROM issues)'),
    sections: n('SELECT COUNT(*) FROM sections WHERE issue_id NOT IN (SELECT id FROM issues)'),
    sourceFiles: n('SELECT COUNT(*) FROM source_files WHERE issue_id IS NULL'),
  }
}

/** What "the same archive" means: every document's identity and text, in a stable order. */
export function documentSnapshot(db: Database): unknown[] {
  return db
    .prepare(
      `SELECT i.year, i.issue_no, d.seq, d.doc_number, d.title, d.body_text
       FROM documents d JOIN issues i ON i.id = d.issue_id ORDER BY i.issue_no, d.seq`,
    )
    .all()
}

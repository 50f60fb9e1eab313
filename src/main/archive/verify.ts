// Checks an archive: SQLite integrity, the FTS index, and the SHA-256 of every kept original
// (archived, waiting under 待核对, or kept for 恢复替换前).
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Database } from 'better-sqlite3'
import { fileKind, hashOriginal, originalPath } from './originals'
import { listKeptOriginals, type KeptOriginal } from '../db/kept-originals'

export interface VerifyReport {
  ok: boolean
  integrity: 'ok' | string[]
  fts: 'ok' | string
  filesChecked: number
  documents: number
  /** Chinese, one line per problem, naming the file. */
  problems: string[]
  /**
   * Files in the originals folder that no record points at: left by an import stopped between
   * keeping the file and committing its issue. Harmless — the next import of that file reuses
   * it — so reported, not a failure, and never deleted here (another process may be just
   * between those two steps).
   */
  unreferenced: string[]
}

export function checkIntegrity(db: Database): 'ok' | string[] {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[]
  const lines = rows.map((r) => r.integrity_check)
  return lines.length === 1 && lines[0] === 'ok' ? 'ok' : lines
}

export function checkFts(db: Database): 'ok' | string {
  try {
    db.prepare(`INSERT INTO documents_fts(documents_fts) VALUES('integrity-check')`).run()
    return 'ok'
  } catch (err) {
    return err instanceof Error ? err.message : String(err)
  }
}

/** One original: inside the archive, a regular file, the recorded size, then (capped) its hash. */
function checkOriginal(filesDir: string, f: KeptOriginal): string | null {
  const name = `${f.originalName}（${f.storedPath}）`
  let full: string
  try {
    full = originalPath(filesDir, f.storedPath)
  } catch {
    return `原件路径不合规，未读取（档案记录可能被篡改）：${name}`
  }
  const kind = fileKind(full)
  if (kind === null) return `原件缺失：${name}`
  if (kind !== 'file') return `原件不是普通文件（符号链接或特殊文件），未读取：${name}`
  const { sha256, size } = hashOriginal(filesDir, f.storedPath, f.size)
  if (size !== f.size) return `原件已损坏（大小不符）：${name}`
  return sha256 === f.sha256 ? null : `原件已损坏（SHA-256 不符）：${name}`
}

function checkOriginals(db: Database, filesDir: string): { checked: number; problems: string[] } {
  const files = listKeptOriginals(db)
  const problems = files.map((f) => checkOriginal(filesDir, f)).filter((p): p is string => p !== null)
  return { checked: files.length, problems }
}

/** Like checkOriginals, handing the event loop back between files so the app stays responsive. */
async function checkOriginalsAsync(db: Database, filesDir: string): Promise<{ checked: number; problems: string[] }> {
  const files = listKeptOriginals(db)
  const problems: string[] = []
  for (const f of files) {
    const p = checkOriginal(filesDir, f)
    if (p) problems.push(p)
    await new Promise((ok) => setImmediate(ok))
  }
  return { checked: files.length, problems }
}

/** Relative paths (ab/abcd….pdf) of every file under the originals folder. */
function listStoredFiles(filesDir: string): string[] {
  if (!existsSync(filesDir)) return []
  const out: string[] = []
  for (const d of readdirSync(filesDir, { withFileTypes: true })) {
    if (!d.isDirectory()) {
      out.push(d.name)
      continue
    }
    for (const f of readdirSync(join(filesDir, d.name))) out.push(`${d.name}/${f}`)
  }
  return out
}

function findUnreferenced(db: Database, filesDir: string): string[] {
  // Originals waiting under 待核对 or of replaced issues 恢复替换前 can bring back are kept on purpose.
  const known = new Set(listKeptOriginals(db).map((f) => f.storedPath))
  return listStoredFiles(filesDir).filter((p) => !known.has(p))
}

function report(db: Database, filesDir: string, originals: { checked: number; problems: string[] }): VerifyReport {
  const integrity = checkIntegrity(db)
  const fts = checkFts(db)
  const problems: string[] = []
  if (integrity !== 'ok') problems.push(...integrity.map((l) => `数据库完整性检查：${l}`))
  if (fts !== 'ok') problems.push(`全文索引检查未通过：${fts}`)
  if ((db.pragma('foreign_key_check') as unknown[]).length) problems.push('数据库外键检查未通过')
  problems.push(...originals.problems)
  const documents = (db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n
  const unreferenced = findUnreferenced(db, filesDir)
  return { ok: problems.length === 0, integrity, fts, filesChecked: originals.checked, documents, problems, unreferenced }
}

export function verifyArchive(db: Database, filesDir: string): VerifyReport {
  return report(db, filesDir, checkOriginals(db, filesDir))
}

/** verifyArchive for a long-running process (the app): hashing originals does not block it. */
export async function verifyArchiveAsync(db: Database, filesDir: string): Promise<VerifyReport> {
  return report(db, filesDir, await checkOriginalsAsync(db, filesDir))
}

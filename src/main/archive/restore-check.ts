// A backup's database is not trusted: before it replaces anything, its schema must be exactly
// what this program's migrations build for its version (no planted triggers, views or tables),
// and every row naming a stored original must be in the content-addressed form.
import Database from 'better-sqlite3'
import type { Database as Db } from 'better-sqlite3'
import { AppError } from '../../shared/errors'
import { fileKind, originalPath, storedPathHash } from './originals'
import { listKeptOriginals } from '../db/kept-originals'
import { LATEST_VERSION, migrate, schemaVersion } from '../db/migrate'
import { checkFts, checkIntegrity } from './verify'

const KIND: Record<string, string> = { table: '表', index: '索引', trigger: '触发器', view: '视图' }

/** Opens a database from a backup without letting its schema run anything on our behalf. */
export function openUntrusted(file: string, opts: { readonly?: boolean } = {}): Db {
  const db = new Database(file, { fileMustExist: true, readonly: opts.readonly ?? false })
  // Functions in triggers and views only if harmless; SQLite checks page cells as it reads them.
  // (better-sqlite3 offers no switch for SQLITE_DBCONFIG_DEFENSIVE; writable_schema stays off.)
  db.pragma('trusted_schema = OFF')
  db.pragma('cell_size_check = ON')
  db.pragma('writable_schema = OFF')
  return db
}

type Schema = Map<string, string>

function schemaOf(db: Db): Schema {
  const rows = db.prepare(`SELECT type, name, sql FROM sqlite_master ORDER BY type, name`).all() as {
    type: string
    name: string
    sql: string | null
  }[]
  return new Map(rows.map((r) => [`${r.type}\u0000${r.name}`, (r.sql ?? '').trim()]))
}

/** What the migrations build for `version`, in a fresh in-memory database. */
export function expectedSchema(version: number): Schema {
  const mem = new Database(':memory:')
  try {
    migrate(mem, undefined, version)
    return schemaOf(mem)
  } finally {
    mem.close()
  }
}

/** One Chinese line per table, index, trigger or view that differs from what the migrations build. */
export function schemaProblems(db: Db): string[] {
  const want = expectedSchema(schemaVersion(db))
  const have = schemaOf(db)
  const label = (key: string): string => {
    const [type, name] = key.split('\u0000')
    return `${KIND[type] ?? type} ${name}`
  }
  const problems: string[] = []
  for (const [key, sql] of have) {
    if (!want.has(key)) problems.push(`含有本程序不会建立的${label(key)}，已拒绝`)
    else if (want.get(key) !== sql) problems.push(`${label(key)} 的定义与本程序不同，已拒绝`)
  }
  for (const key of want.keys()) if (!have.has(key)) problems.push(`缺少${label(key)}`)
  return problems
}

/**
 * Rows naming a stored original that is not `xx/<sha256>.<ext>` with the row's own hash: of the
 * archived issues, of those waiting under 待核对, and of the replaced issues 恢复替换前 keeps.
 */
export function sourcePathProblems(db: Db): string[] {
  return listKeptOriginals(db)
    .filter((r) => storedPathHash(r.storedPath) === null || storedPathHash(r.storedPath) !== r.sha256)
    .map((r) => `原件记录的路径不合规（可能是伪造的备份），已拒绝：${String(r.originalName)}（${String(r.storedPath)}）`)
}

function refuse(problems: string[]): never {
  throw new AppError('CORRUPT_FILE', `备份中的数据库不可信，未做任何替换：\n${problems.join('\n')}`)
}

/** Opens the staged copy and refuses it unless its schema, rows, SQLite and the FTS index are sound. */
export function checkDatabase(file: string): void {
  let db: Db
  try {
    db = openUntrusted(file)
  } catch {
    throw new AppError('CORRUPT_FILE', `备份中的数据库无法打开：${file}`)
  }
  try {
    const version = schemaVersion(db)
    if (version > LATEST_VERSION) {
      throw new AppError('ARCHIVE_TOO_NEW', `备份来自更新版本的程序（结构版本 ${version}），请先升级程序。`)
    }
    if (version < 1) refuse(['不是本程序的档案数据库（没有结构版本）'])
    const schema = schemaProblems(db)
    if (schema.length) refuse(schema)
    const integrity = checkIntegrity(db)
    if (integrity !== 'ok') throw new AppError('CORRUPT_FILE', `备份中的数据库已损坏：${integrity.join('；')}`)
    const paths = sourcePathProblems(db)
    if (paths.length) refuse(paths)
    const fts = checkFts(db)
    if (fts !== 'ok') throw new AppError('CORRUPT_FILE', `备份中的全文索引已损坏：${fts}`)
  } catch (err) {
    if (err instanceof AppError) throw err
    throw new AppError('CORRUPT_FILE', `备份中的数据库无法读取：${err instanceof Error ? err.message : String(err)}`)
  } finally {
    db.close()
  }
}

/**
 * Path settings are not taken over from a backup (its inbox folder may point anywhere, and
 * browser mode only accepts folders staff choose): cleared, returned so the outcome can say so.
 */
export function clearPathSettings(file: string): { inboxFolder: string | null } {
  const db = openUntrusted(file)
  try {
    const hasTable = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'`).get()
    if (!hasTable) return { inboxFolder: null }
    const old = db.prepare(`SELECT value FROM settings WHERE key = 'inbox_folder'`).pluck().get() as string | undefined
    db.prepare(`DELETE FROM settings WHERE key = 'inbox_folder'`).run()
    return { inboxFolder: old ?? null }
  } finally {
    db.close()
  }
}

/**
 * Originals the restored database names that its folder lacks: a backup made by an earlier
 * version left out those of issues waiting under 待核对 and of replaced issues. Those issues still
 * work (review, 入库, 恢复替换前); only 对照原文 has no page to show, and 检查档案 lists them.
 */
export function missingKeptOriginals(dbFile: string, filesDir: string): number {
  const db = openUntrusted(dbFile, { readonly: true })
  const absent = (rel: string): boolean => {
    try {
      return fileKind(originalPath(filesDir, rel)) !== 'file'
    } catch {
      return true
    }
  }
  try {
    return listKeptOriginals(db).filter((f) => absent(f.storedPath)).length
  } finally {
    db.close()
  }
}

// Every original the archive keeps on disk, whoever keeps it: an archived issue (source_files), an
// issue waiting under 待核对 (staged_issues), or an issue a replace took out that 恢复替换前 can
// still bring back (replaced_issues). Backups copy all of them and 检查档案 hashes all of them.
// Works on archives of any schema version (a pre-migration backup reads an older one).
import type { Database } from 'better-sqlite3'
import { listSourceFiles, type SourceFileInput } from './source-files'

export type KeptOriginal = SourceFileInput

function hasTable(db: Database, name: string): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined
}

function stagedOriginals(db: Database): KeptOriginal[] {
  if (!hasTable(db, 'staged_issues')) return []
  const sql = `SELECT sha256, original_name AS originalName, stored_path AS storedPath, size, media_type AS mediaType,
                 staged_at AS importedAt FROM staged_issues ORDER BY id`
  return db.prepare(sql).all() as KeptOriginal[]
}

/** The source_files rows a snapshot holds, as they were stored when the issue was replaced. */
function snapshotOriginals(db: Database): KeptOriginal[] {
  if (!hasTable(db, 'replaced_issues')) return []
  const sql = `SELECT j.value AS row FROM replaced_issues r, json_each(r.rows_json, '$.source_files') j
               WHERE r.undone_at IS NULL ORDER BY r.id, j.key`
  return (db.prepare(sql).pluck().all() as string[]).map((json) => {
    const r = JSON.parse(json) as Record<string, unknown>
    return {
      sha256: String(r.sha256),
      originalName: String(r.original_name),
      storedPath: String(r.stored_path),
      size: Number(r.size),
      mediaType: String(r.media_type),
      importedAt: String(r.imported_at),
    }
  })
}

/** Each kept original once (by stored path), archived issues first. */
export function listKeptOriginals(db: Database): KeptOriginal[] {
  const seen = new Set<string>()
  const all = [...listSourceFiles(db), ...stagedOriginals(db), ...snapshotOriginals(db)]
  return all.filter((f) => !seen.has(f.storedPath) && seen.add(f.storedPath) !== undefined)
}

/** Bytes of all kept originals (room a backup needs). */
export function keptOriginalsSize(db: Database): number {
  return listKeptOriginals(db).reduce((n, f) => n + f.size, 0)
}

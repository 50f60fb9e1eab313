// 用新版本重新识别: an archived issue read again from its kept original with the current importer,
// through the same comparison and replace as 安全替换 (replace-compare.ts); a backup first, and
// 恢复替换前 afterwards like any replace.
import { dirname, join } from 'node:path'
import type { RereadOutcome, RereadPreview } from '../../shared/issue-comparison'
import { AppError } from '../../shared/errors'
import type { Archive } from '../archive/open-archive'
import { backupArchive } from '../archive/backup'
import { addImportLog } from '../db/import-log'
import { setReplacedAt } from '../db/replaced-issues'
import { readAgain, type ReadDeps, type Reading } from './reread-read'
import { replaceAndCompare, simulate, STALE } from './replace-compare'
import { dropExpiredSnapshots, removeUnreferenced } from './replace-snapshots'
import { undoInfo } from './replace-undo'

export interface RereadDeps extends ReadDeps {
  archive: () => Archive
  now?: () => Date
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-')
}

export function createReread(deps: RereadDeps): {
  previewReread(issueId: number): Promise<RereadPreview>
  applyReread(issueId: number, expect: string): Promise<RereadOutcome>
} {
  const read = (issueId: number): Promise<Reading> => readAgain(deps.archive(), issueId, deps)
  return {
    async previewReread(issueId) {
      const r = await read(issueId)
      return simulate(deps.archive().db, r)
    },

    async applyReread(issueId, expect) {
      const r = await read(issueId)
      const archive = deps.archive()
      const { db } = archive
      if (simulate(db, r).fingerprint !== expect) throw new AppError('BAD_REQUEST', STALE)
      if (archive.dbFile === ':memory:') throw new AppError('BAD_REQUEST', '内存中的档案库无法备份，不能重新识别')
      const now = deps.now?.() ?? new Date()
      const backupDir = join(dirname(archive.filesDir), 'backups', `${stamp(now)}-reread-${r.key.year}-${r.key.issueNo}`)
      await backupArchive(archive.dbFile, backupDir, now)
      const saved = db
        .transaction(() => {
          const { preview, saved } = replaceAndCompare(db, r)
          if (preview.fingerprint !== expect) throw new AppError('BAD_REQUEST', STALE)
          if (saved.snapshotId !== null) setReplacedAt(db, saved.snapshotId, now.toISOString())
          const kept = preview.corrections.total - saved.correctionsSkipped.length
          const message = `重新识别${r.label}（用新版本识别已保存的原件，原件不变；保留更正 ${kept} 条；重新识别前备份：${backupDir}）`
          const warnings = [...r.readWarnings, ...saved.correctionsSkipped]
          const log = { at: now.toISOString(), file: r.sources[0].originalName, sha256: r.sources[0].sha256 }
          addImportLog(db, { ...log, outcome: 'replaced', issueId: saved.issueId, message, warnings })
          return { saved, kept }
        })
        .immediate()
      // The snapshot of an earlier replace of this 期, and those past their time, go now.
      removeUnreferenced(archive, saved.saved.replacedFiles)
      dropExpiredSnapshots(archive, now)
      return {
        issueId: saved.saved.issueId,
        issue: r.label,
        documents: saved.saved.documentIds.length,
        backupDir,
        correctionsKept: saved.kept,
        correctionsListed: saved.saved.correctionsSkipped,
        undo: undoInfo(db, saved.saved.issueId) ?? undefined,
      }
    },
  }
}

// 安全替换: a file whose issue is already held is read once by the import, held here for a while,
// compared with the archived issue (the same comparison as a re-read), and saved only after staff
// confirm the very preview they saw. The replace keeps a snapshot of the old issue (恢复替换前).
import { randomBytes } from 'node:crypto'
import type { Database } from 'better-sqlite3'
import type { ParsedIssue } from '../../shared/domain'
import type { IssueFieldChange, ReplaceOutcome, ReplacePreview } from '../../shared/issue-comparison'
import { AppError } from '../../shared/errors'
import type { Archive } from '../archive/open-archive'
import { removeStored, storedPathFor, storeOriginal } from '../archive/store-original'
import { addImportLog } from '../db/import-log'
import { findIssueId, issueLabel } from '../db/issues'
import { setReplacedAt } from '../db/replaced-issues'
import { findSourceBySha, findSourceForIssue, isStoredPathReferenced } from '../db/source-files'
import type { HeldFile } from '../importer/import-files'
import type { Reading } from './reread-read'
import { replaceAndCompare, simulate, STALE } from './replace-compare'
import { dropExpiredSnapshots, removeUnreferenced } from './replace-snapshots'
import { undoInfo } from './replace-undo'

/** A file read by an import and skipped because its issue is held (with the reader's warnings). */
export type HeldReplacement = HeldFile

/** Files held at once, and their bytes in all; the oldest goes first. */
const MAX_HELD = 8
const MAX_HELD_BYTES = 256 * 1024 * 1024
const GONE = '这份文件的读取结果已不在内存中（程序重启过或读取了更多文件），请重新导入后再替换'

const shown = (v: string | number | null): string => (v === null ? '（空）' : String(v))

function issueChanges(db: Database, issueId: number, p: ParsedIssue): IssueFieldChange[] {
  const old = db.prepare('SELECT total_no, published_on FROM issues WHERE id = ?').get(issueId) as { total_no: number | null; published_on: string | null }
  const out: IssueFieldChange[] = []
  if (p.meta.totalNo !== old.total_no) out.push({ label: '总期号', old: shown(old.total_no), new: shown(p.meta.totalNo) })
  if (p.meta.publishedOn !== old.published_on) out.push({ label: '出版日期', old: shown(old.published_on), new: shown(p.meta.publishedOn) })
  return out
}

function readingOf(db: Database, h: HeldReplacement, importedAt: string): Reading {
  const { meta } = h.parsed
  const label = issueLabel(meta)
  const issueId = findIssueId(db, meta.gazette, meta.year, meta.issueNo)
  if (issueId === null) throw new AppError('NOT_FOUND', `档案中已没有${label}，请直接导入这份文件`)
  if (findSourceBySha(db, h.sha256)) throw new AppError('BAD_REQUEST', `「${h.name}」已在档案中（SHA-256 相同），无需替换`)
  const source = {
    sha256: h.sha256, originalName: h.name, storedPath: storedPathFor(h.sha256, h.name),
    size: h.bytes.length, mediaType: h.mediaType, importedAt,
  }
  return {
    issueId, key: { gazette: meta.gazette, year: meta.year, issueNo: meta.issueNo }, label,
    sources: [source], parsed: h.parsed, readWarnings: h.warnings, issueChanges: issueChanges(db, issueId, h.parsed),
  }
}

export function createReplace(deps: { archive: () => Archive; now?: () => Date }) {
  const held = new Map<string, HeldReplacement>()
  const now = (): Date => deps.now?.() ?? new Date()
  const take = (token: string): HeldReplacement => {
    const h = held.get(token)
    if (!h) throw new AppError('NOT_FOUND', GONE)
    return h
  }

  return {
    /** Keeps a file read by an import for a replace; returns its token. */
    hold(h: HeldReplacement): string {
      const token = randomBytes(16).toString('hex')
      held.set(token, h)
      const bytes = (): number => [...held.values()].reduce((n, x) => n + x.bytes.length, 0)
      while (held.size > MAX_HELD || (held.size > 1 && bytes() > MAX_HELD_BYTES)) held.delete(held.keys().next().value as string)
      return token
    },

    previewReplace(token: string): ReplacePreview {
      const { db } = deps.archive()
      const r = readingOf(db, take(token), now().toISOString())
      const oldFile = findSourceForIssue(db, r.issueId)?.originalName ?? null
      return { ...simulate(db, r), token, oldFile }
    },

    /** Saves the previewed replace (`expect`: its fingerprint); the old issue stays restorable. */
    applyReplace(token: string, expect: string): ReplaceOutcome {
      const archive = deps.archive()
      const { db, filesDir } = archive
      const h = take(token)
      const at = now().toISOString()
      const r = readingOf(db, h, at)
      if (simulate(db, r).fingerprint !== expect) throw new AppError('BAD_REQUEST', STALE)
      const rel = storeOriginal(filesDir, h.sha256, h.name, h.bytes)
      r.sources[0].storedPath = rel
      try {
        const out = db
          .transaction(() => {
            const { preview, saved } = replaceAndCompare(db, r)
            if (preview.fingerprint !== expect) throw new AppError('BAD_REQUEST', STALE)
            if (saved.snapshotId !== null) setReplacedAt(db, saved.snapshotId, at)
            const c = preview.comparison.counts
            const kept = preview.corrections.total - saved.correctionsSkipped.length
            const message = `替换${r.label}（原有 ${c.old} 件 → 现有 ${c.new} 件；保留更正 ${kept} 条；可“恢复替换前”）`
            const warnings = [...r.readWarnings, ...saved.correctionsSkipped]
            addImportLog(db, { at, file: h.name, sha256: h.sha256, outcome: 'replaced', issueId: saved.issueId, message, warnings })
            return { saved, kept }
          })
          .immediate()
        held.delete(token)
        // The snapshot of an earlier replace of this 期, and those past their time, go now.
        removeUnreferenced(archive, out.saved.replacedFiles)
        dropExpiredSnapshots(archive, now())
        const undo = undoInfo(db, out.saved.issueId)
        if (!undo) throw new AppError('INTERNAL', '替换已保存，但未找到替换前的快照')
        return {
          issueId: out.saved.issueId, issue: r.label, documents: out.saved.documentIds.length,
          correctionsKept: out.kept, correctionsListed: out.saved.correctionsSkipped, undo,
        }
      } catch (err) {
        if (!isStoredPathReferenced(db, rel)) removeStored(filesDir, rel)
        throw err
      }
    },
  }
}

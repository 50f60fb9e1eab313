// Types of everyday archive work and maintenance: validity relations, corrections, scans, series,
// settings, the import log, checks and backups. Runs anywhere (no electron, node:* or DOM).
import type { CitationSource, SearchFilters } from './domain'

export type RelationKind = 'repeals' | 'amends' | 'extends'
export type ValidityStatus = 'repealed' | 'amended' | 'extended'

/** outgoing: this document repeals/amends/extends `docNumber`; incoming: `sourceId` does so to this one. */
export interface DocumentRelation {
  kind: RelationKind
  docNumber: string
  targetId: number | null
  direction: 'outgoing' | 'incoming'
  sourceId?: number
  sourceDocNumber?: string | null
  sourceTitle?: string
}

/** A 文号 cited in the archive but not held, with the documents citing it. */
export interface DanglingReference {
  docNumber: string
  citedBy: CitationSource[]
}

export type CorrectableField =
  | 'title'
  | 'docNumber'
  | 'issuer'
  | 'recipients'
  | 'date'
  | 'category'
  | 'docType'
  | 'public'

export interface DocumentChanges {
  title?: string
  docNumber?: string | null
  issuer?: string | null
  recipients?: string | null
  date?: string | null // YYYY-MM-DD
  category?: string | null
  docType?: string | null
  public?: boolean
}

/** One recorded change; `body`/`split`/`merge`/`blockKind`/`undo` values are JSON, `summary` is for people.
 *  `undo` rows take back the change whose id their new value names; the change taken back carries
 *  `undoneBy` (the undo's id). */
export interface CorrectionRecord {
  id: number
  documentId: number | null
  relatedDocumentId: number | null
  editor: string
  at: string
  field: CorrectableField | 'body' | 'split' | 'merge' | 'blockKind' | 'undo'
  oldValue: string | null
  newValue: string | null
  note: string | null
  summary: string
  /** The 发文机关 merge or rename this correction is part of (undoIssuerChange undoes it whole), or null. */
  issuerChangeId?: number | null
  undoneBy: number | null
}

/** A search kept by name (issue 16): the query and its filters, re-run from the sidebar. */
export interface SavedSearch {
  id: number
  name: string
  query: string
  filters: SearchFilters
  createdAt: string
}

export interface ScannedDocumentInput {
  docNumber: string | null
  title: string
  issuer: string | null
  date: string | null
  pageFrom: number
  pageTo: number
  category?: string | null
}

export interface SeriesYear {
  year: number
  held: { issueNo: number; issueId: number }[]
  /** 期 not held: 1..expectedPerYear (the last year: up to its highest 期 held). */
  missing: number[]
  /** No issue of this year is held at all. */
  wholeYearMissing: boolean
}

export interface GazetteSeries {
  gazette: string
  /** The highest 期 seen in any year (4 for a quarterly); a year's gaps are measured against it. */
  expectedPerYear: number
  firstYear: number
  lastYear: number
  years: SeriesYear[]
  heldCount: number
  missingCount: number
}

export interface ArchiveSettings {
  inboxFolder: string | null
  editorName: string | null
  /** Remind staff to back up when the last backup is older than this many days; 0 turns it off. */
  backupReminderDays: number
  /** When staff last made a backup (ISO time), or null: none since this setting existed. */
  lastBackupAt: string | null
  /** Folder and inbox imports save an issue at once when all its documents are confident; the
   *  others wait under 待核对 (default on). Files chosen one by one are always reviewed first. */
  autoSaveConfident: boolean
}

/** What staff may change of the settings (lastBackupAt is written by backups themselves). */
export type SettingsChanges = Partial<Pick<ArchiveSettings, 'inboxFolder' | 'editorName' | 'backupReminderDays' | 'autoSaveConfident'>>

export type CatalogueScope = { all: true } | { issueId: number } | { documentIds: number[] }

export interface ImportLogRecord {
  id: number
  at: string
  file: string
  outcome: 'imported' | 'replaced' | 'skipped' | 'failed' | 'removed' | 'staged' | 'kept'
  issueId: number | null
  message: string
  warnings: string[]
}

/** 检查档案: what verifyArchive found (the CLI's verify, as data for the page). */
export interface ArchiveCheckReport {
  ok: boolean
  integrityOk: boolean
  ftsOk: boolean
  /** Originals whose SHA-256 was checked. */
  filesChecked: number
  documents: number
  /** Chinese, one line per problem, naming the file. */
  problems: string[]
  /** Files in the originals folder no record points at (an interrupted import): a note, not a problem. */
  unreferenced: number
}

/** Why a backup exists: made by staff, or automatically before an upgrade or a removal. */
export type BackupReason = 'manual' | 'pre-migration' | 'removed' | 'other'

export interface BackupInfo {
  /** Absolute folder path, produced by main (the page sends it back unchanged to check or restore). */
  path: string
  name: string
  /** In the default backups folder beside the archive, or in a folder chosen with the dialog. */
  location: 'default' | 'chosen'
  reason: BackupReason
  /** The reason for people: 手动备份, 程序升级前自动备份, 删除 2022年第2期 前自动备份… */
  reasonText: string
  createdAt: string | null
  bytes: number
  originals: number
  /** Set when the folder cannot be a backup (no or unreadable manifest.json). */
  problem: string | null
}

export interface BackupList {
  /** The archive database file (named in the restore confirmation). */
  archiveFile: string
  /** Where backups go when no folder is chosen (browser mode always). */
  defaultFolder: string
  backups: BackupInfo[]
}

export interface BackupResult {
  path: string
  createdAt: string
  bytes: number
  originals: number
  warnings: string[]
  /** What manifest.json lists (the CLI's backup --json prints it). */
  manifest: BackupManifest
}

/** One file a backup holds: its path relative to the backup folder (with /), size and SHA-256. */
export interface ManifestFile {
  path: string
  sha256: string
  size: number
}

/** A backup folder's manifest.json. */
export interface BackupManifest {
  format: 'gazette-archive-backup'
  version: 1
  createdAt: string
  schemaVersion: number
  database: string
  files: ManifestFile[]
}

/** A backup's check before restoring: every listed file's SHA-256, then the database itself. */
export interface BackupCheck {
  ok: boolean
  problems: string[]
  createdAt: string | null
  originals: number
  bytes: number
  /** What the backup holds (null when its database could not be read). */
  issues: number | null
  documents: number | null
}

export interface RestoreOutcome {
  restoredFrom: string
  createdAt: string
  /** Folder keeping the archive that was replaced. */
  keptAs: string | null
  originals: number
  /** The backup's inbox folder, not taken over from the backup (chosen again in 设置), or null. */
  clearedInboxFolder: string | null
  /** What the restore did not take over, one Chinese sentence each (shown after 恢复完成). */
  notes: string[]
}

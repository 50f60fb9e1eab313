// Old issue against new issue, document by document: what re-reading an archived issue (用新版本
// 重新识别) or replacing it with another file (安全替换) would change. Runs anywhere.
import type { Consult, ConfidenceReason } from './domain'

/** One document as compared, from the archive (with its id) or from a parse (id null). */
export interface ComparedDocument {
  id: number | null
  seq: number
  docNumber: string | null
  title: string
  category: string | null
  issuers: string[]
  recipients: string | null
  date: string | null
  public: boolean
  docType: string | null
  consult: Consult | null
  paragraphs: string[]
  /** null: imported before confidence was kept. */
  confidence: number | null
  reasons: ConfidenceReason[]
}

export type ComparedField =
  | 'docNumber'
  | 'title'
  | 'category'
  | 'issuers'
  | 'recipients'
  | 'date'
  | 'public'
  | 'docType'
  | 'consult'
  | 'body'

/** A field whose value differs, both values as staff read them (空 for none). */
export interface FieldChange {
  field: ComparedField
  /** 标题, 文号, 栏目… */
  label: string
  old: string
  new: string
}

/** An issue-level value read differently: 总期号, 出版日期, or the 期 itself (kept as archived). */
export type IssueFieldChange = Omit<FieldChange, 'field'>

/** Enough of a document to name it in a list. */
export interface DocumentBrief {
  id: number | null
  seq: number
  docNumber: string | null
  title: string
  confidence: number | null
  doubtful: boolean
  reasons: ConfidenceReason[]
}

/** How an old and a new document were paired: same 文号, same title, or same place between paired ones. */
export type MatchedBy = 'docNumber' | 'title' | 'position'

export interface DocumentPair {
  matchedBy: MatchedBy
  old: DocumentBrief
  new: DocumentBrief
  /** Empty when nothing compared differs. */
  changes: FieldChange[]
}

export interface ConfidenceStats {
  /** Over documents that have a confidence; null when none has. */
  mean: number | null
  min: number | null
  doubtful: number
}

/** Reasons to warn in red before accepting the new issue. */
export interface ComparisonWarnings {
  fewerDocuments: boolean
  lowerMeanConfidence: boolean
  lowerMinConfidence: boolean
  moreDoubtful: boolean
}

export interface IssueComparison {
  counts: { old: number; new: number }
  /** Every paired document, in the new issue's order. */
  pairs: DocumentPair[]
  /** Pairs with at least one change. */
  changed: number
  /** Documents the new issue lacks. */
  onlyOld: DocumentBrief[]
  /** Documents the new issue adds. */
  onlyNew: DocumentBrief[]
  confidence: { old: ConfidenceStats; new: ConfidenceStats }
  warnings: ComparisonWarnings
  /** True when any warning is set: the UI shows `warningMessages` in red. */
  warn: boolean
  /** Chinese, one per warning set: 新版本少了 2 份文件… */
  warningMessages: string[]
  /** Nothing differs at all. */
  same: boolean
}

/** What re-reading one archived issue would do (ArchiveApi.previewReread); nothing is saved. */
export interface RereadPreview {
  issueId: number
  /** 兴县人民政府公报 2022年第2期 */
  issue: string
  /** The kept original that was read again. */
  file: string
  comparison: IssueComparison
  /** Issue-level fields read differently (总期号, 出版日期); the issue keeps its place (刊名, 年, 期). */
  issueChanges: IssueFieldChange[]
  /** Staff corrections of this issue: how many there are, and those that would no longer apply. */
  corrections: { total: number; notReapplied: string[] }
  /** The reader's and parser's warnings for the new reading. */
  readWarnings: string[]
  /** Identifies this preview; applyReread refuses when the archive or the reading has changed since. */
  fingerprint: string
}

/** What replacing an issue by another file would do (ArchiveApi.previewReplace); nothing is saved. */
export interface ReplacePreview extends RereadPreview {
  /** The import that read the new file; applyReplace takes it with the fingerprint. */
  token: string
  /** The file the archived issue came from. */
  oldFile: string | null
}

/** An issue that replaced another and can still be put back (恢复替换前). */
export interface ReplaceUndo {
  /** The issue now held (the replacement). */
  issueId: number
  issue: string
  replacedAt: string
  /** What the old issue had. */
  oldDocuments: number
  oldFile: string | null
}

/** What applying a replace did (ArchiveApi.applyReplace). */
export interface ReplaceOutcome {
  issueId: number
  issue: string
  documents: number
  correctionsKept: number
  correctionsListed: string[]
  /** 恢复替换前 with undoReplace({ issueId }). */
  undo: ReplaceUndo
}

/** What 恢复替换前 did (ArchiveApi.undoReplace). */
export interface UndoReplaceOutcome {
  /** The old issue's id, as it was before the replace. */
  issueId: number
  issue: string
  documents: number
}

/** What applying a re-read did (ArchiveApi.applyReread). */
export interface RereadOutcome {
  /** The issue's id after the re-read (a replaced issue gets a new id). */
  issueId: number
  issue: string
  documents: number
  /** The backup taken before anything changed. */
  backupDir: string
  /** Corrections re-applied to the new reading. */
  correctionsKept: number
  /** Corrections that no longer fit, one Chinese line each (also added to the issue's warnings). */
  correctionsListed: string[]
  /** 恢复替换前 puts the issue back as it was before the re-read (undoReplace). */
  undo?: ReplaceUndo
}

/** One line of a re-read of every issue (CLI `reread all`). */
export interface RereadSummary {
  issueId: number
  issue: string
  counts: { old: number; new: number }
  changed: number
  onlyOld: number
  onlyNew: number
  warningMessages: string[]
  /** Set when the issue could not be re-read (no original kept, a scan, a reading that failed). */
  error?: string
}

/**
 * A change of confidence worth showing on its own: both readings have one and they differ, or
 * the new reading is doubtful where the old was not. An archive from before confidence was kept
 * would otherwise list every document.
 */
export function confidenceChanged(p: DocumentPair): boolean {
  if (p.old.confidence !== null && p.new.confidence !== null) return p.old.confidence !== p.new.confidence
  return p.new.doubtful && !p.old.doubtful
}

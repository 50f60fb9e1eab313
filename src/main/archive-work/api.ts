// The archive-work part of the service (corrections, validity, scans, series, catalogue, settings).
import type { Database } from 'better-sqlite3'
import type { ArchiveApi } from '../../shared/api'
import type { ArchiveSettings, Block } from '../../shared/domain'
import { AppError } from '../../shared/errors'
import type { Archive } from '../archive/open-archive'
import { blocksOf, changeText, fieldText, readStored } from '../db/document-edit'
import { correct } from '../corrections/apply'
import { listHistory } from '../db/corrections'
import type { CorrectionOp } from '../corrections/ops'
import { undoCorrection } from '../corrections/undo'
import { getDocument } from '../db/documents'
import { listImportLog } from '../db/import-log'
import { listDanglingReferences } from '../db/relations'
import { deleteSavedSearch, insertSavedSearch, listSavedSearches, renameSavedSearch } from '../db/saved-searches'
import { listSeries } from '../db/series'
import { getCatalogueRules, setCatalogueRules } from '../db/catalogue-rules'
import { listGazetteRenames, renameGazette } from '../db/gazettes'
import { getSettings, setSettings } from '../db/settings'
import type { Mutation } from '../maintenance/mutation'
import { exportCatalogue } from './catalogue'
import { exportIssuePdfs } from './issue-pdfs'
import { removeIssue } from './remove-issue'
import { createNamesApi, type NameMethods } from './names-api'
import { catalogScannedIssue, getScan } from './scans'

type WorkMethods =
  | 'listDanglingReferences' | 'correctDocument' | 'correctBody' | 'splitDocument' | 'mergeDocuments'
  | 'getDocumentHistory' | 'catalogScannedIssue' | 'getScan' | 'listSeries' | 'removeIssue'
  | 'listImportLog' | 'exportCatalogue' | 'exportIssuePdfs' | 'getSettings' | 'setSettings' | NameMethods
  | 'undoCorrection' | 'listSavedSearches' | 'saveSearch' | 'renameSavedSearch' | 'deleteSavedSearch'
  | 'getCatalogueRules' | 'setCatalogueRules' | 'renameGazette' | 'listGazetteRenames'

export interface WorkDeps {
  archive: Archive
  fontsDir?: string
  now?: () => Date
  onSettingsChanged: (s: ArchiveSettings) => void
  /** Runs every write: activity tracking and the search index's refresh (maintenance/mutation.ts). */
  mutation: Mutation
}

const FIELDS = ['title', 'docNumber', 'issuer', 'recipients', 'date', 'category', 'docType', 'public'] as const

/** New paragraphs keep the kind of an old block with the same text, else of the block at that index. */
export function blocksFromParagraphs(old: Block[], paragraphs: string[]): Block[] {
  const byText = new Map(old.map((b) => [b.text, b.kind]))
  return paragraphs
    .map((p) => p.trim())
    .filter(Boolean)
    .map((text, i) => ({ kind: byText.get(text) ?? old[i]?.kind ?? 'paragraph', text }))
}

function run(db: Database, id: number, op: CorrectionOp, meta: { editor: string; note?: string; at: string }): number[] {
  const { touched, relatedId } = correct(db, id, op, meta)
  return relatedId === null ? touched : [...touched, relatedId]
}

export function createArchiveWorkApi(deps: WorkDeps): Pick<ArchiveApi, WorkMethods> {
  const { archive, mutation } = deps
  const { db } = archive
  const at = (): string => (deps.now?.() ?? new Date()).toISOString()

  return {
    ...createNamesApi(db, mutation, at),
    listDanglingReferences: async () => listDanglingReferences(db),

    correctDocument: (req) => mutation('editing', () => {
      const current = readStored(db, req.id)
      for (const field of FIELDS) {
        if (req.changes[field] === undefined) continue
        const value = changeText(field, req.changes)
        if (value === fieldText(current, field)) continue // unchanged: no history row
        run(db, req.id, { field, value }, { editor: req.editor, note: req.note, at: at() })
      }
      return getDocument(db, req.id)
    }),

    correctBody: (req) => mutation('editing', () => {
      const blocks = blocksFromParagraphs(blocksOf(readStored(db, req.id)), req.paragraphs)
      run(db, req.id, { field: 'body', blocks }, { editor: req.editor, note: req.note, at: at() })
      return getDocument(db, req.id)
    }),

    splitDocument: (req) => mutation('editing', () => {
      const blocks = blocksOf(readStored(db, req.id))
      if (req.atBlock < 1 || req.atBlock >= blocks.length) throw new AppError('BAD_REQUEST', '拆分位置须在正文中间')
      const op: CorrectionOp = { field: 'split', atBlock: req.atBlock, blockText: blocks[req.atBlock].text, title: req.title, docNumber: req.docNumber }
      const ids = run(db, req.id, op, { editor: req.editor, note: req.note, at: at() })
      return { firstId: req.id, secondId: ids[ids.length - 1] }
    }),

    mergeDocuments: (req) => mutation('editing', () => {
      const second = readStored(db, req.secondId)
      const op: CorrectionOp = { field: 'merge', secondSeq: second.seq, secondDocNumber: second.doc_number, secondTitle: second.title }
      run(db, req.firstId, op, { editor: req.editor, note: req.note, at: at() })
      return getDocument(db, req.firstId)
    }),

    getDocumentHistory: async (req) => listHistory(db, req.id),

    undoCorrection: (req) => mutation('editing', () => {
      const { documentId } = undoCorrection(db, req.id, { editor: req.editor, note: req.note, at: at() })
      return { documentId }
    }),

    listSavedSearches: async () => listSavedSearches(db),
    saveSearch: (req) => mutation('editing', () => insertSavedSearch(db, req.name, req.query, req.filters, at())),
    renameSavedSearch: (req) => mutation('editing', () => renameSavedSearch(db, req.id, req.name)),
    deleteSavedSearch: (req) => mutation('editing', () => deleteSavedSearch(db, req.id)),

    catalogScannedIssue: (req) => mutation('editing', () => catalogScannedIssue(archive, req, deps.now?.())),

    getScan: async (req) => getScan(archive, req.issueId),
    listSeries: async () => listSeries(db),

    removeIssue: (req) => mutation('removing', () => removeIssue(archive, req, deps.now?.())),

    listImportLog: async (req) =>
      listImportLog(db, req?.limit ?? 1000).map(({ sha256: _sha, ...e }) => e),
    exportCatalogue: (req) => exportCatalogue(db, req, deps.fontsDir),
    getCatalogueRules: async (req) => getCatalogueRules(db, req.gazette),
    setCatalogueRules: (req) => mutation('editing', () => setCatalogueRules(db, req.gazette, req.rules)),
    renameGazette: (req) => mutation('editing', () => renameGazette(db, req.from, req.to, { editor: req.editor, at: at() })),
    listGazetteRenames: async () => listGazetteRenames(db),
    exportIssuePdfs: (req) => exportIssuePdfs(db, req.issueId, deps.fontsDir, req.format),
    getSettings: async () => getSettings(db),

    async setSettings(req) {
      const s = setSettings(db, req)
      deps.onSettingsChanged(s)
      return s
    },
  }
}

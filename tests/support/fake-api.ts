// A small in-memory ArchiveApi for shell and component tests: records calls, returns fixed data.
// Runs in Node and in the browser (it imports only src/shared).
import type { ArchiveApi } from '../../src/shared/api'
import { DEFAULT_RULES } from '../../src/shared/catalogue'
import type { DocumentSummary, GazetteDocument, StagedIssue } from '../../src/shared/domain'
import { AppError } from '../../src/shared/errors'
import type { ReplaceUndo, RereadPreview } from '../../src/shared/issue-comparison'
import type { IssuerChange, IssuerOverview } from '../../src/shared/issuer-names'

export const SUMMARY: DocumentSummary = {
  id: 1, issueId: 1, gazette: '兴县人民政府公报', year: 2022, issueNo: 2, totalNo: 4, seq: 1,
  docNumber: '兴政发〔2022〕8号', title: '关于印发全面落实保障农民工工资支付相关制度的通知', tocTitle: null,
  category: '县政府文件', docType: '通知', issuer: '兴县人民政府', recipients: '各乡（镇）人民政府', date: '2022-05-12',
  public: true, tocPage: 1, consult: { unit: '兴县人力资源和社会保障局', phone: '6322389' },
}

const NO_STATS = { mean: null, min: null, doubtful: 0 }

/** A re-read that changes nothing. */
export const REREAD_PREVIEW: RereadPreview = {
  issueId: 1, issue: 'g', file: 'a.txt', issueChanges: [], corrections: { total: 0, notReapplied: [] }, readWarnings: [],
  fingerprint: 'a'.repeat(64),
  comparison: {
    counts: { old: 0, new: 0 }, pairs: [], changed: 0, onlyOld: [], onlyNew: [], confidence: { old: NO_STATS, new: NO_STATS },
    warnings: { fewerDocuments: false, lowerMeanConfidence: false, lowerMinConfidence: false, moreDoubtful: false },
    warn: false, warningMessages: [], same: true,
  },
}

/** A staged issue of one doubtful document, for the review screen's component tests. */
export const STAGED_ISSUE: StagedIssue = {
  id: 1, label: '兴县人民政府公报 2022年第2期', gazette: '兴县人民政府公报', year: 2022, issueNo: 2, file: 'a.txt',
  originalName: 'a.txt', mediaType: 'text/plain', stagedAt: '2024-01-01T00:00:00.000Z', replace: false,
  documentCount: 1, doubtfulCount: 1, held: false, tocMatched: 0, warnings: [], toc: [],
  meta: { gazette: '兴县人民政府公报', year: 2022, issueNo: 2, totalNo: 4, publishedOn: null, publisher: null },
  documents: [{
    seq: 1, docNumber: null, docNumberRaw: null, title: '关于印发的通知', tocTitle: null, category: null, docType: '通知',
    issuer: null, issuers: [], recipients: null, date: null, public: true, tocPage: null, consult: null, attachments: [],
    blocks: [{ kind: 'paragraph', text: '正文' }], sources: [{ lineFrom: 3, lineTo: 3 }], citations: [],
    confidence: 0.3, reasons: [{ code: 'NO_DATE', message: '未找到成文日期' }],
  }],
}
/** A replace that 恢复替换前 can undo. */
export const UNDO: ReplaceUndo = { issueId: 2, issue: 'g', replacedAt: '2026-01-01T00:00:00.000Z', oldDocuments: 1, oldFile: 'old.txt' }

/** A merge as the service reports it. */
export const ISSUER_CHANGE: IssuerChange = {
  id: 1, kind: 'merge', from: '兴县财政局', to: '吕梁市兴县财政局', editor: '张三', at: '2026-01-01T00:00:00.000Z',
  note: null, documents: 2, undoneAt: null, undoneBy: null, summary: '合并：兴县财政局 → 吕梁市兴县财政局（2 份文件）',
}
export const ISSUER_OVERVIEW: IssuerOverview = {
  issuers: [{ name: '兴县人民政府', documents: 5, aliases: [] }, { name: '吕梁市兴县财政局', documents: 1, aliases: [] }, { name: '兴县财政局', documents: 1, aliases: [] }],
  suggestions: [{ alias: '兴县财政局', canonical: '吕梁市兴县财政局', reason: '去掉「吕梁市」后同名' }],
  changes: [],
}

/** The default backups folder the shells are told about in tests. */
export const BACKUPS_DIR = '/data/backups'

export type FakeApi = ArchiveApi & { calls: { method: string; req: unknown }[] }

/** `overrides` replace single methods (their calls are recorded too). */
export function createFakeApi(overrides: Partial<ArchiveApi> = {}): FakeApi {
  const calls: { method: string; req: unknown }[] = []
  const rec = <T>(method: string, req: unknown, value: T): Promise<T> => {
    calls.push({ method, req })
    return Promise.resolve(value)
  }
  const doc: GazetteDocument = {
    ...SUMMARY, docNumberRaw: SUMMARY.docNumber, issuers: ['兴县人民政府'], attachments: [],
    paragraphs: ['正文'], blocks: [{ kind: 'paragraph', text: '正文' }], citations: [], citedBy: [],
  }
  const api: FakeApi = {
    calls,
    importFiles: (req) => rec('importFiles', req, { imported: [], skipped: [], failed: [] }),
    listIssues: (req) => rec('listIssues', req, []),
    getIssueToc: (req) => rec('getIssueToc', req, { issue: { id: 1, gazette: 'g', year: 2022, issueNo: 2, totalNo: 4, publishedOn: null, documentCount: 1, importedAt: '', warnings: [] }, toc: [] }),
    getFacets: (req) => rec('getFacets', req, { gazettes: [], years: [], categories: [], issuers: [], docTypes: [] }),
    listDocuments: (req) => rec('listDocuments', req, { items: [SUMMARY], total: 1 }),
    getDocument: (req) => {
      calls.push({ method: 'getDocument', req })
      if (req.id !== 1) return Promise.reject(new AppError('NOT_FOUND', '没有这份文件'))
      return Promise.resolve(doc)
    },
    findByDocNumber: (req) => rec('findByDocNumber', req, 1),
    findDocument: (req) => rec('findDocument', req, doc),
    searchDocuments: (req) => rec('searchDocuments', req, { tookMs: 1, total: 0, hits: [] }),
    exportPdf: (req) => {
      calls.push({ method: 'exportPdf', req })
      return Promise.reject(new Error('secret internal detail'))
    },
    listDanglingReferences: (req) => rec('listDanglingReferences', req, []),
    correctDocument: (req) => rec('correctDocument', req, doc),
    correctBody: (req) => rec('correctBody', req, doc),
    splitDocument: (req) => rec('splitDocument', req, { firstId: 1, secondId: 2 }),
    mergeDocuments: (req) => rec('mergeDocuments', req, doc),
    getDocumentHistory: (req) => rec('getDocumentHistory', req, []),
    undoCorrection: (req) => rec('undoCorrection', req, { documentId: req.id }),
    listSavedSearches: (req) => rec('listSavedSearches', req, []),
    saveSearch: (req) => rec('saveSearch', req, { id: 1, name: req.name, query: req.query, filters: req.filters, createdAt: '2024-01-01T00:00:00.000Z' }),
    renameSavedSearch: (req) => rec('renameSavedSearch', req, { id: req.id, name: req.name, query: '', filters: {}, createdAt: '2024-01-01T00:00:00.000Z' }),
    deleteSavedSearch: (req) => rec('deleteSavedSearch', req, undefined),
    catalogScannedIssue: (req) => rec('catalogScannedIssue', req, { issueId: 2, documentIds: [3] }),
    getScan: (req) => rec('getScan', req, { fileName: 'a.pdf', bytesBase64: '' }),
    ocrScannedIssue: (req) => rec('ocrScannedIssue', req, { issueId: req.issueId, pages: 0, documents: [] }),
    cancelScanOcr: (req) => rec('cancelScanOcr', req, { cancelled: false }),
    listSeries: (req) => rec('listSeries', req, []),
    removeIssue: (req) => rec('removeIssue', req, { issue: 'g', backupDir: '/tmp/b' }),
    listImportLog: (req) => rec('listImportLog', req, []),
    previewReread: (req) => rec('previewReread', req, REREAD_PREVIEW),
    applyReread: (req) =>
      rec('applyReread', req, { issueId: 2, issue: 'g', documents: 1, backupDir: '/tmp/b', correctionsKept: 0, correctionsListed: [] }),
    previewReplace: (req) => rec('previewReplace', req, { ...REREAD_PREVIEW, token: req.token, oldFile: 'old.txt' }),
    applyReplace: (req) =>
      rec('applyReplace', req, { issueId: 2, issue: 'g', documents: 1, correctionsKept: 0, correctionsListed: [], undo: UNDO }),
    getReplaceUndo: (req) => rec('getReplaceUndo', req, null),
    undoReplace: (req) => rec('undoReplace', req, { issueId: 1, issue: 'g', documents: 1 }),
    getOriginal: (req) => rec('getOriginal', req, { kind: 'text' as const, fileName: 'a.txt', lines: ['第一行', '第二行'] }),
    listIssueOriginals: (req) => rec('listIssueOriginals', req, []),
    getOriginalFile: (req) => rec('getOriginalFile', req, { fileName: 'a.ofd', bytesBase64: '' }),
    exportCatalogue: (req) => rec('exportCatalogue', req, { fileName: 'a.csv', bytesBase64: '' }),
    getCatalogueRules: (req) => rec('getCatalogueRules', req, DEFAULT_RULES),
    setCatalogueRules: (req) => rec('setCatalogueRules', req, req.rules),
    renameGazette: (req) => rec('renameGazette', req, { from: req.from, to: req.to, editor: req.editor, at: '2026-01-01T00:00:00.000Z', issues: 1 }),
    listGazetteRenames: (req) => rec('listGazetteRenames', req, []),
    correctIssue: (req) => rec('correctIssue', req, { id: req.issueId, gazette: 'g', year: 2022, issueNo: 3, totalNo: 4, publishedOn: null, documentCount: 1, importedAt: '', warnings: [] }),
    getIssueHistory: (req) => rec('getIssueHistory', req, []),
    undoIssueCorrection: (req) => rec('undoIssueCorrection', req, { id: 1, gazette: 'g', year: 2022, issueNo: 2, totalNo: 4, publishedOn: null, documentCount: 1, importedAt: '', warnings: [] }),
    exportIssuePdfs: (req) => rec('exportIssuePdfs', req, { fileName: 'a.zip', bytesBase64: '' }),
    getSettings: (req) => rec('getSettings', req, { inboxFolder: null, editorName: null, backupReminderDays: 7, lastBackupAt: null, autoSaveConfident: true }),
    setSettings: (req) => rec('setSettings', req, { inboxFolder: null, editorName: '张三', backupReminderDays: 7, lastBackupAt: null, autoSaveConfident: true }),
    verifyArchive: (req) =>
      rec('verifyArchive', req, { ok: true, integrityOk: true, ftsOk: true, filesChecked: 1, documents: 1, problems: [], unreferenced: 0 }),
    backupArchive: (req) =>
      rec('backupArchive', req, {
        path: '/data/backups/b', createdAt: '2024-01-01T00:00:00.000Z', bytes: 1, originals: 1, warnings: [],
        manifest: { format: 'gazette-archive-backup', version: 1, createdAt: '2024-01-01T00:00:00.000Z', schemaVersion: 6, database: 'archive.db', files: [] },
      }),
    listBackups: (req) => rec('listBackups', req, { archiveFile: '/data/archive.db', defaultFolder: BACKUPS_DIR, backups: [] }),
    checkBackup: (req) =>
      rec('checkBackup', req, { ok: true, problems: [], createdAt: null, originals: 1, bytes: 1, issues: 1, documents: 1 }),
    listStagedIssues: (req) => rec('listStagedIssues', req, [STAGED_ISSUE]),
    getStagedIssue: (req) => rec('getStagedIssue', req, STAGED_ISSUE),
    getStagedSource: (req) => rec('getStagedSource', req, { lineFrom: 1, lineTo: 3, lines: ['标题', '', '正文'] }),
    getStagedOriginal: (req) => rec('getStagedOriginal', req, { fileName: 'a.txt', bytesBase64: '' }),
    editStagedDocument: (req) => rec('editStagedDocument', req, STAGED_ISSUE),
    editStagedIssue: (req) => rec('editStagedIssue', req, STAGED_ISSUE),
    splitStagedDocument: (req) => rec('splitStagedDocument', req, STAGED_ISSUE),
    mergeStagedDocuments: (req) => rec('mergeStagedDocuments', req, STAGED_ISSUE),
    approveStagedDocument: (req) => rec('approveStagedDocument', req, STAGED_ISSUE),
    saveStagedIssue: (req) => rec('saveStagedIssue', req, { issueId: 1, label: STAGED_ISSUE.label, documents: 1, doubtful: 0 }),
    discardStagedIssue: (req) => rec('discardStagedIssue', req, { label: STAGED_ISSUE.label }),
    countToReview: (req) => rec('countToReview', req, { stagedIssues: 1, doubtfulDocuments: 0 }),
    approveDocument: (req) => rec('approveDocument', req, doc),
    getIssuerOverview: (req) => rec('getIssuerOverview', req, ISSUER_OVERVIEW),
    mergeIssuer: (req) => rec('mergeIssuer', req, { ...ISSUER_CHANGE, from: req.from, to: req.into }),
    renameIssuer: (req) => rec('renameIssuer', req, { ...ISSUER_CHANGE, kind: 'rename' as const, from: req.from, to: req.to }),
    undoIssuerChange: (req) => rec('undoIssuerChange', req, { ...ISSUER_CHANGE, undoneAt: '2026-01-02T00:00:00.000Z', undoneBy: req.editor }),
    setBlockKind: (req) => rec('setBlockKind', req, doc),
    restoreArchive: (req) =>
      rec('restoreArchive', req, { restoredFrom: req.source, createdAt: '2024-01-01T00:00:00.000Z', keptAs: null, originals: 1, clearedInboxFolder: null, notes: [] }),
  }
  for (const [method, fn] of Object.entries(overrides) as [string, (req: unknown) => Promise<unknown>][]) {
    Object.assign(api, { [method]: (req: unknown) => (calls.push({ method, req }), fn(req)) })
  }
  return api
}

/** One valid request per method. */
export const VALID_REQUESTS: { [K in keyof ArchiveApi]: Parameters<ArchiveApi[K]>[0] } = {
  importFiles: { sources: [{ kind: 'upload', name: 'a.txt', bytesBase64: 'YWJj' }] },
  listIssues: {},
  getIssueToc: { issueId: 1 },
  getFacets: { year: 2022 },
  listDocuments: { offset: 0, limit: 50, sort: 'docNumber' },
  getDocument: { id: 1 },
  findByDocNumber: { docNumber: '兴政发〔2022〕8号' },
  findDocument: { ref: '兴政发〔2022〕8号' },
  searchDocuments: { query: '农民工' },
  exportPdf: { documentIds: [1] },
  listDanglingReferences: {},
  correctDocument: { id: 1, changes: { title: '新标题' }, editor: '张三' },
  correctBody: { id: 1, paragraphs: ['正文'], editor: '张三' },
  splitDocument: { id: 1, atBlock: 1, editor: '张三' },
  mergeDocuments: { firstId: 1, secondId: 2, editor: '张三' },
  getDocumentHistory: { id: 1 },
  undoCorrection: { id: 1, editor: '张三' },
  listSavedSearches: {},
  saveSearch: { name: '财政', query: '财政', filters: { year: 2022 } },
  renameSavedSearch: { id: 1, name: '财政文件' },
  deleteSavedSearch: { id: 1 },
  catalogScannedIssue: {
    gazette: '兴县人民政府公报', year: 2019, issueNo: 1, editor: '张三',
    scan: { kind: 'upload', name: 'a.pdf', bytesBase64: 'YWJj' },
    documents: [{ docNumber: null, title: '标题', issuer: null, date: null, pageFrom: 1, pageTo: 2 }],
  },
  getScan: { issueId: 1 },
  ocrScannedIssue: { issueId: 1, editor: '张三' },
  cancelScanOcr: { issueId: 1 },
  listSeries: {},
  removeIssue: { issueId: 1, editor: '张三', reason: '重复' },
  listImportLog: {},
  previewReread: { issueId: 1 },
  applyReread: { issueId: 1, expect: 'a'.repeat(64) },
  previewReplace: { token: 'c'.repeat(32) },
  applyReplace: { token: 'c'.repeat(32), expect: 'a'.repeat(64) },
  getReplaceUndo: { issueId: 1 },
  undoReplace: { issueId: 2 },
  getOriginal: { issueId: 1 },
  listIssueOriginals: { issueId: 1 },
  getOriginalFile: { issueId: 1, originalId: 2 },
  exportCatalogue: { scope: { all: true }, format: 'csv' },
  getCatalogueRules: { gazette: '兴县人民政府公报' },
  setCatalogueRules: { gazette: '兴县人民政府公报', rules: DEFAULT_RULES },
  renameGazette: { from: '兴县人民政府公报', to: '兴县政府公报', editor: '张三' },
  listGazetteRenames: {},
  correctIssue: { issueId: 1, changes: { year: 2022, issueNo: 3, totalNo: null, publishedOn: '2022-03-15' }, editor: '张三' },
  getIssueHistory: { issueId: 1 },
  undoIssueCorrection: { id: 1, editor: '张三' },
  exportIssuePdfs: { issueId: 1 },
  getSettings: {},
  setSettings: { editorName: '张三' },
  verifyArchive: {},
  backupArchive: {},
  listBackups: {},
  checkBackup: { source: `${BACKUPS_DIR}/公报档案备份-20240101-080000` },
  restoreArchive: { source: `${BACKUPS_DIR}/公报档案备份-20240101-080000` },
  getIssuerOverview: {},
  mergeIssuer: { from: '兴县财政局', into: '吕梁市兴县财政局', editor: '张三' },
  renameIssuer: { from: '兴县财政局', to: '兴县财政局（新）', editor: '张三' },
  undoIssuerChange: { id: 1, editor: '张三' },
  setBlockKind: { id: 1, atBlock: 0, kind: 'signature', editor: '张三' },
  listStagedIssues: {},
  getStagedIssue: { id: 1 },
  getStagedSource: { id: 1, seq: 1 },
  getStagedOriginal: { id: 1 },
  editStagedDocument: { id: 1, seq: 1, changes: { title: '新标题', issuers: ['兴县人民政府'], date: '2022-02-15' } },
  splitStagedDocument: { id: 1, seq: 1, atBlock: 2 },
  mergeStagedDocuments: { id: 1, seq: 1 },
  approveStagedDocument: { id: 1, seq: 1, editor: '张三' },
  editStagedIssue: { id: 1, changes: { gazette: '兴县人民政府公报', issueNo: 3 }, replace: true },
  saveStagedIssue: { id: 1 },
  discardStagedIssue: { id: 1 },
  countToReview: {},
  approveDocument: { id: 1 },
}

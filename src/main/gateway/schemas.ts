// Request shapes per method (zod), checked by the gateway for the Electron IPC and the browser-mode HTTP server.
import { z } from 'zod'
import type { ApiRequest, ArchiveApi, ImportSource } from '../../shared/api'
import type { BrowserShellApi, ShellApi } from '../../shared/shell'
import { AppError } from '../../shared/errors'
import { CATALOGUE_COLUMNS, RETENTIONS } from '../../shared/catalogue'

const id = z.number().int().positive()
const text = z.string().min(1).max(200)
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

const filterShape = {
  gazette: text.optional(),
  year: z.number().int().min(1900).max(2200).optional(),
  issueId: id.optional(),
  category: text.optional(),
  issuer: text.optional(),
  docType: text.optional(),
  dateFrom: isoDate.optional(),
  dateTo: isoDate.optional(),
  doubtful: z.boolean().optional(),
}

const importSource = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('path'), path: z.string().min(1).max(4096) }),
  z.strictObject({
    kind: z.literal('upload'),
    // Control characters (newlines) in a name would forge lines in the log and the reports.
    name: z.string().min(1).max(1024).regex(/^[^\p{Cc}]*$/u),
    bytesBase64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/),
  }),
])

const editor = z.string().trim().min(1).max(50)
const note = z.string().max(2000).optional()
const nullableText = z.string().max(500).nullable().optional()
const docNumberText = z.string().max(100)
const empty = z.strictObject({}) as z.ZodType<Record<string, never>>

const documentChanges = z.strictObject({
  title: z.string().trim().min(1).max(500).optional(),
  docNumber: docNumberText.nullable().optional(),
  issuer: nullableText,
  recipients: z.string().max(2000).nullable().optional(),
  date: isoDate.nullable().optional(),
  category: nullableText,
  docType: nullableText,
  public: z.boolean().optional(),
})

const scannedDocument = z
  .strictObject({
    docNumber: docNumberText.nullable(),
    title: z.string().trim().min(1).max(500),
    issuer: z.string().max(500).nullable(),
    date: isoDate.nullable(),
    pageFrom: z.number().int().min(1).max(10_000),
    pageTo: z.number().int().min(1).max(10_000),
    category: nullableText,
  })

const catalogueScope = z.union([
  z.strictObject({ all: z.literal(true) }),
  z.strictObject({ issueId: id }),
  z.strictObject({ documentIds: z.array(id).min(1).max(100_000) }),
])

const gazetteName = z.string().trim().min(1).max(200)
const catalogueColumns = z.array(z.enum(CATALOGUE_COLUMNS)).min(1).max(CATALOGUE_COLUMNS.length)
const retention = z.enum(RETENTIONS)
const catalogueRules = z.strictObject({
  pieceNo: z.string().trim().min(1).max(100),
  retentionDefault: retention,
  retentionByDocType: z.record(z.string().trim().min(1).max(20), retention),
  columns: catalogueColumns,
})
const seq = z.number().int().min(1).max(100_000)
const reviewer = z.string().trim().max(50).optional()

// Loose here: the service checks the values and says what is wrong in Chinese (shared/issue-identity.ts).
const identityChanges = z.strictObject({
  gazette: z.string().max(300).optional(),
  year: z.number().optional(),
  issueNo: z.number().optional(),
  totalNo: z.number().nullable().optional(),
  publishedOn: z.string().max(20).nullable().optional(),
})

const STAGING_SCHEMAS = {
  listStagedIssues: empty,
  getStagedIssue: z.strictObject({ id }),
  getStagedSource: z.strictObject({ id, seq }),
  getStagedOriginal: z.strictObject({ id }),
  editStagedDocument: z.strictObject({
    id,
    seq,
    changes: z.strictObject({
      title: z.string().trim().min(1).max(500).optional(),
      docNumber: docNumberText.nullable().optional(),
      category: nullableText,
      issuers: z.array(z.string().max(200)).max(50).optional(),
      date: isoDate.or(z.literal('')).nullable().optional(),
    }),
  }),
  editStagedIssue: z.strictObject({ id, changes: identityChanges, replace: z.boolean().optional(), editor: reviewer }),
  splitStagedDocument: z.strictObject({
    id,
    seq,
    atBlock: z.number().int().min(1),
    title: z.string().max(500).optional(),
    docNumber: docNumberText.optional(),
  }),
  mergeStagedDocuments: z.strictObject({ id, seq }),
  approveStagedDocument: z.strictObject({ id, seq, editor: reviewer }),
  saveStagedIssue: z.strictObject({ id, replace: z.boolean().optional() }),
  discardStagedIssue: z.strictObject({ id }),
  countToReview: empty,
  approveDocument: z.strictObject({ id, editor: reviewer }),
}

const unitName = z.string().trim().min(1).max(200)
const blockKind = z.enum([
  'heading1', 'heading2', 'heading3', 'heading4', 'title', 'paragraph', 'listItem', 'nameListEntry',
  'tableRow', 'attachmentNote', 'attachmentHeading', 'signature', 'date', 'note', 'caption',
])

const NAME_SCHEMAS = {
  getIssuerOverview: empty,
  mergeIssuer: z.strictObject({ from: unitName, into: unitName, editor, note }),
  renameIssuer: z.strictObject({ from: unitName, to: unitName, editor, note }),
  undoIssuerChange: z.strictObject({ id, editor }),
  setBlockKind: z.strictObject({ id, atBlock: z.number().int().min(0), kind: blockKind, editor, note }),
}

const WORK_SCHEMAS = {
  ...NAME_SCHEMAS,
  listDanglingReferences: empty,
  correctDocument: z.strictObject({ id, changes: documentChanges, editor, note }),
  correctBody: z.strictObject({ id, paragraphs: z.array(z.string().max(100_000)).max(20_000), editor, note }),
  splitDocument: z.strictObject({
    id,
    atBlock: z.number().int().min(1),
    editor,
    note,
    title: z.string().max(500).optional(),
    docNumber: docNumberText.optional(),
  }),
  mergeDocuments: z.strictObject({ firstId: id, secondId: id, editor, note }),
  getDocumentHistory: z.strictObject({ id }),
  undoCorrection: z.strictObject({ id, editor, note }),
  listSavedSearches: empty,
  saveSearch: z.strictObject({ name: z.string().trim().min(1).max(100), query: z.string().max(500), filters: z.strictObject(filterShape) }),
  renameSavedSearch: z.strictObject({ id, name: z.string().trim().min(1).max(100) }),
  deleteSavedSearch: z.strictObject({ id }),
  catalogScannedIssue: z.strictObject({
    gazette: z.string().trim().min(1).max(200),
    year: z.number().int().min(1900).max(2200),
    issueNo: z.number().int().min(1).max(1000),
    totalNo: z.number().int().min(1).max(100_000).optional(),
    publishedOn: isoDate.optional(),
    scan: importSource,
    documents: z.array(scannedDocument).min(1).max(1000),
    editor,
    replace: z.boolean().optional(),
  }),
  getScan: z.strictObject({ issueId: id }),
  ocrScannedIssue: z.strictObject({ issueId: id, editor }),
  cancelScanOcr: z.strictObject({ issueId: id }),
  listSeries: empty,
  removeIssue: z.strictObject({ issueId: id, editor, reason: z.string().trim().min(1).max(2000) }),
  listImportLog: z.strictObject({ limit: z.number().int().min(1).max(100_000).optional() }),
  previewReread: z.strictObject({ issueId: id }),
  applyReread: z.strictObject({ issueId: id, expect: z.string().regex(/^[0-9a-f]{64}$/) }),
  exportCatalogue: z.strictObject({ scope: catalogueScope, format: z.enum(['xlsx', 'csv', 'pdf']), columns: catalogueColumns.optional() }),
  getCatalogueRules: z.strictObject({ gazette: gazetteName }),
  setCatalogueRules: z.strictObject({ gazette: gazetteName, rules: catalogueRules }),
  renameGazette: z.strictObject({ from: gazetteName, to: gazetteName, editor }),
  listGazetteRenames: empty,
  correctIssue: z.strictObject({ issueId: id, changes: identityChanges, editor, note }),
  getIssueHistory: z.strictObject({ issueId: id }),
  undoIssueCorrection: z.strictObject({ id, editor, note }),
  exportIssuePdfs: z.strictObject({ issueId: id, format: z.enum(['pdf', 'pdfa', 'ofd']).optional() }),
  getSettings: empty,
  setSettings: z.strictObject({
    inboxFolder: z.string().min(1).max(4096).nullable().optional(),
    editorName: z.string().max(50).nullable().optional(),
    backupReminderDays: z.number().int().min(0).max(365).optional(),
    autoSaveConfident: z.boolean().optional(),
  }),
  ...STAGING_SCHEMAS,
}

const folderPath = z.string().min(1).max(4096)

const MAINTENANCE_SCHEMAS = {
  verifyArchive: empty,
  backupArchive: z
    .strictObject({ target: folderPath.optional(), into: folderPath.optional() })
    .refine((r) => !(r.target && r.into), '只能给出 target 或 into 之一'),
  listBackups: z.strictObject({ folder: folderPath.optional() }),
  checkBackup: z.strictObject({ source: folderPath }),
  restoreArchive: z.strictObject({ source: folderPath }),
}

const token = z.string().regex(/^[0-9a-f]{32}$/)

const REPLACE_SCHEMAS = {
  previewReplace: z.strictObject({ token }),
  applyReplace: z.strictObject({ token, expect: z.string().regex(/^[0-9a-f]{64}$/) }),
  getReplaceUndo: z.strictObject({ issueId: id }),
  undoReplace: z.strictObject({ issueId: id }),
  getOriginal: z.strictObject({ issueId: id, originalId: id.optional() }),
  listIssueOriginals: z.strictObject({ issueId: id }),
  getOriginalFile: z.strictObject({ issueId: id, originalId: id }),
}

type Schemas = { [K in keyof ArchiveApi]: z.ZodType<ApiRequest<K>> }

export const REQUEST_SCHEMAS: Schemas = {
  importFiles: z.strictObject({
    sources: z.array(importSource).min(1).max(10_000),
    replace: z.boolean().optional(),
    stage: z.enum(['files', 'folder']).optional(),
    pages: z.boolean().optional(),
  }),
  listIssues: z.strictObject({ year: filterShape.year }),
  getIssueToc: z.strictObject({ issueId: id }),
  getFacets: z.strictObject(filterShape),
  listDocuments: z.strictObject({
    ...filterShape,
    sort: z.enum(['docNumber', 'date', 'title', 'issue']).optional(),
    desc: z.boolean().optional(),
    offset: z.number().int().min(0),
    limit: z.number().int().min(1).max(1000),
  }),
  getDocument: z.strictObject({ id }),
  findByDocNumber: z.strictObject({ docNumber: z.string().min(1).max(100) }),
  findDocument: z.strictObject({ ref: z.string().trim().min(1).max(200) }),
  searchDocuments: z.strictObject({
    ...filterShape,
    query: z.string().max(500),
    limit: z.number().int().min(1).max(1000).optional(),
    offset: z.number().int().min(0).optional(),
  }),
  exportPdf: z.strictObject({
    documentIds: z.array(id).min(1).max(1000),
    masthead: z.boolean().optional(),
    sourceLine: z.boolean().optional(),
    combine: z.boolean().optional(),
    scanPages: z.boolean().optional(),
    format: z.enum(['pdf', 'pdfa', 'ofd']).optional(),
  }),
  ...WORK_SCHEMAS,
  ...MAINTENANCE_SCHEMAS,
  ...REPLACE_SCHEMAS,
}

const pdfFile = z.strictObject({
  fileName: z.string().min(1).max(255),
  bytesBase64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/),
})

export const SHELL_SCHEMAS: { [K in keyof ShellApi]: z.ZodType<Parameters<ShellApi[K]>[0]> } = {
  chooseImportFolder: empty,
  chooseInboxFolder: empty,
  chooseBackupFolder: z.strictObject({ purpose: z.enum(['backup', 'restore']) }),
  importSample: z.strictObject({ replace: z.boolean().optional() }),
  savePdf: pdfFile,
  saveFile: pdfFile,
  printPdf: pdfFile,
}

export const BROWSER_SHELL_SCHEMAS: { [K in keyof BrowserShellApi]: z.ZodType<Parameters<BrowserShellApi[K]>[0]> } = {
  importSample: z.strictObject({ replace: z.boolean().optional() }),
  inboxFolder: empty,
}

/** Validates `req` against `schema`; throws AppError('BAD_REQUEST') naming the method and field. */
export function check<T>(schema: z.ZodType<T>, req: unknown, name: string): T {
  const r = schema.safeParse(req)
  if (r.success) return r.data
  const where = r.error.issues[0]?.path.join('.') || '请求'
  throw new AppError('BAD_REQUEST', `请求格式不正确（${name}：${where}）`)
}

/** Validates a request for `method`; throws AppError('BAD_REQUEST') when the shape is wrong. */
export function parseRequest<K extends keyof ArchiveApi>(method: K, req: unknown): ApiRequest<K> {
  return check(REQUEST_SCHEMAS[method] as z.ZodType<ApiRequest<K>>, req, method)
}

export function parseShellRequest<K extends keyof ShellApi>(
  method: K,
  req: unknown,
): Parameters<ShellApi[K]>[0] {
  return check(SHELL_SCHEMAS[method] as z.ZodType<Parameters<ShellApi[K]>[0]>, req, method)
}

export function isApiMethod(m: string): m is keyof ArchiveApi {
  return Object.prototype.hasOwnProperty.call(REQUEST_SCHEMAS, m)
}

/** The file paths a request asks main to read or watch (import sources, a scan, the inbox folder, backups). */
export function requestedPaths(method: keyof ArchiveApi, req: unknown): string[] {
  const paths = (sources: ImportSource[]): string[] => sources.flatMap((s) => (s.kind === 'path' ? [s.path] : []))
  if (method === 'importFiles') return paths((req as { sources: ImportSource[] }).sources)
  if (method === 'catalogScannedIssue') return paths([(req as { scan: ImportSource }).scan])
  if (method === 'setSettings') {
    const folder = (req as { inboxFolder?: string | null }).inboxFolder
    return folder ? [folder] : []
  }
  const r = req as { target?: string; into?: string; folder?: string; source?: string }
  if (method === 'backupArchive') return [r.target, r.into].filter((p): p is string => !!p)
  if (method === 'listBackups') return r.folder ? [r.folder] : []
  if (method === 'checkBackup' || method === 'restoreArchive') return [r.source as string]
  return []
}

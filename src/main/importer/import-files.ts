// Imports gazette files into an archive: hash → dedupe → read → parse → keep original → save,
// one transaction per issue. A failing file never stops the others; every outcome is logged.
import { statSync } from 'node:fs'
import { basename } from 'node:path'
import type { ImportFailCode, ImportProgress, ImportReport, ImportSkipCode, ParsedIssue } from '../../shared/domain'
import { AppError, isAppError } from '../../shared/errors'
import type { Archive } from '../archive/open-archive'
import { asDiskError, checkFreeSpace, importSpaceNeeded } from '../disk-errors'
import { addImportLog, type ImportOutcome } from '../db/import-log'
import { findIssueId, issueLabel } from '../db/issues'
import { saveIssue } from './save-issue'
import { findSourceBySha, findSourceForIssue, isStoredPathReferenced } from '../db/source-files'
import type { Logger } from '../log'
import { loadRegularFile } from './load-file'
import { quarantine, QuarantinedError, refuseQuarantined, shouldQuarantine } from './quarantine'
import { createFileRunner } from './worker/file-runner'
import { DEFAULT_FILE_LIMITS, type FileLimits, type FileRunner, type Pipeline } from './worker/pipeline'
import { scanSources } from './scan-folder'
import { removeStored, sha256Hex, storeOriginal } from '../archive/store-original'
import { doubtfulDocuments } from './parse/confidence'
import { allConfident, stageIssue, stagedReason } from './staging'
import { isAnotherFormat, keepFurtherOriginal, type HeldFile, type OtherFile } from './further-original'
import type { WorkerLimits } from './worker/worker-runner'
import { gazetteKept } from '../../shared/gazette-shown'
import { withCorrectedIdentity } from './corrected-identity'
import { crashForTest } from './crash-points'

/**
 * A path (file or folder), a file that must not be reached through a symlink (the inbox), or
 * bytes uploaded by the browser.
 */
export type ImportInput = string | { path: string; noFollow: true } | { name: string; bytes: Uint8Array }

export interface ImportOptions {
  replace?: boolean
  onProgress?: (p: ImportProgress) => void
  now?: () => Date
  /** Defaults to the real readers and parser. */
  pipeline?: Pipeline
  /**
   * Read and parse each file in a worker thread with hard memory and time limits (the services
   * do; the default here is in this process, with `pipeline`).
   */
  isolate?: boolean | Partial<WorkerLimits>
  log?: Logger
  /** Per-file size and time limits (defaults: 200 MB, 60 s). */
  limits?: Partial<FileLimits>
  /**
   * Parse into staging (待核对) instead of saving; with autoSaveConfident an issue whose documents
   * are all confident is saved at once. Absent: save directly (the CLI, scripts).
   */
  stage?: { autoSaveConfident: boolean }
  /** Keeps a file skipped because its issue is held, for 安全替换; returns the report's replaceToken. */
  holdReplace?: (h: HeldFile) => string
}

export const SAME_FILE = '已导入过相同文件（SHA-256 相同）'
export { QUARANTINED } from './quarantine'
export type { HeldFile } from './further-original'

interface Entry {
  file: string
  name: string
  /** Index of the input it came from (a folder's files share it). */
  sourceIndex: number
  /** Known before loading, so an oversized file is refused without being read into memory. */
  size?: number
  load?: () => Uint8Array
  error?: string
}

interface Run {
  archive: Archive
  opts: ImportOptions
  report: ImportReport
  /** Issues imported earlier in this run → the file they came from (the first file wins). */
  seen: Map<string, string>
  count: number
  limits: FileLimits
  /** Issues committed so far in this run (for the crash-test hook). */
  saves: number
  runner: FileRunner
}

function expand(inputs: ImportInput[]): Entry[] {
  const out: Entry[] = []
  for (const [sourceIndex, input] of inputs.entries()) {
    if (typeof input !== 'string' && 'path' in input) {
      const { path } = input
      out.push({ file: path, name: basename(path), sourceIndex, size: sizeOf(path), load: () => loadRegularFile(path, true) })
      continue
    }
    if (typeof input !== 'string') {
      const { bytes } = input
      out.push({ file: input.name, name: basename(input.name), sourceIndex, size: bytes.length, load: () => bytes })
      continue
    }
    for (const e of scanSources([input])) {
      if ('error' in e) out.push({ file: e.display, name: basename(e.display), sourceIndex, error: e.error })
      else out.push({ file: e.display, name: basename(e.path), sourceIndex, size: sizeOf(e.path), load: () => loadRegularFile(e.path, false) })
    }
  }
  return out
}

function sizeOf(path: string): number | undefined {
  try {
    return statSync(path).size
  } catch {
    return undefined // reported when loading fails
  }
}

export async function importFiles(
  archive: Archive,
  inputs: ImportInput[],
  opts: ImportOptions = {},
): Promise<ImportReport> {
  const entries = expand(inputs)
  // Refuse before anything is written rather than fail half-way through a folder.
  checkFreeSpace(archive.filesDir, importSpaceNeeded(entries.reduce((n, e) => n + (e.size ?? 0), 0)))
  const report: ImportReport = { imported: [], skipped: [], failed: [] }
  const limits = { ...DEFAULT_FILE_LIMITS, ...opts.limits }
  const runner = createFileRunner(opts)
  const run: Run = { archive, opts, report, seen: new Map(), count: entries.length, limits, saves: 0, runner }
  try {
    for (let i = 0; i < entries.length; i++) await importEntry(run, entries[i], i)
  } finally {
    await runner.close()
  }
  return run.report
}

function at(run: Run): string {
  return (run.opts.now?.() ?? new Date()).toISOString()
}

function progress(
  run: Run,
  e: Entry,
  index: number,
  stage: ImportProgress['stage'],
  message?: string,
): void {
  run.opts.onProgress?.({ file: e.file, fileIndex: index, fileCount: run.count, stage, message })
}

function record(
  run: Run,
  e: Entry,
  outcome: ImportOutcome,
  message: string,
  extra: Partial<LogExtra> = {},
): void {
  addImportLog(run.archive.db, {
    at: at(run),
    file: e.file,
    sha256: extra.sha256 ?? null,
    outcome,
    issueId: extra.issueId ?? null,
    message,
    warnings: extra.warnings ?? [],
  })
}

interface LogExtra {
  sha256: string
  issueId: number
  warnings: string[]
}

class Skip extends Error {
  constructor(
    readonly code: ImportSkipCode,
    message: string,
    readonly replaceToken?: string,
    /** The archived issue that holds the file's issue. */
    readonly issueId?: number,
  ) {
    super(message)
  }
}

function failCode(caught: unknown, err: unknown): ImportFailCode {
  if (caught instanceof QuarantinedError) return 'QUARANTINED'
  return isAppError(err) ? err.code : 'INTERNAL'
}

async function importEntry(run: Run, e: Entry, index: number): Promise<void> {
  let sha: string | undefined
  try {
    if (e.error || !e.load) throw new AppError('UNSUPPORTED_FILE', e.error ?? '无法读取')
    progress(run, e, index, 'reading')
    checkSize(e, run.limits.maxFileBytes)
    const bytes = e.load()
    sha = sha256Hex(bytes)
    if (findSourceBySha(run.archive.db, sha)) throw new Skip('SAME_FILE', SAME_FILE)
    const waiting = stagedReason(run.archive.db, { sha256: sha })
    if (waiting) throw new Skip('STAGED', waiting)
    refuseQuarantined(run.archive.db, sha)
    const warnings: string[] = []
    progress(run, e, index, 'parsing')
    const ocrPage = (p: { page: number; pages: number }): void => progress(run, e, index, 'parsing', `文字识别（OCR）第 ${p.page}/${p.pages} 页`)
    const got = await run.runner.run(bytes, e.name, run.limits, (m) => warnings.push(m), ocrPage)
    const read = got.read
    // Named nowhere, the issue is its file's from here on: two such files are two issues (shared/gazette-shown.ts).
    const named = { ...got.parsed, meta: { ...got.parsed.meta, gazette: gazetteKept(got.parsed.meta.gazette, e.name) } }
    const parsed = withCorrectedIdentity(run.archive.db, named)
    const mediaType = read.mediaType
    const hold = (): string | undefined => run.opts.holdReplace?.({ name: e.name, sha256: sha as string, bytes, mediaType, parsed, warnings })
    const heldId = checkDuplicate(run, parsed, mediaType, hold)
    progress(run, e, index, 'saving')
    if (heldId !== null) {
      keepFurther(run, e, heldId, { file: e.file, name: e.name, sha256: sha, bytes, mediaType, parsed, warnings, at: at(run) }, hold)
      progress(run, e, index, 'done')
      return
    }
    if (stageEntry(run, e, { sha256: sha, bytes, mediaType, warnings, parsed, sourceText: read.text })) {
      progress(run, e, index, 'done')
      return
    }
    const replaced = save(run, e, parsed, { sha256: sha, bytes, mediaType, warnings })
    run.seen.set(issueKey(parsed), e.name)
    const all = [...warnings, ...parsed.warnings.map((w) => w.message)]
    const warningCodes = [...warnings.map(() => 'READER' as const), ...parsed.warnings.map((w) => w.code)]
    const issue = issueLabel(parsed.meta)
    const doubtful = doubtfulDocuments(parsed.documents)
    const findings = parsed.warnings.map((w) => ({ code: w.code, message: w.message }))
    const code = replaced ? 'REPLACED' : 'IMPORTED'
    run.report.imported.push({ file: e.file, issue, documents: parsed.documents.length, warnings: all, findings, doubtful, code, sourceIndex: e.sourceIndex, warningCodes })
    progress(run, e, index, 'done')
  } catch (caught) {
    if (caught instanceof Skip) {
      const { replaceToken: token, issueId } = caught
      const links = { ...(token ? { replaceToken: token } : {}), ...(issueId ? { issueId } : {}) }
      run.report.skipped.push({ file: e.file, reason: caught.message, code: caught.code, sourceIndex: e.sourceIndex, ...links })
      recordAfterFailure(run, e, 'skipped', caught.message, sha)
      progress(run, e, index, 'skipped', caught.message)
      return
    }
    // A full or failing disk is said as such, for this file; the others still get their turn.
    const err = asDiskError(caught, `「${e.name}」未能导入`)
    const message = nameFile(e.name, describeError(err))
    // People see `message`; the log keeps the stack of anything unexpected (and of its cause).
    if (!isAppError(err)) run.opts.log?.error(`导入失败：${e.file}`, err)
    else run.opts.log?.info(`导入失败：${e.file}：${message}`)
    if (isAppError(err) && err.cause !== undefined) run.opts.log?.error(`导入失败的原因：${e.file}`, err.cause)
    run.report.failed.push({ file: e.file, error: message, code: failCode(caught, err), sourceIndex: e.sourceIndex })
    if (sha && shouldQuarantine(err)) {
      try {
        quarantine(run.archive.db, { sha256: sha, file: e.file, reason: message, at: at(run) }, err)
      } catch (qerr) {
        run.opts.log?.error(`隔离记录未能写入数据库：${e.file}`, qerr)
      }
    }
    recordAfterFailure(run, e, 'failed', message, sha)
    progress(run, e, index, 'failed', message)
  }
}

/** The log row of a failure may itself fail (the disk is full): the report still has the file. */
function recordAfterFailure(run: Run, e: Entry, outcome: ImportOutcome, message: string, sha?: string): void {
  try {
    record(run, e, outcome, message, { sha256: sha })
  } catch (err) {
    run.opts.log?.error(`导入记录未能写入数据库：${e.file}`, err)
  }
}

const MB = 1024 * 1024

function checkSize(e: Entry, max: number): void {
  if (e.size === undefined || e.size <= max) return
  const size = `${(e.size / MB).toFixed(1)} MB`
  const limit = max >= MB ? `${Math.round(max / MB)} MB` : `${max} 字节`
  throw new AppError('FILE_TOO_LARGE', `「${e.name}」大小为 ${size}，超过 ${limit} 的上限，无法导入。`)
}

function issueKey(p: ParsedIssue): string {
  return `${p.meta.gazette}\u0001${p.meta.year}\u0001${p.meta.issueNo}`
}

/**
 * Skips an issue already taken from another file in this run, or already held (unless replacing);
 * returns the held issue's id when this file is another format of it (a further original, issue 17).
 */
function checkDuplicate(run: Run, parsed: ParsedIssue, mediaType: string, hold: () => string | undefined): number | null {
  const label = issueLabel(parsed.meta)
  const earlier = run.seen.get(issueKey(parsed))
  const id = findIssueId(run.archive.db, parsed.meta.gazette, parsed.meta.year, parsed.meta.issueNo)
  const waiting = stagedReason(run.archive.db, { meta: parsed.meta })
  // Not while a reading of the issue waits under 待核对 (its 入库 may replace the issue held).
  const another = id !== null && !waiting && isAnotherFormat(run.archive.db, id, mediaType)
  if (earlier !== undefined) {
    if (another) return id
    throw new Skip(
      'ISSUE_IN_RUN',
      run.opts.replace
        ? `本次已从 ${earlier} 导入${label}，此文件跳过`
        : `档案中已有${label}（来自 ${earlier}）`,
    )
  }
  if (waiting) throw new Skip('STAGED', waiting)
  if (run.opts.replace) return null
  if (another) return id
  if (id !== null) {
    const from = findSourceForIssue(run.archive.db, id)?.originalName ?? '未知文件'
    throw new Skip('ISSUE_HELD', `档案中已有${label}（来自 ${from}）`, hold(), id)
  }
  return null
}

/** Another format of a held issue: kept as its further original, or skipped naming the differences (安全替换 offered). */
function keepFurther(run: Run, e: Entry, issueId: number, f: OtherFile, hold: () => string | undefined): void {
  const out = keepFurtherOriginal(run.archive, issueId, f)
  if ('differs' in out) throw new Skip('ISSUE_HELD', out.differs, hold(), issueId)
  ;(run.report.kept ??= []).push({ file: e.file, ...out.kept, code: 'KEPT_ORIGINAL', sourceIndex: e.sourceIndex })
}

/** Staging on and the issue not saved at once: kept under 待核对 and reported there. */
function stageEntry(
  run: Run,
  e: Entry,
  f: { sha256: string; bytes: Uint8Array; mediaType: string; warnings: string[]; parsed: ParsedIssue; sourceText: string },
): boolean {
  const stage = run.opts.stage
  if (!stage || (stage.autoSaveConfident && allConfident(f.parsed))) return false
  const stagedId = stageIssue(run.archive, { ...f, file: e.file, name: e.name, replace: run.opts.replace === true, at: at(run) })
  run.seen.set(issueKey(f.parsed), e.name)
  const warnings = [...f.warnings, ...f.parsed.warnings.map((w) => w.message)]
  const warningCodes = [...f.warnings.map(() => 'READER' as const), ...f.parsed.warnings.map((w) => w.code)]
  const findings = f.parsed.warnings.map((w) => ({ code: w.code, message: w.message }))
  const doubtful = doubtfulDocuments(f.parsed.documents)
  const issue = issueLabel(f.parsed.meta)
  const staged = { file: e.file, issue, documents: f.parsed.documents.length, warnings, findings, doubtful, stagedId }
  ;(run.report.staged ??= []).push({ ...staged, code: 'STAGED', sourceIndex: e.sourceIndex, warningCodes })
  return true
}

/** Keeps the original durably, then commits the issue and its log row in one transaction; true when it replaced one. */
function save(
  run: Run,
  e: Entry,
  parsed: ParsedIssue,
  f: { sha256: string; bytes: Uint8Array; mediaType: string; warnings: string[] },
): boolean {
  const { db, filesDir } = run.archive
  const rel = storeOriginal(filesDir, f.sha256, e.name, f.bytes)
  run.saves++
  crashForTest('after-original-stored', run.saves)
  const importedAt = at(run)
  const size = f.bytes.length
  const source = { sha256: f.sha256, originalName: e.name, storedPath: rel, size, mediaType: f.mediaType, importedAt }
  let result
  try {
    // IMMEDIATE takes the write lock first, so a concurrent writer (the app, another import)
    // makes us wait busy_timeout instead of failing with SQLITE_BUSY on a read→write upgrade.
    result = db
      .transaction(() => {
        const r = saveIssue(db, parsed, source, { replace: run.opts.replace })
        const outcome = r.replacedIssueId === null ? 'imported' : 'replaced'
        const warnings = [...f.warnings, ...parsed.warnings.map((w) => w.message)]
        const extra = { sha256: f.sha256, issueId: r.issueId, warnings }
        record(run, e, outcome, issueLabel(parsed.meta), extra)
        crashForTest('inside-transaction', run.saves)
        return r
      })
      .immediate()
    crashForTest('after-commit', run.saves)
  } catch (err) {
    if (!isStoredPathReferenced(db, rel)) removeStored(filesDir, rel)
    // Another process saved the same issue between our check and our commit.
    if (isAppError(err) && err.code === 'ISSUE_EXISTS') {
      throw new Skip('ISSUE_HELD', err.message)
    }
    throw err
  }
  for (const old of result.replacedFiles) {
    if (!isStoredPathReferenced(db, old)) removeStored(filesDir, old)
  }
  return result.replacedIssueId !== null
}

/** Every refusal names its file (「第2期.pdf」…), as the readers' messages already do. */
function nameFile(name: string, message: string): string {
  return message.includes(`「${name}」`) ? message : `「${name}」${message}`
}

function describeError(err: unknown): string {
  if (isAppError(err)) return err.message
  const detail = err instanceof Error ? err.message : String(err)
  return `内部错误（详情已写入日志）：${detail}`
}

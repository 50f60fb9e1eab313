// Imports gazette files into an archive: hash → dedupe → read → parse → keep original → save,
// one transaction per issue. A failing file never stops the others; every outcome is logged.
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { ImportProgress, ImportReport, ParsedIssue } from '../../shared/domain'
import { AppError, isAppError } from '../../shared/errors'
import type { Archive } from '../db/archive'
import { addImportLog, type ImportOutcome } from '../db/import-log'
import { findIssueId, issueLabel, saveIssue } from '../db/issues'
import { findSourceBySha, findSourceForIssue, isStoredPathReferenced } from '../db/source-files'
import type { Logger } from '../log'
import { realPipeline, type Pipeline } from './pipeline'
import { scanSources } from './scan-folder'
import { removeStored, sha256Hex, storeOriginal } from './store-original'

/** A path (file or folder) or bytes uploaded by the browser. */
export type ImportInput = string | { name: string; bytes: Uint8Array }

export interface ImportOptions {
  replace?: boolean
  onProgress?: (p: ImportProgress) => void
  now?: () => Date
  /** Defaults to the real readers and parser. */
  pipeline?: Pipeline
  log?: Logger
}

export const SAME_FILE = '已导入过相同文件（SHA-256 相同）'

interface Entry {
  file: string
  name: string
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
}

function expand(inputs: ImportInput[]): Entry[] {
  const out: Entry[] = []
  for (const input of inputs) {
    if (typeof input !== 'string') {
      out.push({ file: input.name, name: basename(input.name), load: () => input.bytes })
      continue
    }
    for (const e of scanSources([input])) {
      if ('error' in e) out.push({ file: e.display, name: basename(e.display), error: e.error })
      else out.push({ file: e.display, name: basename(e.path), load: () => readFileSync(e.path) })
    }
  }
  return out
}

export async function importFiles(
  archive: Archive,
  inputs: ImportInput[],
  opts: ImportOptions = {},
): Promise<ImportReport> {
  const entries = expand(inputs)
  const report: ImportReport = { imported: [], skipped: [], failed: [] }
  const run: Run = { archive, opts, report, seen: new Map(), count: entries.length }
  for (let i = 0; i < entries.length; i++) await importEntry(run, entries[i], i)
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

class Skip extends Error {}

async function importEntry(run: Run, e: Entry, index: number): Promise<void> {
  let sha: string | undefined
  try {
    if (e.error || !e.load) throw new AppError('UNSUPPORTED_FILE', e.error ?? '无法读取')
    progress(run, e, index, 'reading')
    const bytes = e.load()
    sha = sha256Hex(bytes)
    if (findSourceBySha(run.archive.db, sha)) throw new Skip(SAME_FILE)
    const pipeline = run.opts.pipeline ?? realPipeline
    const warnings: string[] = []
    const { text, mediaType } = await pipeline.read(bytes, e.name, (m) => warnings.push(m))
    progress(run, e, index, 'parsing')
    const parsed = pipeline.parse(text)
    checkDuplicate(run, parsed)
    progress(run, e, index, 'saving')
    save(run, e, parsed, { sha256: sha, bytes, mediaType, warnings })
    run.seen.set(issueKey(parsed), e.name)
    const all = [...warnings, ...parsed.warnings.map((w) => w.message)]
    const issue = issueLabel(parsed.meta)
    run.report.imported.push({ file: e.file, issue, documents: parsed.documents.length, warnings: all })
    progress(run, e, index, 'done')
  } catch (err) {
    if (err instanceof Skip) {
      run.report.skipped.push({ file: e.file, reason: err.message })
      record(run, e, 'skipped', err.message, { sha256: sha })
      progress(run, e, index, 'skipped', err.message)
      return
    }
    const message = describeError(err)
    if (!isAppError(err)) run.opts.log?.error(`导入失败：${e.file}`, err)
    run.report.failed.push({ file: e.file, error: message })
    record(run, e, 'failed', message, { sha256: sha })
    progress(run, e, index, 'failed', message)
  }
}

function issueKey(p: ParsedIssue): string {
  return `${p.meta.gazette}\u0001${p.meta.year}\u0001${p.meta.issueNo}`
}

/** Skips an issue already taken from another file in this run, or already held (unless replacing). */
function checkDuplicate(run: Run, parsed: ParsedIssue): void {
  const label = issueLabel(parsed.meta)
  const earlier = run.seen.get(issueKey(parsed))
  if (earlier !== undefined) {
    throw new Skip(
      run.opts.replace
        ? `本次已从 ${earlier} 导入${label}，此文件跳过`
        : `档案中已有${label}（来自 ${earlier}）；如需替换请使用 --replace`,
    )
  }
  if (run.opts.replace) return
  const id = findIssueId(run.archive.db, parsed.meta.gazette, parsed.meta.year, parsed.meta.issueNo)
  if (id !== null) {
    const from = findSourceForIssue(run.archive.db, id)?.originalName ?? '未知文件'
    throw new Skip(`档案中已有${label}（来自 ${from}）；如需替换请使用 --replace`)
  }
}

/** Keeps the original durably, then commits the issue and its log row in one transaction. */
function save(
  run: Run,
  e: Entry,
  parsed: ParsedIssue,
  f: { sha256: string; bytes: Uint8Array; mediaType: string; warnings: string[] },
): void {
  const { db, filesDir } = run.archive
  const rel = storeOriginal(filesDir, f.sha256, e.name, f.bytes)
  const importedAt = at(run)
  const size = f.bytes.length
  const source = { sha256: f.sha256, originalName: e.name, storedPath: rel, size, mediaType: f.mediaType, importedAt }
  let result
  try {
    result = db.transaction(() => {
      const r = saveIssue(db, parsed, source, { replace: run.opts.replace })
      const outcome = r.replacedIssueId === null ? 'imported' : 'replaced'
      const warnings = [...f.warnings, ...parsed.warnings.map((w) => w.message)]
      const extra = { sha256: f.sha256, issueId: r.issueId, warnings }
      record(run, e, outcome, issueLabel(parsed.meta), extra)
      return r
    })()
  } catch (err) {
    if (!isStoredPathReferenced(db, rel)) removeStored(filesDir, rel)
    // Another process saved the same issue between our check and our commit.
    if (isAppError(err) && err.code === 'ISSUE_EXISTS') {
      throw new Skip(`${err.message}；如需替换请使用 --replace`)
    }
    throw err
  }
  for (const old of result.replacedFiles) {
    if (!isStoredPathReferenced(db, old)) removeStored(filesDir, old)
  }
}

function describeError(err: unknown): string {
  if (isAppError(err)) return err.message
  const detail = err instanceof Error ? err.message : String(err)
  return `内部错误（详情已写入日志）：${detail}`
}

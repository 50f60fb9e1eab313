// The one count of an import run (issue 16): the progress panel and the report both say it from
// the report, so they can no longer disagree; and each file's final state, from its report entry,
// for the panel's row (an issue sent to 待核对 is not "完成"). Pure, so tests run in Node.
import type { ImportReport } from '../../shared/domain'
import { ordinalName } from '../../shared/original'

export interface ImportTally {
  files: number
  issues: number
  documents: number
  staged: number
  /** Further originals of issues held (the same 期 in another format), kept beside them. */
  kept: number
  skipped: number
  failed: number
  /** Doubtful documents among those saved (the staged ones are counted on their own cards). */
  doubtful: number
}

export function tallyReport(r: ImportReport): ImportTally {
  const staged = r.staged ?? []
  const kept = r.kept ?? []
  return {
    files: r.imported.length + staged.length + kept.length + r.skipped.length + r.failed.length,
    issues: r.imported.length,
    documents: r.imported.reduce((n, i) => n + i.documents, 0),
    staged: staged.length,
    kept: kept.length,
    skipped: r.skipped.length,
    failed: r.failed.length,
    doubtful: r.imported.reduce((n, i) => n + (i.doubtful?.length ?? 0), 0),
  }
}

/** 新增 1 期、45 件文件，跳过 1 个；已入库的文件中 2 份存疑 */
export function tallyText(t: ImportTally): string {
  return [
    t.issues ? `新增 ${t.issues} 期、${t.documents} 件文件` : '未新增',
    t.staged ? `，待核对 ${t.staged} 期` : '',
    t.kept ? `，另存原件 ${t.kept} 份` : '',
    t.skipped ? `，跳过 ${t.skipped} 个` : '',
    t.failed ? `，失败 ${t.failed} 个` : '',
    t.doubtful ? `；已入库的文件中 ${t.doubtful} 份存疑` : '',
  ].join('')
}

export interface FileOutcome {
  label: string
  color: string
}

/** What became of `file` according to the report (null: not in it, e.g. still running). */
export function fileOutcome(r: ImportReport, file: string): FileOutcome | null {
  const imported = r.imported.find((i) => i.file === file)
  if (imported) {
    const doubt = imported.doubtful?.length ? `，${imported.doubtful.length} 份存疑` : ''
    const verb = imported.code === 'REPLACED' ? '已替换' : '已导入'
    return { label: `${verb}：${imported.documents} 件文件${doubt}`, color: doubt ? 'orange' : 'green' }
  }
  const staged = r.staged?.find((s) => s.file === file)
  if (staged) return { label: `待核对：${staged.documents} 件文件，尚未入库`, color: 'yellow' }
  const kept = r.kept?.find((k) => k.file === file)
  if (kept) return { label: `另存为本期${ordinalName(kept.ordinal)}原件（${kept.format}），文件未重复导入`, color: 'teal' }
  const skipped = r.skipped.find((s) => s.file === file)
  if (skipped) return { label: `已跳过：${skipped.reason}`, color: 'gray' }
  const failed = r.failed.find((f) => f.file === file)
  if (failed) return { label: `失败：${failed.error}`, color: 'red' }
  return null
}

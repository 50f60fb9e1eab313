// import <path>... : files and folders into the archive; exit 0 when nothing failed.
import type { ImportProgress } from '../../../shared/domain'
import { AppError } from '../../../shared/errors'
import { formatImport } from '../format'
import type { Command } from './context'
import { withServices } from './context'

const STAGE: Record<ImportProgress['stage'], string> = {
  reading: '读取',
  parsing: '解析',
  saving: '保存',
  done: '完成',
  skipped: '跳过',
  failed: '失败',
}

export const importCommand: Command = async (ctx) => {
  const paths = ctx.args.positionals
  if (!paths.length) throw new AppError('BAD_REQUEST', '请给出要导入的文件或文件夹')
  const onProgress = (p: ImportProgress): void => {
    // Reading and parsing pass quickly; OCR of a scan says which page it is on.
    if ((p.stage === 'reading' || p.stage === 'parsing') && !p.message) return
    const detail = p.message ? `：${p.message}` : ''
    ctx.io.note(`[${p.fileIndex + 1}/${p.fileCount}] ${STAGE[p.stage]} ${p.file}${detail}`)
  }
  const report = await withServices(
    ctx,
    (s) =>
      s.importFiles({
        // Paths typed at a terminal are the user's own choice, so they go straight to the importer.
        sources: paths.map((p) => ({ kind: 'path' as const, path: p })),
        replace: ctx.args.flags.replace === true,
      }),
    { create: true, onProgress },
  )
  ctx.io.result(report, () => formatImport(report))
  return report.failed.length === 0 ? 0 : 1
}

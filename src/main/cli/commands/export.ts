// export <id|文号>... --out <file.pdf|folder> [--format pdf|pdfa|ofd]: GB/T 9704 PDFs (or PDF/A,
// OFD) through the service.
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../../../shared/errors'
import { writeExportFile } from '../../disk-errors'
import { intFlag, requireFlag } from '../args'
import { formatFlag } from '../format-flag'
import { exportIssueToFolder } from './archive-work'
import type { Command } from './context'
import { withServices } from './context'

function write(file: string, base64: string): void {
  writeExportFile(file, Buffer.from(base64, 'base64'))
}

export const exportCommand: Command = (ctx) => {
  const issueId = intFlag(ctx.args, 'issue')
  if (issueId !== undefined) return exportIssueToFolder(ctx, issueId)
  return exportDocuments(ctx)
}

const exportDocuments: Command = (ctx) =>
  withServices(ctx, async (s) => {
    const out = requireFlag(ctx.args, 'out', '文件.pdf 或文件夹')
    const refs = ctx.args.positionals
    if (!refs.length) throw new AppError('BAD_REQUEST', '请给出要导出的文件编号或文号')
    const ids: number[] = []
    for (const ref of refs) ids.push((await s.findDocument({ ref })).id)
    const format = formatFlag(ctx.args)
    const ext = format === 'ofd' ? '.ofd' : '.pdf'
    const toFile = out.toLowerCase().endsWith(ext) && !(existsSync(out) && statSync(out).isDirectory())
    const written: string[] = []
    if (toFile) {
      const pdf = await s.exportPdf({ documentIds: ids, combine: true, format })
      write(out, pdf.bytesBase64)
      written.push(out)
    } else {
      for (const id of ids) {
        const pdf = await s.exportPdf({ documentIds: [id], format })
        write(join(out, pdf.fileName), pdf.bytesBase64)
        written.push(join(out, pdf.fileName))
      }
    }
    const kind = format === 'ofd' ? 'OFD' : format === 'pdfa' ? 'PDF/A' : 'PDF'
    const human = (): string => [`已导出 ${written.length} 个 ${kind}：`, ...written.map((f) => `  ${f}`)].join('\n')
    ctx.io.result({ files: written }, human)
    return 0
  })

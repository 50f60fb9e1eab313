// catalogue (归档文件目录 as csv/xlsx/pdf) and export --issue (one PDF per document into a folder).
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { CATALOGUE_COLUMNS, COLUMN_LABELS, type CatalogueColumn } from '../../../shared/catalogue'
import { AppError } from '../../../shared/errors'
import { writeExportFile } from '../../disk-errors'
import { intFlag, requireFlag, stringFlag } from '../args'
import { formatFlag } from '../format-flag'
import type { Command } from './context'
import { withServices } from './context'

/** --columns 件号,题名,… (the catalogue's own headings, or the column keys). */
function columnsFlag(v: string | undefined): CatalogueColumn[] | undefined {
  if (v === undefined) return undefined
  return v.split(/[,，、]/).map((name) => {
    const key = CATALOGUE_COLUMNS.find((c) => c === name.trim() || COLUMN_LABELS[c] === name.trim())
    if (!key) throw new AppError('BAD_REQUEST', `--columns 中没有“${name}”这一列；可用：${CATALOGUE_COLUMNS.map((c) => COLUMN_LABELS[c]).join('、')}`)
    return key
  })
}

export const catalogueCommand: Command = (ctx) =>
  withServices(ctx, async (s) => {
    const out = requireFlag(ctx.args, 'out', '文件.csv|文件.xlsx|文件.pdf')
    const format = stringFlag(ctx.args, 'format') ?? (/\.(xlsx|pdf)$/i.exec(out)?.[1].toLowerCase() ?? 'csv')
    if (format !== 'csv' && format !== 'xlsx' && format !== 'pdf') {
      throw new AppError('BAD_REQUEST', `--format 只能是 csv、xlsx 或 pdf，收到“${format}”`)
    }
    const issueId = intFlag(ctx.args, 'issue')
    const columns = columnsFlag(stringFlag(ctx.args, 'columns'))
    const file = await s.exportCatalogue({ scope: issueId === undefined ? { all: true } : { issueId }, format, columns })
    writeExportFile(out, Buffer.from(file.bytesBase64, 'base64'))
    ctx.io.result({ file: out }, () => `已导出档案目录：${out}`)
    return 0
  })

/** export --issue <id> --out <folder>: the service's zip, unpacked into the folder. */
export async function exportIssueToFolder(ctx: Parameters<Command>[0], issueId: number): Promise<number> {
  return withServices(ctx, async (s) => {
    const out = requireFlag(ctx.args, 'out', '文件夹')
    const format = formatFlag(ctx.args)
    const zip = await JSZip.loadAsync(Buffer.from((await s.exportIssuePdfs({ issueId, format })).bytesBase64, 'base64'))
    mkdirSync(out, { recursive: true })
    const written: string[] = []
    for (const entry of Object.values(zip.files)) {
      if (entry.dir) continue
      const file = join(out, entry.name)
      writeExportFile(file, await entry.async('nodebuffer'))
      written.push(file)
    }
    const human = (): string => [`已导出 ${written.length} 个${format === 'ofd' ? ' OFD' : format === 'pdf' ? ' PDF' : ' PDF/A'} 文件：`, ...written.map((f) => `  ${f}`)].join('\n')
    ctx.io.result({ files: written }, human)
    return 0
  })
}

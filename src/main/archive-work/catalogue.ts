// 归档文件目录 (DA/T 22) of a scope as Excel, CSV (UTF-8 BOM) or a print-ready PDF, named
// 「兴县人民政府公报_2022年第2期_档案目录.xlsx」.
import type { Database } from 'better-sqlite3'
import { issueFilePart, safeNamePart, type CatalogueColumn } from '../../shared/catalogue'
import type { CatalogueScope } from '../../shared/domain'
import { cataloguePdf } from './catalogue-pdf'
import { catalogueTable, tableMatrix, type CatalogueTable } from './catalogue-rows'
import { toCsv } from './csv'
import { toXlsx } from './xlsx'
import { issueShown } from '../../shared/issue-shown'

export type CatalogueFormat = 'xlsx' | 'csv' | 'pdf'

/** The gazette and 期 the catalogue covers: names its file and heads its pages. */
function subject(db: Database, scope: CatalogueScope, table: CatalogueTable): { file: string; heading: string } {
  if ('issueId' in scope) {
    const r = db
      .prepare('SELECT g.name, i.year, i.issue_no FROM issues i JOIN gazettes g ON g.id = i.gazette_id WHERE i.id = ?')
      .get(scope.issueId) as { name: string; year: number; issue_no: number }
    return { file: issueFilePart(r.name, r.year, r.issue_no), heading: `${r.name} ${issueShown(r.year, r.issue_no)}` }
  }
  if (table.gazettes.length === 1) return { file: safeNamePart(table.gazettes[0]), heading: table.gazettes[0] }
  return { file: '', heading: '' }
}

export async function exportCatalogue(
  db: Database,
  req: { scope: CatalogueScope; format: CatalogueFormat; columns?: CatalogueColumn[] },
  fontsDir?: string,
): Promise<{ fileName: string; bytesBase64: string }> {
  const table = catalogueTable(db, req.scope, req.columns)
  const { file, heading } = subject(db, req.scope, table)
  const bytes =
    req.format === 'csv'
      ? toCsv(tableMatrix(table))
      : req.format === 'xlsx'
        ? await toXlsx(table, '档案目录', `${heading} 归档文件目录`.trim())
        : await cataloguePdf(table, `${heading} 归档文件目录`.trim(), fontsDir)
  const fileName = `${file ? `${file}_` : ''}档案目录.${req.format}`
  return { fileName, bytesBase64: Buffer.from(bytes).toString('base64') }
}

// The 归档文件目录 as an Excel workbook (exceljs): one sheet, set up to print as archive offices
// file it — A4 landscape, fitted to the page width, the header row repeated on every page and
// frozen on screen, thin borders, long titles wrapped.
import ExcelJS from 'exceljs'
import type { CatalogueColumn } from '../../shared/catalogue'
import type { CatalogueTable } from './catalogue-rows'

/** Widths in Excel's character units (a CJK character is about 2): room for what each column holds. */
export const XLSX_WIDTHS: Record<CatalogueColumn, number> = {
  pieceNo: 8, issuers: 18, docNumber: 18, fullTitle: 46, date: 11, pageRange: 8, pages: 6,
  gazetteIssue: 24, category: 12, docType: 6, public: 9, retention: 8, remarks: 16,
  seq: 6, title: 36, gazette: 18, issue: 16,
}

const THIN = { style: 'thin' as const }
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN }

export async function toXlsx(table: CatalogueTable, sheetName: string, title: string): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook()
  book.creator = '公报档案'
  const sheet = book.addWorksheet(sheetName, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: '1:1',
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddHeader: `&C${title.replace(/&/g, '&&')}`, oddFooter: '&C第 &P 页 共 &N 页' },
  })
  sheet.columns = table.columns.map((c, i) => ({ key: c, header: table.header[i], width: XLSX_WIDTHS[c] }))
  for (const r of table.rows) sheet.addRow(table.columns.map((c) => r[c]))
  sheet.eachRow((row, n) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = BORDER
      cell.font = { name: '宋体', size: 10, bold: n === 1 }
      cell.alignment = { vertical: 'middle', wrapText: true, horizontal: n === 1 ? 'center' : undefined }
    })
  })
  return new Uint8Array(await book.xlsx.writeBuffer())
}

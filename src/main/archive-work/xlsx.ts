// The 归档文件目录 as an Excel workbook (exceljs): one sheet, set up to print as archive offices
// file it — A4 landscape, fitted to the page width, the header row repeated on every page and
// frozen on screen, thin borders, long titles wrapped.
import ExcelJS from 'exceljs'
import type { CatalogueColumn } from '../../shared/catalogue'
import type { CatalogueTable } from './catalogue-rows'

/** Widths in Excel's character units (a CJK character is about 2): room for what each column holds. */
export const XLSX_WIDTHS: Record<CatalogueColumn, number> = {
  pieceNo: 7, issuers: 14, docNumber: 17, fullTitle: 44, date: 11, pageRange: 8, pages: 5,
  gazetteIssue: 20, category: 11, docType: 5, public: 10, retention: 6, remarks: 12,
  seq: 6, title: 36, gazette: 18, issue: 16,
}

/** Points of rows an A4 landscape page holds at 100 % inside the margins, less the repeated header. */
const PAGE_ROWS_PT = 420
const LINE_PT = 14

/** Display width: a CJK character takes two units. */
const unitsOf = (v: string | number): number => [...String(v)].reduce((n, c) => n + (c.charCodeAt(0) > 0xff ? 2 : 1), 0)

/** Rows as tall as their longest wrapped cell: LibreOffice and WPS do not grow rows on opening. */
function rowHeight(values: (string | number)[], widths: number[]): number {
  const lines = Math.max(1, ...values.map((v, i) => Math.ceil(unitsOf(v) / Math.max(1, widths[i] - 1.5))))
  return lines * LINE_PT + 4
}

const THIN = { style: 'thin' as const }
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN }

export async function toXlsx(table: CatalogueTable, sheetName: string, title: string): Promise<Uint8Array> {
  const widths = table.columns.map((c) => XLSX_WIDTHS[c])
  const heights = table.rows.map((r) => rowHeight(table.columns.map((c) => r[c]), widths))
  const book = new ExcelJS.Workbook()
  book.creator = '公报档案'
  const sheet = book.addWorksheet(sheetName, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      // One page wide. Tall: at most the pages the rows fill at 100 % (never the binding limit);
      // fitToHeight=0, "as many as needed", is read as one page by LibreOffice.
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: Math.ceil(heights.reduce((a, b) => a + b, 0) / PAGE_ROWS_PT) + 1,
      horizontalCentered: true,
      printTitlesRow: '1:1',
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddHeader: `&C${title.replace(/&/g, '&&')}`, oddFooter: '&C第 &P 页 共 &N 页' },
  })
  sheet.columns = table.columns.map((c, i) => ({ key: c, header: table.header[i], width: widths[i] }))
  sheet.getRow(1).height = rowHeight(table.header, widths)
  table.rows.forEach((r, i) => {
    sheet.addRow(table.columns.map((c) => r[c])).height = heights[i]
  })
  sheet.eachRow((row, n) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = BORDER
      cell.font = { name: '宋体', size: 10, bold: n === 1 }
      cell.alignment = { vertical: 'middle', wrapText: true, horizontal: n === 1 ? 'center' : undefined }
    })
  })
  return new Uint8Array(await book.xlsx.writeBuffer())
}

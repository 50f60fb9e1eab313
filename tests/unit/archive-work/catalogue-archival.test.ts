// 归档文件目录 (DA/T 22) of the sample issue: Excel read back with exceljs (widths, print setup,
// header repeated and frozen), the PDF's text and pages (pdftotext, pdfinfo), the rules each
// gazette sets once, and a gazette's name corrected for all its issues.
import { checkPdfA } from '../../../src/main/export/pdfa-check'
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { COLUMN_LABELS, DEFAULT_COLUMNS, DEFAULT_RULES } from '../../../src/shared/catalogue'
import { fullTitle } from '../../../src/main/archive-work/catalogue-rows'
import { XLSX_WIDTHS } from '../../../src/main/archive-work/xlsx'
import { SAMPLE_TRUTH } from '../../support/sample'
import { cli } from '../cli/run-cli'
import { SAMPLE_TEXT, fixture, tempArchive, upload, type TempArchive } from './helpers'

interface TruthDoc { seq: number; docNumber: string | null; title: string; issuer: string; date: string; tocPage: number; category: string }
const truth = JSON.parse(readFileSync(SAMPLE_TRUTH, 'utf8')) as { gazette: string; year: number; issueNo: number; totalNo: number; documents: TruthDoc[] }
const ISSUE = `${truth.gazette}_${truth.year}年第${truth.issueNo}期`

let t: TempArchive
let issueId: number

beforeAll(async () => {
  t = tempArchive('catalogue-')
  await t.api.importFiles({ sources: [upload('xingxian-2022-02.txt', SAMPLE_TEXT)] })
  issueId = (await t.api.listIssues({}))[0].id
})
afterAll(() => t.close())

const bytesOf = (f: { bytesBase64: string }): Buffer => Buffer.from(f.bytesBase64, 'base64')

async function sheetOf(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(bytes as unknown as ArrayBuffer)
  return book.worksheets[0]
}

describe('the Excel catalogue of the sample issue', () => {
  it('holds the DA/T 22 columns, one row per document, built from the document', async () => {
    const file = await t.api.exportCatalogue({ scope: { issueId }, format: 'xlsx' })
    expect(file.fileName).toBe(`${ISSUE}_档案目录.xlsx`)
    const sheet = await sheetOf(bytesOf(file))
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(DEFAULT_COLUMNS.map((c) => COLUMN_LABELS[c]))
    expect(sheet.rowCount).toBe(truth.documents.length + 1)
    const [first, second] = truth.documents
    const docType = (await t.api.getDocument({ id: (await t.api.findByDocNumber({ docNumber: first.docNumber as string })) as number })).docType
    const pages = second.tocPage - first.tocPage
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      String(first.seq), first.issuer, first.docNumber, `${first.issuer}${first.title}`, first.date,
      `${first.tocPage}-${second.tocPage - 1}`, pages, `${truth.gazette}${truth.year}年第${truth.issueNo}期（总第${truth.totalNo}期）`,
      first.category, docType, '主动公开', '永久', '',
    ])
  })

  it('opens set up for printing: widths, A4 landscape one page wide, header repeated and frozen', async () => {
    const sheet = await sheetOf(bytesOf(await t.api.exportCatalogue({ scope: { issueId }, format: 'xlsx' })))
    expect(sheet.columns.map((c) => c.width)).toEqual(DEFAULT_COLUMNS.map((c) => XLSX_WIDTHS[c]))
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, printTitlesRow: '1:1' })
    expect(sheet.pageSetup.fitToHeight).toBeGreaterThan(1)
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true)
    expect(sheet.getRow(2).getCell(4).alignment?.wrapText).toBe(true)
    expect(sheet.getRow(2).getCell(4).border?.left?.style).toBe('thin')
    // Every row is tall enough for its title wrapped in the 题名 column (a CJK character is 2 units).
    for (let n = 2; n <= sheet.rowCount; n++) {
      const units = [...String(sheet.getRow(n).getCell(4).value)].reduce((k, c) => k + (c.charCodeAt(0) > 0xff ? 2 : 1), 0)
      expect(sheet.getRow(n).height).toBeGreaterThanOrEqual(14 * Math.ceil(units / (XLSX_WIDTHS.fullTitle - 1.5)))
    }
  })
})

describe('the PDF catalogue', () => {
  it('prints A4 landscape with the header on every page and 第 N 页 共 M 页', async () => {
    const file = await t.api.exportCatalogue({ scope: { issueId }, format: 'pdf' })
    expect(file.fileName).toBe(`${ISSUE}_档案目录.pdf`)
    const pdf = join(t.dir, 'catalogue.pdf')
    writeFileSync(pdf, bytesOf(file))
    expect(checkPdfA(bytesOf(file))).toMatchObject({ ok: true, problems: [], declared: '2B' })
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts/)
    const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
    expect(count).toBeGreaterThan(1)
    const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).split('\f').slice(0, count)
    pages.forEach((text, i) => {
      const flat = text.replace(/\s+/g, '')
      expect(flat).toContain(`${truth.gazette}${truth.year}年第${truth.issueNo}期归档文件目录`)
      expect(flat).toContain('件号')
      expect(flat).toContain('保管期限')
      expect(flat).toContain(`第${i + 1}页共${count}页`)
    })
    const all = pages.join('').replace(/\s+/g, '')
    for (const d of truth.documents) if (d.docNumber) expect(all).toContain(d.docNumber.replace(/\s+/g, ''))
  })
})

describe('rules set once per gazette', () => {
  it('件号 pattern, 保管期限 by 文种 and the columns apply to every export of the gazette', async () => {
    expect(await t.api.getCatalogueRules({ gazette: truth.gazette })).toEqual(DEFAULT_RULES)
    const rules = { pieceNo: '{年度}-{期:2}-{件:3}', retentionDefault: '10年' as const, retentionByDocType: { 通知: '永久' as const }, columns: ['pieceNo', 'docType', 'retention'] as const }
    await t.api.setCatalogueRules({ gazette: truth.gazette, rules: { ...rules, columns: [...rules.columns] } })
    try {
      const csv = bytesOf(await t.api.exportCatalogue({ scope: { issueId }, format: 'csv' })).toString('utf8').slice(1)
      const rows = csv.trimEnd().split('\r\n').map((l) => l.split(','))
      expect(rows[0]).toEqual(['件号', '文种', '保管期限'])
      expect(rows[1][0]).toBe(`${truth.year}-0${truth.issueNo}-001`)
      expect(rows.slice(1).every(([, type, keep]) => keep === (type === '通知' ? '永久' : '10年'))).toBe(true)
      expect(new Set(rows.slice(1).map((r) => r[2]))).toEqual(new Set(['永久', '10年']))
      // Columns asked for in the request win over the gazette's.
      const asked = bytesOf(await t.api.exportCatalogue({ scope: { issueId }, format: 'csv', columns: ['docNumber', 'fullTitle'] })).toString('utf8')
      expect(asked.slice(1).split('\r\n')[0]).toBe('文号,题名')
    } finally {
      await t.api.setCatalogueRules({ gazette: truth.gazette, rules: DEFAULT_RULES })
    }
  })

  it('题名 carries the issuing units before a 关于 title, and leaves other titles as printed', () => {
    expect(fullTitle({ title: '关于成立领导小组的通知', issuer: 'A、B', issuers: ['A', 'B'] })).toBe('A、B关于成立领导小组的通知')
    expect(fullTitle({ title: '兴县人民政府关于X的通知', issuer: '兴县人民政府', issuers: ['兴县人民政府'] })).toBe('兴县人民政府关于X的通知')
    expect(fullTitle({ title: '兴县城区供暖管理办法', issuer: '兴县人民政府', issuers: [] })).toBe('兴县城区供暖管理办法')
  })
})

describe('a gazette renamed for all its issues', () => {
  it('renames, names files by the new name, keeps its rules and history, and takes later imports printed with the old name', async () => {
    const a = t
    try {
      const rules = { ...DEFAULT_RULES, pieceNo: 'X-{件}' }
    expect((await a.api.listSeries({})).map((s) => s.gazette)).toEqual([truth.gazette])
      await a.api.setCatalogueRules({ gazette: truth.gazette, rules })
      const r = await a.api.renameGazette({ from: truth.gazette, to: '兴县政府公报', editor: '王档案' })
      expect(r).toMatchObject({ from: truth.gazette, to: '兴县政府公报', editor: '王档案', issues: 1 })
      expect((await a.api.listSeries({})).map((s) => s.gazette)).toEqual(['兴县政府公报'])
      expect(await a.api.getCatalogueRules({ gazette: '兴县政府公报' })).toEqual(rules)
      const id = (await a.api.listIssues({}))[0].id
      expect((await a.api.exportCatalogue({ scope: { issueId: id }, format: 'csv' })).fileName).toBe('兴县政府公报_2022年第2期_档案目录.csv')
      const doc = (await a.api.listDocuments({ issueId: id, offset: 0, limit: 1 })).items[0]
      expect(doc.gazette).toBe('兴县政府公报')
      expect((await a.api.exportPdf({ documentIds: [doc.id] })).fileName).toBe(`兴县政府公报_2022年第2期_${doc.docNumber}.pdf`)
      // Another issue printed under the old name joins the renamed gazette.
      await a.api.importFiles({ sources: [upload('xingxian-2020-01.txt', fixture('xingxian-2020-01.txt'))] })
      expect((await a.api.listSeries({})).map((s) => [s.gazette, s.heldCount])).toEqual([['兴县政府公报', 2]])
      // Undo: rename back; both steps are in the history.
      await a.api.renameGazette({ from: '兴县政府公报', to: truth.gazette, editor: '王档案' })
      expect((await a.api.listSeries({})).map((s) => s.gazette)).toEqual([truth.gazette])
      expect((await a.api.listGazetteRenames({})).map((x) => [x.from, x.to, x.issues])).toEqual([
        [truth.gazette, '兴县政府公报', 1],
        ['兴县政府公报', truth.gazette, 2],
      ])
    } finally {
      await a.api.setCatalogueRules({ gazette: truth.gazette, rules: DEFAULT_RULES })
    }
  })

  it('joins a gazette already so named, but refuses when both hold the same 期', async () => {
    const a = t
    {
      const scan = readFileSync(join(process.cwd(), 'tests/fixtures/files/bad/scanned.pdf'))
      const one = { docNumber: null, title: '关于测试的通知', issuer: '兴县人民政府', date: null, pageFrom: 1, pageTo: 1 }
      const catalog = (year: number, issueNo: number) =>
        a.api.catalogScannedIssue({ gazette: '兴县公报', year, issueNo, editor: '王档案', scan: upload(`${year}-${issueNo}.pdf`, scan), documents: [one] })
      await catalog(2022, 2)
      await expect(a.api.renameGazette({ from: '兴县公报', to: truth.gazette, editor: '王档案' })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
        message: expect.stringContaining('2022年第2期'),
      })
      expect((await a.api.listSeries({})).map((s) => s.gazette).sort()).toEqual([truth.gazette, '兴县公报'].sort())
      await a.api.removeIssue({ issueId: (await a.api.listIssues({})).find((i) => i.gazette === '兴县公报')?.id as number, editor: '王档案', reason: '测试' })
      await catalog(2021, 1)
      await a.api.renameGazette({ from: '兴县公报', to: truth.gazette, editor: '王档案' })
      expect((await a.api.listSeries({})).map((s) => [s.gazette, s.heldCount])).toEqual([[truth.gazette, 3]])
    }
  })
})

describe('CLI', () => {
  it('catalogue --format pdf --columns, and gazette rename', () => {
    const db = join(t.dir, 'cli.db')
    const src = join(t.dir, '2020-01.txt')
    writeFileSync(src, fixture('xingxian-2020-01.txt'))
    expect(cli('import', src, '--db', db).code).toBe(0)
    const pdf = join(t.dir, 'c.pdf')
    expect(cli('catalogue', '--db', db, '--issue', '1', '--out', pdf).code).toBe(0)
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-')
    const csv = join(t.dir, 'c.csv')
    expect(cli('catalogue', '--db', db, '--columns', '件号,题名', '--out', csv).code).toBe(0)
    expect(readFileSync(csv, 'utf8').slice(1).split('\r\n')[0]).toBe('件号,题名')
    const r = cli('gazette', 'rename', '兴县人民政府公报', '兴县政府公报', '--db', db, '--editor', '王档案', '--json')
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ from: '兴县人民政府公报', to: '兴县政府公报', issues: 1 })
  })
})

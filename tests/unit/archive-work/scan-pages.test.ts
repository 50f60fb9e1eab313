// A registered scan (登记扫描件): page ranges are checked against the scan's pages, and a document
// without text exports its own scan pages rather than a near-blank page.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pdfPages } from '../../../src/main/importer/ocr/page-images'
import { tempArchive, upload, type TempArchive } from './helpers'

// Two pages: the cover of a typeset gazette, and its first document's first page, scanned.
const SCAN = readFileSync(resolve(process.cwd(), 'tests/fixtures/scans/county-1col-heads-scan.pdf'))
const doc = (title: string, pageFrom: number, pageTo: number) => ({ docNumber: null, title, issuer: null, date: null, pageFrom, pageTo })
const request = (documents: ReturnType<typeof doc>[]) => ({
  gazette: '兴县人民政府公报', year: 2022, issueNo: 3, editor: '王档案', scan: upload('2022-03-扫描.pdf', SCAN), documents,
})

/** How much of a PDF's page is inked when drawn: the share of pixels clearly not white. */
async function ink(pdf: Uint8Array, n: number): Promise<number> {
  const pages = await pdfPages(pdf, 50)
  const { image } = await pages.page(n)
  await pages.close()
  let dark = 0
  for (let i = 0; i < image.data.length; i += 4) if (image.data[i] + image.data[i + 1] + image.data[i + 2] < 690) dark++
  return dark / (image.data.length / 4)
}

let t: TempArchive
let ids: number[]

beforeAll(async () => {
  t = tempArchive()
  ids = (await t.api.catalogScannedIssue(request([doc('封面', 1, 1), doc('关于印发全面落实保障农民工工资支付相关制度的通知', 2, 2)]))).documentIds
})
afterAll(() => t.close())

describe('page ranges of a registered scan', () => {
  it('refuses a range beyond the scan’s pages, naming the document and the page count, and saves nothing', async () => {
    const before = await t.api.listIssues({})
    await expect(t.api.catalogScannedIssue({ ...request([doc('第二份', 2, 3)]), issueNo: 4 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: '第1份「第二份」的起止页 2–3 超出扫描件「2022-03-扫描.pdf」的页数（共 2 页）',
    })
    expect(await t.api.listIssues({})).toEqual(before)
  })
})

describe('exporting a registered scanned document', () => {
  it('prints its scan pages, the page the document stands on', async () => {
    const out = await t.api.exportPdf({ documentIds: [ids[1]] })
    expect(out.fileName).toBe('兴县人民政府公报_2022年第3期_关于印发全面落实保障农民工工资支付相关制度的通知_扫描页.pdf')
    const pdf = new Uint8Array(Buffer.from(out.bytesBase64, 'base64'))
    const pages = await pdfPages(pdf, 10)
    expect(pages.count).toBe(1)
    const page = await pages.page(1)
    await pages.close()
    expect(Math.round(page.width)).toBe(595)
    // A scanned page of body text, not an empty page with a title.
    const inked = await ink(pdf, 1)
    expect(inked).toBeGreaterThan(0.05)
    // The cover (page 1) is a different, emptier page: each document gets its own pages.
    const cover = new Uint8Array(Buffer.from((await t.api.exportPdf({ documentIds: [ids[0]] })).bytesBase64, 'base64'))
    expect(await ink(cover, 1)).toBeLessThan(inked / 2)
  })
})

// A short scanned issue in Chromium: two page images (rendered from a typeset gazette with pdftoppm,
// turned 0.7°, speckled, JPEG) chosen together become one issue, OCR'd into 待核对 with the OCR
// badge; 对照原文 marks the unsure characters in the text and on the scan; after 入库 search finds
// a word of the OCR'd body and the document exports as a PDF. First, a scanned OFD (images only)
// is reviewed beside its scan page drawn from those images, unsure characters boxed, then discarded.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderPages, scanLook, SCANNED } from '../support/scan-pages'
import { scanOfd, strip } from '../support/scan-ofd'
import { ROOT, startHarness, type Harness } from './harness'
import { AppPage } from './pages/AppPage'
import { DocumentPage } from './pages/DocumentPage'
import { ImportPage } from './pages/ImportPage'
import { ReviewPage } from './pages/ReviewPage'
import { SearchPage } from './pages/SearchPage'

const SHOTS_DOCS = join(ROOT, 'docs', 'screenshots')
const TYPESET = join(ROOT, 'tests/fixtures/typeset/tuning/county-1col-heads/county-1col-heads.pdf')
let h: Harness
let app: AppPage
const pageErrors: string[] = []
let pages: { name: string; mimeType: string; buffer: Buffer }[]

/** The share of dark pixels on the first canvas matching `selector`: the scan is drawn, not just its frame. */
async function inked(selector: string, level = 384): Promise<number> {
  return Number(await h.page.evaluate(`(() => {
    const c = document.querySelector(${JSON.stringify(selector)})
    if (!c || !c.width) return 0
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height)
    let dark = 0
    // Not yet drawn is transparent: only opaque dark pixels count.
    for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 200 && data[i] + data[i + 1] + data[i + 2] < ${level}) dark++
    return dark / (data.length / 4)
  })()`))
}

/** A scanned OFD: the cover's gazette name, and below it a document's first half page as the scans above look. */
async function speckledOfd(): Promise<Uint8Array> {
  const [cover, head] = [strip(1, 360, 240), await scanLook(strip(3, 100, 800), SCANNED)]
  const mm = (px: number): number => (px / 150) * 25.4
  return scanOfd([210, 45 + mm(800)], [
    { file: 'cover.png', bytes: cover, boundary: `0 0 210 ${mm(240)}` },
    { file: 'head.jpg', bytes: head, boundary: `0 45 210 ${mm(800)}`, format: 'JPEG' },
  ])
}

beforeAll(async () => {
  // The cover and the first document's first page. Named 9 and 10: natural order puts the cover first.
  const [cover, , first] = renderPages(TYPESET, 1, 3, 200)
  pages = [
    { name: '扫描-10.jpg', mimeType: 'image/jpeg', buffer: await scanLook(first, SCANNED) },
    { name: '扫描-9.jpg', mimeType: 'image/jpeg', buffer: await scanLook(cover, SCANNED) },
  ]
  h = await startHarness()
  h.page.on('pageerror', (e) => pageErrors.push(e.message))
  app = new AppPage(h.page, h.server.url)
  await h.page.setViewportSize({ width: 1366, height: 768 })
  await app.open('#/')
})
afterAll(async () => {
  await h?.close()
})

describe('a scanned OFD', () => {
  it('reviews a scanned OFD beside its scan page drawn from its images, as a scanned PDF', async () => {
    await app.go('#/import')
    await h.page.getByTestId('import-files-input').setInputFiles([{ name: '扫描.ofd', mimeType: 'application/ofd', buffer: Buffer.from(await speckledOfd()) }])
    const imp = new ImportPage(h.page)
    await imp.report.waitFor({ timeout: 300_000 })
    expect(await imp.report.innerText()).toContain('待核对，尚未入库')
    await app.go('#/review')
    await h.page.getByTestId('staged-list').getByRole('link', { name: '核对' }).first().click()
    const review = new ReviewPage(h.page)
    await review.status.waitFor()
    expect(await review.source.innerText()).toContain('兴政发〔2022〕8号')
    // The page, not only the OCR'd lines: the region is named and the scan is drawn with ink on it.
    expect(await h.page.getByTestId('pdf-regions').innerText()).toContain('PDF 第 1 页')
    await expect.poll(() => inked('[data-testid="pdf-region-page"] canvas'), { timeout: 60_000 }).toBeGreaterThan(0.002)
    // The speckled scan leaves characters OCR is unsure of: orange in the lines and boxed on the page.
    expect(await h.page.getByTestId('ocr-low').count()).toBeGreaterThan(0)
    await h.page.getByTestId('ocr-low-box').first().waitFor()
    await app.shoot('review-ocr-ofd-1366x768')
    // Left unsaved: the page images below are the same 期.
    expect(await review.discard()).toContain('已放弃')
  }, 320_000)
})

describe('a scanned issue from page images', () => {
  it('imports the page images chosen together as one issue into 待核对, flagged OCR', async () => {
    await app.go('#/import')
    await h.page.getByTestId('import-files-input').setInputFiles(pages)
    const choice = h.page.getByTestId('page-set-choice')
    expect(await choice.innerText()).toContain('选择了 2 个扫描页图像')
    await choice.getByRole('button', { name: '合为一期导入' }).click()
    const report = await new ImportPage(h.page).report.waitFor({ timeout: 300_000 }).then(() => new ImportPage(h.page).report.innerText())
    expect(report).toContain('扫描-9.jpg 至 扫描-10.jpg（2 页）.pdf')
    expect(report, report).toContain('待核对，尚未入库')
    await app.go('#/review')
    const row = h.page.getByTestId('staged-list').locator('tbody tr').first()
    expect(await row.innerText()).toContain('兴县人民政府公报 2022年第3期')
    expect(await row.getByTestId('ocr-badge').innerText()).toBe('OCR')
  }, 320_000)

  it('reviews the document beside the scan, its unsure characters marked in the lines and on the page', async () => {
    await h.page.getByTestId('staged-list').getByRole('link', { name: '核对' }).first().click()
    const review = new ReviewPage(h.page)
    await review.status.waitFor()
    expect(await h.page.getByTestId('review-ocr-note').innerText()).toContain('文字识别（OCR）')
    expect(await review.firstListed()).toContain('关于印发全面落实保障农民工工资支付相关制度的通知（文字识别）')
    expect(await review.editor.innerText()).toContain('由扫描件文字识别（OCR）得到')
    // The document stands on the second page: the cover came first although "10" sorts before "9".
    expect(await h.page.getByTestId('pdf-regions').innerText()).toContain('PDF 第 2 页')
    expect(await review.source.innerText()).toContain('兴政发〔2022〕8号')
    const unsure = await h.page.getByTestId('ocr-low').allInnerTexts()
    expect(unsure.length).toBeGreaterThan(0)
    await h.page.getByTestId('ocr-low-box').first().waitFor()
    await expect.poll(() => inked('[data-testid="pdf-region-page"] canvas'), { timeout: 30_000 }).toBeGreaterThan(0.002)
    await app.shoot('review-ocr-1366x768')
    await h.page.screenshot({ path: join(SHOTS_DOCS, 'review-ocr-1366x768.png') })
    expect(await review.save()).toContain('已入库：兴县人民政府公报 2022年第3期，1 份文件')
  })

  it('finds a word of the OCR’d body, and shows the saved document beside its scan', async () => {
    await app.go('#/search')
    const search = new SearchPage(h.page)
    await search.search('劳务分包单位')
    expect(await search.hitTitles.allInnerTexts()).toEqual([expect.stringContaining('关于印发全面落实保障农民工工资支付相关制度的通知')])
    await search.hitTitles.first().click()
    const doc = new DocumentPage(h.page)
    await doc.article.waitFor()
    await h.page.getByRole('button', { name: '对照原文' }).click()
    await h.page.getByTestId('original-pages').locator('canvas').first().waitFor({ timeout: 60_000 })
    expect(await h.page.getByTestId('original-pages').getAttribute('data-pages')).toBe('2')
    await expect.poll(() => inked('[data-testid="original-pages"] canvas'), { timeout: 30_000 }).toBeGreaterThan(0.002)
    expect(await h.page.getByTestId('ocr-low-note').innerText()).toContain('个字在正文和扫描页上以橙色标出')
    expect(await doc.article.getByTestId('ocr-low').count()).toBeGreaterThan(0)
    expect(await h.page.getByTestId('ocr-low-box').count()).toBeGreaterThan(0)
    await app.shoot('original-ocr-1366x768')
    await h.page.screenshot({ path: join(SHOTS_DOCS, 'original-ocr-1366x768.png') })
    await h.page.getByRole('button', { name: '对照原文' }).click()
  })

  it('exports the OCR’d document as a PDF holding its text', async () => {
    const doc = new DocumentPage(h.page)
    await doc.openExportPreview()
    const saved = await (await doc.save()).path()
    const bytes = readFileSync(saved)
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    expect(bytes.length).toBeGreaterThan(10_000)
  })

  it('registers a scanned back issue beside its page thumbnails, checks its page ranges, and prints its scan pages', async () => {
    await app.go('#/import?tab=scan')
    await h.page.getByTestId('scan-file-input').setInputFiles(join(ROOT, 'tests/fixtures/scans/county-1col-heads-scan.pdf'))
    await h.page.getByTestId('scan-thumbnails').getByText('扫描件共 2 页').waitFor()
    // A thumbnail's text is drawn grey rather than black: any clearly non-white pixel counts.
    await expect.poll(() => inked('[data-testid="scan-thumb"]:nth-child(2) canvas', 690), { timeout: 30_000 }).toBeGreaterThan(0.02)
    await h.page.getByLabel('公报名称').fill('兴县人民政府公报')
    await h.page.getByLabel('年份').fill('2021')
    await h.page.getByLabel(/^期/).fill('5')
    await h.page.getByLabel('第1行 文号').fill('兴政发〔2021〕8号')
    await h.page.getByLabel('第1行 标题').fill('关于印发全面落实保障农民工工资支付相关制度的通知')
    await h.page.getByLabel('第1行 起页').fill('2')
    await h.page.getByLabel('第1行 止页').fill('3')
    await h.page.getByRole('button', { name: '保存登记' }).click()
    expect(await h.page.getByRole('alert').innerText()).toBe('第1行的起止页 2–3 超出扫描件的页数（共 2 页）')
    await app.shoot('scan-register-thumbnails-1366x768')
    await h.page.screenshot({ path: join(SHOTS_DOCS, 'scan-register-thumbnails-1366x768.png') })
    await h.page.getByLabel('第1行 止页').fill('2')
    await h.page.getByRole('button', { name: '保存登记' }).click()
    const answer = h.page.getByRole('dialog', { name: '请填写工作人员姓名' })
    await Promise.race([answer.waitFor(), h.page.getByText('已登记。').waitFor()])
    if (await answer.isVisible()) await new DocumentPage(h.page).answerEditor('王档案')
    await h.page.getByText('已登记。').waitFor()

    const id = await h.services.findByDocNumber({ docNumber: '兴政发〔2021〕8号' })
    await app.go(`#/doc/${id}`)
    await h.page.getByRole('button', { name: '导出扫描页 PDF / 打印' }).click()
    await h.page.locator('[data-testid="pdf-pages"] canvas').first().waitFor({ timeout: 60_000 })
    await expect.poll(() => inked('[data-testid="pdf-pages"] canvas'), { timeout: 30_000 }).toBeGreaterThan(0.002)
    const saved = readFileSync(await (await new DocumentPage(h.page).save()).path())
    expect(saved.subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('ran without page errors', () => {
    expect(pageErrors).toEqual([])
  })
})

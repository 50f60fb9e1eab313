// 待核对 in Chromium: an import waits for review; staff discard it, or fix the doubtful document
// beside its source lines, approve it and 入库; the library then shows who checked it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DOUBTFUL_DOC_NUMBER, MISREAD_TITLE, TOC_TITLE, doubtfulSampleText } from '../support/doubtful-sample'
import { ROOT, startHarness, type Harness } from './harness'
import { AppPage } from './pages/AppPage'
import { ImportPage } from './pages/ImportPage'
import { ReviewPage } from './pages/ReviewPage'

const SHOTS_DOCS = join(ROOT, 'docs', 'screenshots')
let h: Harness
let app: AppPage
const pageErrors: string[] = []
const file = () => ({ name: '兴县公报2022-02.txt', mimeType: 'text/plain', buffer: Buffer.from(doubtfulSampleText()) })

async function stage(): Promise<string> {
  await app.go('#/import')
  const imp = new ImportPage(h.page)
  await imp.chooseFiles([file()])
  return imp.waitForReport()
}

async function openReview(): Promise<ReviewPage> {
  await h.page.getByRole('link', { name: '核对并入库' }).click()
  const review = new ReviewPage(h.page)
  await review.status.waitFor()
  return review
}

beforeAll(async () => {
  h = await startHarness()
  h.page.on('pageerror', (e) => pageErrors.push(e.message))
  h.page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text())
  })
  app = new AppPage(h.page, h.server.url)
  await app.open('#/')
})
afterAll(async () => {
  await h?.close()
})

/** In the page: the share of dark pixels in rows 35–65 % of the first canvas under `selector`. */
const darkShareOfBodyBand = (selector: string): string => `(() => {
  const canvas = document.querySelector(${JSON.stringify(`${selector} canvas`)})
  const top = Math.floor(canvas.height * 0.35)
  const rows = Math.floor(canvas.height * 0.3)
  const { data } = canvas.getContext('2d').getImageData(0, top, canvas.width, rows)
  let dark = 0
  for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 384) dark++
  return dark / (data.length / 4)
})()`

/** Without pdf.js's CMaps a page of this PDF has 0.25 % dark pixels in that band; drawn, about 1.5 %. */
async function expectBodyInked(selector: string): Promise<void> {
  await expect.poll(async () => Number(await h.page.evaluate(darkShareOfBodyBand(selector))), { timeout: 15_000 }).toBeGreaterThan(0.008)
}

describe('待核对', () => {
  it('stages an import, shows the count in the navigation, and 放弃 leaves the archive empty', async () => {
    const report = await stage()
    expect(report).toContain('待核对，尚未入库')
    expect(report).toContain('1 份文件存疑')
    expect(report).toContain('标题与目录不一致')
    expect(await h.page.getByTestId('review-count').innerText()).toBe('1')
    const review = await openReview()
    expect(await review.status.innerText()).toContain('还有 1 份文件存疑')
    expect(await review.discard()).toContain('已放弃')
    expect(await h.services.listStagedIssues({})).toEqual([])
    expect(await h.services.listIssues({})).toEqual([])
    await expect.poll(() => h.page.getByTestId('review-count').count()).toBe(0)
    // The import log has the staging itself, then the 放弃 as its own entry.
    await app.go('#/series')
    const rows = h.page.getByRole('table', { name: '导入日志' }).locator('tbody tr')
    await expect.poll(() => rows.allInnerTexts()).toEqual([
      expect.stringMatching(/跳过\s+兴县公报2022-02\.txt\s+核对后放弃：兴县人民政府公报 2022年第2期/),
      expect.stringMatching(/待核对\s+兴县公报2022-02\.txt\s+兴县人民政府公报 2022年第2期进入待核对（45 件文件，其中 1 份存疑）/),
    ])
  })

  it('reviews the doubtful document first, beside its source lines, fixes it and saves', async () => {
    await stage()
    const review = await openReview()
    expect(await review.firstListed()).toContain(MISREAD_TITLE)
    expect(await review.firstListed()).toContain('存疑')
    expect(await review.editor.innerText()).toContain('标题与目录不一致')
    expect(await review.source.innerText()).toContain(DOUBTFUL_DOC_NUMBER)
    for (const [w, ht] of [[1366, 768], [1920, 1080]]) {
      await h.page.setViewportSize({ width: w, height: ht })
      await app.shoot(`review-${w}x${ht}`)
      await h.page.screenshot({ path: join(SHOTS_DOCS, `review-${w}x${ht}.png`) })
    }
    await h.page.setViewportSize({ width: 1360, height: 860 })
    await review.setField('标题', TOC_TITLE)
    await review.saveFields()
    await h.page.getByText('已修改：标题').waitFor()
    await review.approve()
    await h.page.getByText('没有存疑的文件，可以入库。').waitFor()
    expect(await review.save()).toContain('已入库')

    const id = await h.services.findByDocNumber({ docNumber: DOUBTFUL_DOC_NUMBER })
    await app.go(`#/doc/${id}`)
    const check = h.page.getByTestId('document-review')
    await check.waitFor()
    expect(await check.innerText()).toContain('已核对')
    expect(await check.innerText()).toContain('标题与目录不一致')
    expect(await h.page.locator('article h1').innerText()).toContain(TOC_TITLE)
    await app.shoot('review-document-reviewed')
  })

  it('shows a PDF document beside its page, the region outlined', async () => {
    await app.go('#/import')
    const pdf = readFileSync(join(ROOT, 'tests/fixtures/typeset/tuning/county-2col-kai/county-2col-kai.pdf'))
    const imp = new ImportPage(h.page)
    await imp.chooseFiles([{ name: '兴县公报2022-06.pdf', mimeType: 'application/pdf', buffer: pdf }])
    expect(await imp.waitForReport()).toContain('没有存疑的文件')
    const review = await openReview()
    expect(await review.status.innerText()).toContain('没有存疑的文件')
    const regions = h.page.getByTestId('pdf-regions')
    expect(await regions.innerText()).toMatch(/PDF 第 \d+ 页（印刷页码 \d+）/)
    const page = h.page.getByTestId('pdf-region-page').first()
    await page.locator('div[aria-hidden]').waitFor()
    const drawn = Number(await page.locator('canvas').getAttribute('width'))
    expect(drawn).toBeGreaterThan(0)
    // The body is set in CID fonts (FandolFang, Adobe-GB1): without pdf.js's CMaps only the title
    // and the digits were drawn. A band across the middle of the page holds two columns of text.
    await expectBodyInked('[data-testid="pdf-region-page"]')
    for (const [w, ht] of [[1366, 768], [1920, 1080]]) {
      await h.page.setViewportSize({ width: w, height: ht })
      await app.shoot(`review-pdf-${w}x${ht}`)
      await h.page.screenshot({ path: join(SHOTS_DOCS, `review-pdf-${w}x${ht}.png`) })
    }
    await h.page.setViewportSize({ width: 1360, height: 860 })
    expect(await review.save()).toContain('已入库：兴县人民政府公报 2022年第6期，9 份文件')

    // 对照原文 on the saved document draws the same page with its body text.
    const id = await h.services.findByDocNumber({ docNumber: '兴人社发〔2022〕16号' })
    await app.go(`#/doc/${id}`)
    await h.page.getByRole('button', { name: '对照原文' }).click()
    await h.page.getByTestId('original-pages').locator('canvas').first().waitFor({ timeout: 60_000 })
    await h.page.setViewportSize({ width: 1366, height: 768 })
    await expectBodyInked('[data-testid="original-pages"]')
    await app.shoot('original-pdf-cid-fonts-1366x768')
    await h.page.setViewportSize({ width: 1360, height: 860 })
  })

  it('ran without page errors (no refetch of a staged issue already saved or discarded)', () => {
    expect(pageErrors.filter((e) => !/favicon/.test(e))).toEqual([])
  })
})

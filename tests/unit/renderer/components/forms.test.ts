// The editing forms (更正, 拆分, 合并, 登记扫描件) in Chromium over the fake ArchiveApi, with the
// documents of the real sample issue: what the form sends, what it says, and when it asks first.
// Also ErrorNotice, which reads the error's code.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { silentLogger } from '../../../../src/main/log'
import { createServices } from '../../../../src/main/services'
import type { DocumentSummary, GazetteDocument } from '../../../../src/shared/domain'
import { bodyLines, splitDefaults } from '../../../../src/renderer/src/doc-edit'
import { recorded, startComponentPages, type ComponentPages } from '../../../support/component-page'
import { REPO_ROOT, SAMPLE_TXT } from '../../../support/sample'

let pages: ComponentPages
let page: Page
let docs: GazetteDocument[]
let summaries: DocumentSummary[]

/** The sample issue imported into a temp archive: its documents are the forms' data. */
async function sampleDocuments(): Promise<{ docs: GazetteDocument[]; summaries: DocumentSummary[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'forms-'))
  const api = createServices({ dbFile: join(dir, 'archive.db'), log: silentLogger })
  try {
    await api.importFiles({ sources: [{ kind: 'path', path: SAMPLE_TXT }] })
    const list = await api.listDocuments({ sort: 'issue', offset: 0, limit: 1000 })
    return { docs: await Promise.all(list.items.map((d) => api.getDocument({ id: d.id }))), summaries: list.items }
  } finally {
    api.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

const calls = async (method: string) => (await recorded(page)).calls.filter((c) => c.method === method).map((c) => c.req)
const events = async () => (await recorded(page)).events
const alertText = () => page.getByRole('alert').innerText()

beforeAll(async () => {
  ;({ docs, summaries } = await sampleDocuments())
  pages = await startComponentPages()
}, 180_000)
afterAll(() => pages?.close())
afterEach(() => page?.close())

describe('CorrectionForm', () => {
  it('sends only the changed fields, then the body, under the staff name', async () => {
    const doc = docs[0]
    page = await pages.open({ component: 'correction', editorName: '张三', doc })
    await page.getByLabel('标题').fill(`${doc.title}（修订）`)
    const lines = bodyLines(doc).split('\n')
    await page.getByLabel('正文（每行一段）').fill([...lines, '新增一段'].join('\n'))
    await page.getByLabel('更正说明（可选）').fill('据纸质公报核对')
    await page.getByRole('button', { name: '保存更正' }).click()
    await expect.poll(events).toEqual([{ event: 'saved', value: doc.id }])
    const meta = { editor: '张三', note: '据纸质公报核对' }
    expect(await calls('correctDocument')).toEqual([{ id: doc.id, changes: { title: `${doc.title}（修订）` }, ...meta }])
    expect(await calls('correctBody')).toEqual([{ id: doc.id, paragraphs: [...lines, '新增一段'], ...meta }])
  })

  it('says what is wrong before calling anything', async () => {
    const doc = docs[0]
    page = await pages.open({ component: 'correction', editorName: '张三', doc })
    await page.getByRole('button', { name: '保存更正' }).click()
    expect(await alertText()).toBe('没有改动')
    await page.getByLabel('成文日期').fill('2022年5月12日')
    await page.getByRole('button', { name: '保存更正' }).click()
    expect(await alertText()).toBe('成文日期请写成 YYYY-MM-DD')
    await page.getByLabel('标题').fill(' ')
    await page.getByRole('button', { name: '保存更正' }).click()
    expect(await alertText()).toBe('标题不能为空')
    expect((await recorded(page)).calls.filter((c) => c.method.startsWith('correct'))).toEqual([])
  })

  it('asks for the staff name once, saves it, and records it with the change', async () => {
    const doc = docs[1]
    page = await pages.open({ component: 'correction', editorName: null, doc })
    await page.getByLabel('文号').fill('兴政办发〔2022〕99号')
    await page.getByRole('button', { name: '保存更正' }).click()
    await page.getByRole('dialog', { name: '请填写工作人员姓名' }).getByLabel('工作人员姓名').fill('李四')
    await page.getByRole('button', { name: '确定' }).click()
    await expect.poll(events).toEqual([{ event: 'saved', value: doc.id }])
    expect(await calls('setSettings')).toEqual([{ editorName: '李四' }])
    expect(await calls('correctDocument')).toEqual([{ id: doc.id, changes: { docNumber: '兴政办发〔2022〕99号' }, editor: '李四' }])
  })

  it('shows the service’s own words when it refuses, and stays open', async () => {
    const doc = docs[0]
    const message = '正在导入，请等当前导入完成后再试'
    page = await pages.open({ component: 'correction', editorName: '张三', doc, failing: { method: 'correctDocument', code: 'BUSY', message } })
    await page.getByLabel('主送机关').fill('各乡（镇）人民政府')
    await page.getByRole('button', { name: '保存更正' }).click()
    await expect.poll(alertText).toBe(message)
    expect(await events()).toEqual([])
    expect(await page.getByRole('button', { name: '保存更正' }).isEnabled()).toBe(true)
  })
})

describe('SplitModal', () => {
  it('prefills the new document from the chosen paragraph and splits there', async () => {
    const doc = docs.find((d) => d.blocks.length > 6) as GazetteDocument
    const at = 5
    const expected = splitDefaults(doc.blocks, at)
    page = await pages.open({ component: 'split', editorName: '张三', doc })
    expect(await page.getByRole('button', { name: '确认拆分' }).isDisabled()).toBe(true)
    await page.getByRole('radio', { name: new RegExp(`^${at + 1}\\. `) }).check()
    expect(await page.getByLabel('新文件的标题').inputValue()).toBe(expected.title)
    expect(await page.getByLabel('新文件的文号').inputValue()).toBe(expected.docNumber)
    await page.getByLabel('新文件的标题').fill('拆出的文件')
    await page.getByRole('button', { name: '确认拆分' }).click()
    await expect.poll(events).toEqual([{ event: 'done', value: 2 }])
    expect(await calls('splitDocument')).toEqual([
      { id: doc.id, atBlock: at, editor: '张三', title: '拆出的文件', ...(expected.docNumber ? { docNumber: expected.docNumber } : {}) },
    ])
  })

  it('keeps the dialog open with the error when the split fails', async () => {
    const doc = docs[0]
    page = await pages.open({ component: 'split', editorName: '张三', doc, failing: { method: 'splitDocument', code: 'NOT_FOUND', message: '没有这份文件' } })
    await page.getByRole('radio', { name: /^2\. / }).check()
    await page.getByRole('button', { name: '确认拆分' }).click()
    await expect.poll(alertText).toBe('没有这份文件')
    expect(await events()).toEqual([])
  })
})

describe('MergeModal', () => {
  it('offers the next document of the issue and merges it into this one', async () => {
    const [first, second] = [summaries[0], summaries[1]]
    page = await pages.open({ component: 'merge', editorName: '张三', doc: docs[0], documents: [...summaries].reverse() })
    await expect.poll(() => page.getByTestId('merge-next').innerText()).toContain(second.title)
    await page.getByLabel('说明（可选）').fill('导入时被拆开')
    await page.getByRole('button', { name: '确认合并' }).click()
    await expect.poll(events).toEqual([{ event: 'done' }])
    expect(await calls('mergeDocuments')).toEqual([{ firstId: first.id, secondId: second.id, editor: '张三', note: '导入时被拆开' }])
    expect(await calls('listDocuments')).toEqual([{ issueId: first.issueId, sort: 'issue', offset: 0, limit: 1000 }])
  })

  it('says so for the last document of the issue and cannot merge', async () => {
    const last = docs[docs.length - 1]
    page = await pages.open({ component: 'merge', editorName: '张三', doc: last, documents: summaries })
    await page.getByText('这是本期最后一件文件，没有可合并的下一件。').waitFor()
    expect(await page.getByRole('button', { name: '确认合并' }).isDisabled()).toBe(true)
  })
})

describe('ScanCatalogueForm', () => {
  // Two scanned pages: a gazette's cover and its first document's first page.
  const pdf = join(REPO_ROOT, 'tests', 'fixtures', 'scans', 'county-1col-heads-scan.pdf')

  it('checks the rows and the issue before registering', async () => {
    page = await pages.open({ component: 'scan', editorName: '张三' })
    await page.getByRole('button', { name: '保存登记' }).click()
    expect(await alertText()).toBe('第1行缺少标题')
    await page.getByLabel('第1行 标题').fill('关于印发某某办法的通知')
    await page.getByRole('button', { name: '保存登记' }).click()
    expect(await alertText()).toBe('请选择 PDF，并填写公报名称、年份和期号')
    expect(await calls('catalogScannedIssue')).toEqual([])
  })

  it('registers the scan with its documents and links to the new issue', async () => {
    page = await pages.open({ component: 'scan', editorName: '张三' })
    await page.getByTestId('scan-file-input').setInputFiles(pdf)
    await page.getByLabel('公报名称').fill('兴县人民政府公报')
    await page.getByLabel('年份').fill('2019')
    await page.getByLabel(/^期/).fill('3')
    await page.getByLabel('第1行 文号').fill('兴政发〔2019〕5号')
    await page.getByLabel('第1行 标题').fill('关于印发某某办法的通知')
    // The scan's pages are shown, numbered; a range beyond them is refused before anything is sent.
    await page.getByTestId('scan-thumbnails').getByText('扫描件共 2 页').waitFor()
    expect(await page.getByTestId('scan-thumb').allInnerTexts()).toEqual(['第 1 页', '第 2 页'])
    await page.getByLabel('第1行 止页').fill('3')
    await page.getByRole('button', { name: '保存登记' }).click()
    expect(await alertText()).toBe('第1行的起止页 1–3 超出扫描件的页数（共 2 页）')
    expect(await calls('catalogScannedIssue')).toEqual([])
    await page.getByLabel('第1行 止页').fill('2')
    await page.getByRole('button', { name: '保存登记' }).click()
    await page.getByRole('status').getByText('已登记。').waitFor()
    expect(await page.getByRole('link', { name: '在文库中查看这一期 →' }).getAttribute('href')).toBe('#/?issueId=2&view=list')
    expect(await calls('catalogScannedIssue')).toEqual([{
      gazette: '兴县人民政府公报', year: 2019, issueNo: 3, editor: '张三', replace: false,
      scan: { kind: 'upload', name: 'county-1col-heads-scan.pdf', bytesBase64: readFileSync(pdf).toString('base64') },
      documents: [{ docNumber: '兴政发〔2019〕5号', title: '关于印发某某办法的通知', issuer: null, date: null, pageFrom: 1, pageTo: 2 }],
    }])
  })
})

describe('ScanOcrModal', () => {
  it('shows the page OCR is reading, and 停止识别 stops it, saying nothing was changed', async () => {
    page = await pages.open({ component: 'scan-ocr', editorName: '张三', doc: docs[0] })
    await page.getByRole('button', { name: '开始识别' }).click()
    await page.getByRole('status').getByText('正在识别第 1/2 页…').waitFor()
    await page.getByRole('button', { name: '停止识别' }).click()
    expect(await alertText()).toBe('已停止识别「扫描.pdf」的文字，没有改动任何内容。')
    await page.getByRole('button', { name: '重新开始识别' }).waitFor()
    expect(await calls('cancelScanOcr')).toEqual([{ issueId: docs[0].issueId }])
    expect(await calls('ocrScannedIssue')).toEqual([{ issueId: docs[0].issueId, editor: '张三' }])
  })
})

describe('ErrorNotice', () => {
  const notice = () => page.getByRole('alert')

  it('heads a busy archive as a moment to wait, with the service’s words', async () => {
    const message = '正在导入，请等当前导入完成后再试'
    page = await pages.open({ component: 'error-notice', editorName: null, failing: { method: '', code: 'BUSY', message } })
    expect(await notice().innerText()).toBe(`档案正忙，请稍后重试\n${message}\n重试`)
    await page.getByRole('button', { name: '重试' }).click()
    expect(await events()).toEqual([{ event: 'retry' }])
  })

  it('heads any other error 出错了', async () => {
    page = await pages.open({ component: 'error-notice', editorName: null, failing: { method: '', code: 'NOT_FOUND', message: '没有这份文件' } })
    expect(await notice().innerText()).toBe('出错了\n没有这份文件\n重试')
  })
})

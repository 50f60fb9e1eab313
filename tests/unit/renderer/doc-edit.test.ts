// Renderer helpers for archive work: new routes, changed fields, split defaults, the inbox notice.
import { describe, expect, it } from 'vitest'
import type { Block, ImportReport } from '../../../src/shared/domain'
import { bodyLines, changedFields, noticeText, splitDefaults } from '../../../src/renderer/src/doc-edit'
import { mimeFor } from '../../../src/renderer/src/file-types'
import { parseRoute, shortIssueName } from '../../../src/renderer/src/routes'

const doc = {
  title: '关于申请省道嵒大线的请示',
  docNumber: '兴政函〔2022〕61号',
  issuer: '兴县人民政府',
  recipients: null,
  date: '2022-06-15',
  category: '县政府文件',
  docType: '请示',
  public: true,
}
const values = { ...doc, recipients: '', title: doc.title }

describe('routes for archive work', () => {
  it.each([
    ['#/series', 'series'],
    ['#/settings', 'settings'],
    ['#/issuers', 'issuers'],
    ['#/import?tab=scan', 'import'],
  ])('%s → %s', (hash, name) => expect(parseRoute(hash).name).toBe(name))

  it('routes 待核对: the list, and one staged issue by id', () => {
    expect(parseRoute('#/review')).toEqual({ name: 'review', id: null })
    expect(parseRoute('#/review/12')).toEqual({ name: 'review', id: 12 })
    expect(parseRoute('#/review/x').name).toBe('library')
  })

  it('keeps the import tab', () => {
    const r = parseRoute('#/import?tab=scan')
    expect(r.name === 'import' && r.params.get('tab')).toBe('scan')
  })

  it('shortens an issue name to year and 期', () => {
    expect(shortIssueName('兴县人民政府公报 2022年第3期')).toBe('2022年第3期')
    expect(shortIssueName('其他')).toBe('其他')
  })
})

describe('corrections', () => {
  it('sends only the fields that changed; empty text clears an optional field', () => {
    expect(changedFields(doc, values, true)).toEqual({})
    expect(changedFields(doc, { ...values, title: ' 关于申请省道岢大线的请示 ', category: '' }, false)).toEqual({
      title: '关于申请省道岢大线的请示',
      category: null,
      public: false,
    })
  })

  it('shows the body one block per line', () => {
    expect(bodyLines({ blocks: [{ kind: 'paragraph', text: 'a' }, { kind: 'signature', text: 'b' }], paragraphs: [] })).toBe('a\nb')
    expect(bodyLines({ blocks: [], paragraphs: ['x', 'y'] })).toBe('x\ny')
  })
})

describe('split defaults', () => {
  const blocks: Block[] = [
    { kind: 'paragraph', text: '正文' },
    { kind: 'title', text: '兴县人民政府关于某事的通知' },
    { kind: 'paragraph', text: '兴政发〔2022〕12号' },
    { kind: 'paragraph', text: '各乡镇：' },
  ]
  it('prefills the title and the 文号 found at the split point', () => {
    expect(splitDefaults(blocks, 1)).toEqual({ title: '兴县人民政府关于某事的通知', docNumber: '兴政发〔2022〕12号' })
    expect(splitDefaults(blocks, 3)).toEqual({ title: '各乡镇：', docNumber: '' })
  })
})

describe('inbox notice', () => {
  it('names the issues imported with their counts', () => {
    const r: ImportReport = {
      imported: [{ file: 'a.txt', issue: '兴县人民政府公报 2022年第3期', documents: 45, warnings: [], code: 'IMPORTED', sourceIndex: 0, warningCodes: [] }],
      skipped: [],
      failed: [],
    }
    expect(noticeText(r)).toBe('收件文件夹导入了 2022年第3期（45 件）')
    expect(noticeText({ imported: [], skipped: [], failed: [{ file: 'x.pdf', error: 'e', code: 'CORRUPT_FILE', sourceIndex: 0 }] })).toBe('收件文件夹中有 1 个文件无法导入')
    const doubtful = [{ seq: 3, docNumber: null, title: 't', confidence: 0.65, reasons: [] }]
    const staged = { file: 'b.pdf', issue: '兴县人民政府公报 2022年第4期', documents: 9, warnings: [], stagedId: 1, doubtful, code: 'STAGED' as const, sourceIndex: 0, warningCodes: [] }
    expect(noticeText({ imported: [], staged: [staged], skipped: [], failed: [] })).toBe('收件文件夹：2022年第4期（1 份存疑） 已放入“待核对”')
  })
})

describe('export files', () => {
  it.each([
    ['目录.csv', 'text/csv;charset=utf-8'],
    ['本期.zip', 'application/zip'],
    ['a.XLSX', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['a.bin', 'application/octet-stream'],
  ])('%s → %s', (name, mime) => expect(mimeFor(name)).toBe(mime))
})

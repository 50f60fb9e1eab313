// A small in-memory ArchiveApi for shell tests: records calls, returns fixed data.
import type { ArchiveApi } from '../../../src/shared/api'
import type { DocumentSummary, GazetteDocument } from '../../../src/shared/domain'
import { AppError } from '../../../src/shared/errors'

export const SUMMARY: DocumentSummary = {
  id: 1, issueId: 1, gazette: '兴县人民政府公报', year: 2022, issueNo: 2, totalNo: 4, seq: 1,
  docNumber: '兴政发〔2022〕8号', title: '关于印发全面落实保障农民工工资支付相关制度的通知', tocTitle: null,
  category: '县政府文件', docType: '通知', issuer: '兴县人民政府', recipients: '各乡（镇）人民政府', date: '2022-05-12',
  public: true, tocPage: 1, consult: { unit: '兴县人力资源和社会保障局', phone: '6322389' },
}

export type FakeApi = ArchiveApi & { calls: { method: string; req: unknown }[] }

export function createFakeApi(): FakeApi {
  const calls: { method: string; req: unknown }[] = []
  const rec = <T>(method: string, req: unknown, value: T): Promise<T> => {
    calls.push({ method, req })
    return Promise.resolve(value)
  }
  const doc: GazetteDocument = {
    ...SUMMARY, docNumberRaw: SUMMARY.docNumber, issuers: ['兴县人民政府'], attachments: [],
    paragraphs: ['正文'], blocks: [{ kind: 'paragraph', text: '正文' }], citations: [], citedBy: [],
  }
  return {
    calls,
    importFiles: (req) => rec('importFiles', req, { imported: [], skipped: [], failed: [] }),
    listIssues: (req) => rec('listIssues', req, []),
    getIssueToc: (req) => rec('getIssueToc', req, { issue: { id: 1, gazette: 'g', year: 2022, issueNo: 2, totalNo: 4, publishedOn: null, documentCount: 1, importedAt: '', warnings: [] }, toc: [] }),
    getFacets: (req) => rec('getFacets', req, { years: [], categories: [], issuers: [], docTypes: [] }),
    listDocuments: (req) => rec('listDocuments', req, { items: [SUMMARY], total: 1 }),
    getDocument: (req) => {
      calls.push({ method: 'getDocument', req })
      if (req.id !== 1) return Promise.reject(new AppError('NOT_FOUND', '没有这份文件'))
      return Promise.resolve(doc)
    },
    findByDocNumber: (req) => rec('findByDocNumber', req, 1),
    searchDocuments: (req) => rec('searchDocuments', req, { tookMs: 1, total: 0, hits: [] }),
    exportPdf: (req) => {
      calls.push({ method: 'exportPdf', req })
      return Promise.reject(new Error('secret internal detail'))
    },
  }
}

/** One valid request per method. */
export const VALID_REQUESTS: { [K in keyof ArchiveApi]: Parameters<ArchiveApi[K]>[0] } = {
  importFiles: { sources: [{ kind: 'upload', name: 'a.txt', bytesBase64: 'YWJj' }] },
  listIssues: {},
  getIssueToc: { issueId: 1 },
  getFacets: { year: 2022 },
  listDocuments: { offset: 0, limit: 50, sort: 'docNumber' },
  getDocument: { id: 1 },
  findByDocNumber: { docNumber: '兴政发〔2022〕8号' },
  searchDocuments: { query: '农民工' },
  exportPdf: { documentIds: [1] },
}

// Builds small hand-made ParsedIssues for repository, importer and CLI tests (no parser needed).
import type { ParsedDocument, ParsedIssue } from '../../../src/shared/domain'
import type { Pipeline } from '../../../src/main/importer/worker/pipeline'
import { AppError } from '../../../src/shared/errors'

export function makeDoc(seq: number, over: Partial<ParsedDocument> = {}): ParsedDocument {
  return {
    seq,
    docNumber: `兴政发〔2022〕${seq}号`,
    docNumberRaw: `兴政发〔2022〕${seq}号`,
    title: `关于第${seq}项工作的通知`,
    tocTitle: null,
    category: '县政府文件',
    docType: '通知',
    issuer: '兴县人民政府',
    issuers: ['兴县人民政府'],
    recipients: '各乡镇人民政府，县直各有关单位：',
    date: `2022-05-${String(seq).padStart(2, '0')}`,
    public: true,
    tocPage: seq * 2,
    consult: { unit: '兴县人力资源和社会保障局', phone: '6322389' },
    attachments: [],
    blocks: [
      { kind: 'paragraph', text: `为做好第${seq}项农民工工资支付工作，现将有关事项通知如下。` },
      { kind: 'heading1', text: '一、工作目标' },
      { kind: 'signature', text: '兴县人民政府' },
      { kind: 'date', text: '2022年5月12日' },
      { kind: 'note', text: '（此件公开发布）' },
    ],
    citations: [],
    ...over,
  }
}

export function makeIssue(issueNo = 2, docs?: ParsedDocument[], year = 2022): ParsedIssue {
  const documents = docs ?? [makeDoc(1), makeDoc(2)]
  return {
    meta: {
      gazette: '兴县人民政府公报',
      year,
      issueNo,
      totalNo: issueNo + 2,
      publishedOn: `${year}-07-01`,
      publisher: '兴县人民政府办公室',
    },
    sections: [...new Set(documents.map((d) => d.category ?? '其他'))],
    toc: documents.map((d) => ({ category: d.category ?? '', title: d.title, docNumber: d.docNumber, page: d.tocPage })),
    documents,
    warnings: [],
  }
}

/** A file whose text IS the issue as JSON; the fake pipeline below turns it back into the issue. */
export function issueFile(issue: ParsedIssue, salt = ''): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(issue) + (salt ? `\n#${salt}` : ''))
}

/** Reader + parser stand-ins: text is JSON; a file starting with "NOT" is not a gazette. */
export const fakePipeline: Pipeline = {
  async read(bytes) {
    return { text: new TextDecoder().decode(bytes), mediaType: 'text/plain' }
  },
  parse({ text }) {
    const json = text.replace(/\n?#.*$/s, '')
    if (!json.startsWith('{')) throw new AppError('NOT_A_GAZETTE', '这不是一期人民政府公报')
    return JSON.parse(json) as ParsedIssue
  },
}

const MEDIA_TYPES: Record<string, string> = { ofd: 'application/ofd', pdf: 'application/pdf', txt: 'text/plain' }

/** The stand-in pipeline with a reader whose media type follows the file's extension (.ofd, .pdf, .txt). */
export const byExtensionPipeline: Pipeline = {
  ...fakePipeline,
  async read(bytes, name) {
    return { text: new TextDecoder().decode(bytes), mediaType: MEDIA_TYPES[name.split('.').pop() ?? ''] ?? 'text/plain' }
  },
}

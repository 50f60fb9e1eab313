// Documents of the sample issue, derived from its truth JSON and text lines (no parser needed).
import { readFileSync } from 'node:fs'
import { SAMPLE_TRUTH, SAMPLE_TXT } from '../../tests/support/sample'

export interface SampleDoc {
  seq: number
  docNumber: string
  docNumberRaw: string | null
  title: string
  tocTitle: string | null
  category: string
  docType: string | null
  issuer: string
  date: string
  public: boolean
  tocPage: number | null
  bodyText: string
}

export interface SampleIssue {
  gazette: string
  year: number
  issueNo: number
  totalNo: number
  publishedOn: string
  documents: SampleDoc[]
}

interface TruthDoc {
  seq: number
  docNumber: string
  docNumberRaw?: string
  title: string
  tocTitle?: string
  category: string
  issuer: string
  date: string
  public: boolean
  tocPage: number | null
  startLine: number
  endLine: number
}

const DOC_TYPES = ['通知', '批复', '报告', '请示', '承诺函', '函', '意见', '方案', '决定', '办法']

/** The document type from the title's ending (承诺函 before 函, as the longer ending wins). */
export function docTypeOf(title: string): string | null {
  return DOC_TYPES.find((t) => title.endsWith(t)) ?? null
}

// Layout spaces between CJK characters are PDF artefacts; removing them keeps substrings findable.
const CJK_SPACE = /(?<=[\u3400-\u9fff\uff00-\uffef\u3000-\u303f])\s+(?=[\u3400-\u9fff\uff00-\uffef\u3000-\u303f0-9])|(?<=[0-9a-zA-Z])\s+(?=[\u3400-\u9fff])/g

function cleanLine(line: string): string {
  return line.replace(CJK_SPACE, '').trim()
}

let cached: SampleIssue | null = null

/** The 45 documents of the sample issue, body = the lines after the title line, one paragraph per line. */
export function loadSampleIssue(): SampleIssue {
  if (cached) return cached
  const truth = JSON.parse(readFileSync(SAMPLE_TRUTH, 'utf8')) as {
    gazette: string
    year: number
    issueNo: number
    totalNo: number
    publishedOn: string
    documents: TruthDoc[]
  }
  const lines = readFileSync(SAMPLE_TXT, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)
  const documents = truth.documents.map((d): SampleDoc => {
    const body = lines
      .slice(d.startLine, d.endLine) // 1-based startLine: index startLine is the line after the title
      .map(cleanLine)
      .filter((l) => l.length > 0)
    return {
      seq: d.seq,
      docNumber: d.docNumber,
      docNumberRaw: d.docNumberRaw ?? d.docNumber,
      title: d.title,
      tocTitle: d.tocTitle ?? null,
      category: d.category,
      docType: docTypeOf(d.title),
      issuer: d.issuer,
      date: d.date,
      public: d.public,
      tocPage: d.tocPage,
      bodyText: body.join('\n'),
    }
  })
  cached = { ...truth, documents }
  return cached
}

// Loads the shared sample and its truth file; builds the hard-wrapped (PDF text layer) variant.
import { readFileSync } from 'node:fs'
import { SAMPLE_TRUTH, SAMPLE_TXT } from '../../support/sample'

export const sampleText = readFileSync(SAMPLE_TXT, 'utf8')

export interface TruthDoc {
  seq: number
  docNumber: string
  docNumberRaw: string
  title: string
  tocTitle: string
  category: string
  issuer: string
  date: string
  public: boolean
  tocPage: number
  consult: { unit: string; phone: string | null } | null
  startLine: number
  endLine: number
}

export interface Truth {
  gazette: string
  year: number
  issueNo: number
  totalNo: number
  publishedOn: string
  documents: TruthDoc[]
  toc: { docNumber: string; title: string; category: string; page: number }[]
  notes: { type: string; [key: string]: unknown }[]
}

export const truth: Truth = JSON.parse(readFileSync(SAMPLE_TRUTH, 'utf8'))

export function note<T>(type: string): T {
  return truth.notes.find((n) => n.type === type) as T
}

/** What a PDF text layer gives: lines cut at `width`, no blank lines, page breaks with heads. */
export function hardWrap(text: string, width = 30, pageLines = 40): string {
  const out: string[] = []
  let page = 1
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    for (let i = 0; i < line.length; i += width) {
      out.push(line.slice(i, i + width))
      if (out.length % pageLines === 0) out.push(`\f兴县人民政府公报 2022年第2期`, `— ${page++} —`)
    }
  }
  return out.join('\n')
}

/** A document's fields in the shape of the truth file, for field-by-field comparison. */
export const FIELDS = [
  'docNumber',
  'docNumberRaw',
  'title',
  'tocTitle',
  'category',
  'issuer',
  'date',
  'public',
  'tocPage',
  'consult',
] as const

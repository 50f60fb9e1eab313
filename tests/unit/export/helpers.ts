// Test fixtures: GazetteDocuments cut from the sample issue by the truth file's line ranges.
import { readFileSync } from 'node:fs'
import { SAMPLE_TRUTH, SAMPLE_TXT } from '../../support/sample'
import type { Block, GazetteDocument } from '../../../src/shared/domain'

const lines = readFileSync(SAMPLE_TXT, 'utf8').split('\n')
const truth = JSON.parse(readFileSync(SAMPLE_TRUTH, 'utf8')) as {
  documents: (Partial<GazetteDocument> & { seq: number; startLine: number; endLine: number; docNumber: string })[]
}

const SENTENCE_END = /[。；：！？”）)]$/
const HEADINGS: [RegExp, Block['kind']][] = [
  [/^[一二三四五六七八九十]+、/, 'heading1'],
  [/^[（(][一二三四五六七八九十]+[）)]/, 'heading2'],
  [/^\d+[.．、](?!\d)/, 'heading3'],
  [/^[（(]\d+[）)]/, 'heading4'],
]

function classify(line: string, prev: Block | undefined, next: string | undefined): Block['kind'] {
  if (line.includes('\t')) return 'tableRow'
  if (/^附件\s*\d*$/.test(line)) return 'attachmentHeading'
  if (/^附件[：:]/.test(line) || (prev?.kind === 'attachmentNote' && /^\d+[.．]/.test(line))) return 'attachmentNote'
  if (/^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/.test(line)) return 'date'
  if (next && /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/.test(next) && line.length <= 24) return 'signature'
  if (/^[（(](此件|联系人)/.test(line)) return 'note'
  if (prev?.kind === 'note' || prev?.kind === 'attachmentHeading') return 'title'
  for (const [re, kind] of HEADINGS) if (re.test(line)) return kind
  if (/^[^：:。，]{1,6}[：:]\s*[\u4e00-\u9fff]\s?[\u4e00-\u9fff]{1,2}\s+\S+$/.test(line) && line.length < 30) return 'nameListEntry'
  if (prev?.kind === 'nameListEntry' && /^[\u4e00-\u9fff]\s?[\u4e00-\u9fff]{1,2}\s+\S+$/.test(line)) return 'nameListEntry'
  return 'paragraph'
}

/** Simple block splitting (the parser's job later): joins page-break splits, skips 政策咨询. */
export function blocksFrom(raw: string[]): Block[] {
  const blocks: Block[] = []
  const text = raw.map((l) => l.replace(/^\s*-\s+/, '').trim()).filter((l) => l.length > 0)
  let consult = false
  text.forEach((line, i) => {
    if (/^政\s*策\s*咨\s*询$/.test(line)) consult = true
    else if (consult && !/^附件/.test(line)) consult = !/^扫码咨询/.test(line)
    else if (line !== '扫码咨询') {
      consult = false
      pushLine(blocks, line, text[i + 1])
    }
  })
  return blocks
}

function pushLine(blocks: Block[], line: string, next: string | undefined): void {
  const prev = blocks[blocks.length - 1]
  const kind = classify(line, prev, next)
  // a post wrapped in a narrow column continues the entry: a line without a name in front
  if (prev?.kind === 'nameListEntry' && kind === 'paragraph' && !/\s/.test(line) && line.length <= 8) prev.text += line
  else if (kind === 'paragraph' && prev && /^(paragraph|heading\d)$/.test(prev.kind) && !SENTENCE_END.test(prev.text)) prev.text += line
  else blocks.push({ kind, text: line })
}

export function sampleDocument(docNumber: string): GazetteDocument {
  const t = truth.documents.find((d) => d.docNumber === docNumber)
  if (!t) throw new Error(`no ${docNumber} in truth`)
  const raw = lines.slice(t.startLine - 1, t.endLine)
  const numberAt = raw.findIndex((l) => /〔2022〕|（2022）|\(2022\)/.test(l))
  const blocks = blocksFrom(raw.slice(numberAt + 1))
  return {
    id: t.seq,
    issueId: 1,
    gazette: '兴县人民政府公报',
    year: 2022,
    issueNo: 2,
    totalNo: 4,
    seq: t.seq,
    docNumber: t.docNumber,
    docNumberRaw: t.docNumber,
    title: t.title ?? '',
    tocTitle: null,
    category: t.category ?? null,
    docType: null,
    issuer: t.issuer ?? null,
    issuers: t.issuer ? [t.issuer] : [],
    recipients: null,
    date: t.date ?? null,
    public: true,
    tocPage: t.tocPage ?? null,
    consult: null,
    attachments: [],
    paragraphs: blocks.map((b) => b.text),
    blocks,
    citations: [],
    citedBy: [],
  }
}

export const FIXTURES = {
  notice: '兴政发〔2022〕8号',
  nameList: '兴政办函〔2022〕14号',
  pledge: '兴政函〔2022〕36号',
  table: '兴政办发〔2022〕13号',
}

export const ALL_SAMPLE_NUMBERS = truth.documents.map((d) => d.docNumber)

// Cuts the body into documents: each starts at its header (issuer/title lines + 文号 line).
import type { TocEntry } from '../../../shared/domain'
import { compact, type SourceLine } from './lines'
import { docNumberOfLine, isHeaderStop, startsTitle, titleLinesAbove } from './header'
import { SECTION } from './toc'
import { noTick, type Tick } from './deadline'

export interface DocSpan {
  /** Header line indices: issuer-only lines and title lines. */
  header: number[]
  /** Index of the 文号 line, or -1 when the document has none. */
  numberIdx: number
  numberRaw: string | null
  docNumber: string | null
  /** Body: indices [bodyStart, end). */
  bodyStart: number
  end: number
  /** Section printed in the body above this document (县政府文件), if any. */
  section: string | null
}

interface Start {
  header: number[]
  numberIdx: number
  numberRaw: string | null
  docNumber: string | null
}

function startsByNumber(lines: SourceLine[], from: number, tick: Tick): Start[] {
  const out: Start[] = []
  let floor = from
  for (let i = from; i < lines.length; i++) {
    tick()
    const num = docNumberOfLine(lines[i].text)
    if (!num) continue
    const header = titleLinesAbove(lines, i, floor)
    if (header.length === 0) continue
    out.push({ header, numberIdx: i, numberRaw: num.raw, docNumber: num.docNumber })
    floor = i + 1
  }
  return out
}

/**
 * The 目录 titles, asked "does `text` end with one of you?" by looking up each distinct title
 * length: testing every title on every candidate line was quadratic on a 20 000-entry 目录.
 */
function titleEndings(titles: string[]): (text: string) => boolean {
  const set = new Set(titles)
  const lengths = [...new Set(titles.map((t) => t.length))]
  return (text) => lengths.some((n) => n <= text.length && set.has(text.slice(text.length - n)))
}

/** Headers of documents printed without a 文号, found by their 目录 title. */
function startsByTitle(lines: SourceLine[], from: number, titles: string[], taken: Start[], tick: Tick): Start[] {
  if (titles.length === 0) return []
  const endsWithTitle = titleEndings(titles)
  const used = new Set(taken.flatMap((s) => [...s.header, s.numberIdx]))
  const out: Start[] = []
  for (let i = from; i < lines.length; i++) {
    tick()
    if (used.has(i) || !startsTitle(lines[i].text) || isHeaderStop(lines[i].text)) continue
    const span = titleSpan(lines, i, endsWithTitle)
    if (span.length > 0) {
      out.push({ header: span, numberIdx: -1, numberRaw: null, docNumber: null })
      i = span[span.length - 1]
    }
  }
  return out
}

/** The line (and up to 3 following ones) whose text ends with one of the titles. */
function titleSpan(lines: SourceLine[], i: number, endsWithTitle: (text: string) => boolean): number[] {
  let text = ''
  const span: number[] = []
  for (let j = i; j < lines.length && span.length < 4; j++) {
    if (lines[j].text.trim() === '') continue
    if (span.length > 0 && (isHeaderStop(lines[j].text) || docNumberOfLine(lines[j].text))) break
    text += compact(lines[j].text)
    span.push(j)
    if (endsWithTitle(text)) return span
  }
  return []
}

/** Splits lines [from, end) into documents; lines before the first header are not a document. */
export function splitDocuments(lines: SourceLine[], from: number, toc: TocEntry[], tick: Tick = noTick): DocSpan[] {
  const byNumber = startsByNumber(lines, from, tick)
  const found = new Set(byNumber.map((s) => s.docNumber))
  const missing = toc.filter((e) => !e.docNumber || !found.has(e.docNumber)).map((e) => e.title)
  const starts = [...byNumber, ...startsByTitle(lines, from, missing, byNumber, tick)]
  starts.sort((a, b) => a.header[0] - b.header[0])
  const sections = new Set(toc.map((e) => e.category).filter(Boolean))
  let section: string | null = null
  const spans: DocSpan[] = []
  starts.forEach((s, k) => {
    const next = k + 1 < starts.length ? starts[k + 1].header[0] : lines.length
    const bodyStart = Math.max(s.numberIdx, s.header[s.header.length - 1]) + 1
    for (let i = s.header[0] - 1; i >= (k > 0 ? spans[k - 1].bodyStart : from); i--) {
      if (isSectionLine(lines[i].text, sections)) section = compact(lines[i].text)
      if (lines[i].text.trim() !== '') break
    }
    spans.push({ ...s, bodyStart, end: next, section })
  })
  return spans
}

/** A section heading standing in the body between documents (县政府办公室文件). */
export function isSectionLine(text: string, sections: Set<string>): boolean {
  const c = compact(text)
  return sections.has(c) || (c.length <= 12 && SECTION.test(c) && !c.includes('关于'))
}

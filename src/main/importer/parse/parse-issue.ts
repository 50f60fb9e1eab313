// parseIssue: an issue's plain text (sample, PDF text layer or Word text) to a ParsedIssue. Pure.
import type { ParsedDocument, ParsedIssue } from '../../../shared/domain'
import { AppError } from '../../../shared/errors'
import { splitLines, type SourceLine } from './lines'
import { pairOfficeNames } from './text-signature-apart'
import { joinSpelledBands } from './section-spelled'
import { parseCover } from './cover'
import { coverFromHeads, sectionsFromHeads } from './running-heads'
import { coverFromTextHeads } from './text-heads'
import { keepUnnamed, NO_NAME, NOT_A_GAZETTE_MESSAGE, refuseHopeless, unnamedMeta } from './unnamed-issue'
import { blankNoise, makeNoiseTest } from './noise'
import { findTocStart, parseToc } from './toc'
import { bodyRange, tocHeadingBefore } from './toc-place'
import { colophonStart } from './colophon'
import { splitDocuments, type DocSpan } from './split-documents'
import { readHeader } from './header'
import { extractConsult } from './consult'
import { buildBlocks, type DraftBlock } from './blocks'
import { readBodyFields, readRecipients } from './doc-fields'
import { docTypeOf } from './doc-type'
import { reconcile } from './reconcile'
import { headingsBefore, sectionName } from './sections'
import { decreeAtEnd, decreeIssuer } from './decree'
import { joinRegulations } from './decree-regulation'
import { isIssuerText } from './header'
import { ticker, type ParseDeadline, type Tick } from './deadline'
import type { LineLayout, SourceLine as ReadLine } from '../../../shared/source-line'
import { blockSource, layoutIndex } from './block-sources'
import { lineEdges } from './geometry'
import { textEdges, type FlowEdge } from './text-flow'
import { deinterleave } from './text-deinterleave'
import { blankFurniture, linesAfterFolio, pageStarts } from './text-pages'
import { joinTableCells, joinWrappedFirstCells } from './text-tables'
import { joinNameColumns } from './text-name-columns'
import { pairLabels, pairNumeralHeads, pairSectionNumbers } from './text-labels'
import { mendLabelRuns } from './text-label-runs'
import { joinDateTails } from './text-date-tails'
import { readColumns } from './text-columns'
import { readFeet } from './text-feet'
import { readClosingOrder } from './text-closing-order'
import { readStreams } from './text-streams'
import { rebuiltShare, rebuiltWarning } from './text-rebuilt'
import { joinLinePieces } from './text-line-pieces'
import { unweaveTitles } from './text-woven-titles'
import { readBands } from './text-bands'
import { returnOpenTails } from './text-open-tails'
import { returnEarlyBodies } from './text-early-bodies'
import { returnResumedText } from './text-resumed'
import { pairNames } from './text-names'
import { returnMisplacedClosings } from './misplaced-closings'
import { fitClosings } from './closing-fit'
import { orderSeriesClosings, tradeCrossedClosings, tradeYearClosings } from './series-closings'
import { listedNumbers, listedPlaces } from './toc-lookup'
import { joinTitleHeads } from './title-heads'
import { cutTitlesFromToc, titlesFromToc } from './toc-titles'
import { tocAnchors } from './toc-anchors'
import { withBodyNumbers } from './toc-body-numbers'
import { pageFactsOf } from './page-facts'
import { leftoverText } from './toc-gaps'
import { bodySections, textHeads } from './body-sections'

/** The text, and the reader's lines with their layout when it had any (PDF). */
export interface ParseInput {
  text: string
  lines?: readonly ReadLine[]
  /** Share of the text's lines its reader already cut out of rows joining the columns' lines. */
  rebuilt?: number
  /** Per page, whether the reader already read its columns (pdftotext -layout text): see keepRead. */
  columnsRead?: readonly boolean[]
}

export interface ParseOptions {
  /** Checked between stages and every few hundred lines or documents; its throw ends the parse. */
  deadline?: ParseDeadline
  /**
   * Given the plain text's lines as the column readings get them (after the repairs before them:
   * labels paired, closings ordered, names paired), and the lines written after a page's folio: a
   * dev tool prices the very runs the three-stream reading reads (scripts/stream-costs3.ts).
   */
  beforeStreams?: (lines: readonly SourceLine[], afterFolio: ReadonlySet<number>) => void
}

/** A document plus the draft blocks (with source line numbers) it was built from. */
export interface TracedDocument {
  doc: ParsedDocument
  drafts: DraftBlock[]
  span: DocSpan
}

export interface TracedIssue {
  issue: ParsedIssue
  documents: TracedDocument[]
  lines: SourceLine[]
}

function buildDocument(
  lines: SourceLine[],
  span: DocSpan,
  seq: number,
  ctx: { sections: Set<string>; layouts: Map<number, LineLayout>; edges: Map<number, FlowEdge>; plain: boolean },
  tick: Tick,
): TracedDocument {
  const { sections } = ctx
  const header = readHeader(span.header.map((i) => lines[i].text), ctx.plain)
  const { consult, used } = extractConsult(lines, span.bodyStart, span.end)
  const body = lines
    .slice(span.bodyStart, span.end)
    .map((l, k) => (used.has(span.bodyStart + k) || isSection(l.text, sections) || span.bodyStart + k === span.numberIdx || span.foreign?.includes(span.bodyStart + k) ? { no: l.no, text: '' } : l))
  const drafts = buildBlocks(body, tick, ctx.edges)
  const recipients = span.decree ? null : readRecipients(drafts)
  const fields = readBodyFields(drafts, span.docNumber)
  const issuers = span.decree ? decreeIssuers(header.title) : pickIssuers(header.issuers, fields.signature)
  const title = span.decree ? promulgatedTitle(drafts) ?? header.title : header.title
  const doc: ParsedDocument = {
    seq,
    docNumber: span.docNumber,
    docNumberRaw: span.numberRaw,
    title,
    tocTitle: null,
    category: span.section,
    docType: span.decree ? '令' : docTypeOf(title),
    issuer: issuers.length > 0 ? issuers.join('、') : null,
    issuers,
    recipients,
    date: fields.date,
    public: fields.public,
    tocPage: null,
    consult,
    attachments: fields.attachments,
    blocks: drafts.map((b) => ({ kind: b.kind, text: b.text })),
    sources: drafts.map((b) => blockSource(b.lines, ctx.layouts)),
    citations: fields.citations,
  }
  return { doc, drafts, span }
}

function isSection(text: string, sections: Set<string>): boolean {
  return text.trim().length <= 40 && sections.has(sectionName(text))
}

/** The decree's issuer, from its name alone or with its number on the same line ('××省人民政府令　第320号'). */
export function decreeIssuers(name: string): string[] {
  const unit = decreeIssuer(decreeAtEnd(name)?.name ?? name)
  return unit ? [unit] : []
}

/** The regulation a decree promulgates: the title block after the decree's signature and date. */
function promulgatedTitle(drafts: DraftBlock[]): string | null {
  const date = drafts.findIndex((b) => b.kind === 'date')
  const title = drafts.slice(date + 1).find((b) => b.kind === 'title')
  return date >= 0 && title ? title.text : null
}

/**
 * The title's issuers, unless the stacked signature names more units and all of the title's
 * (a joint notice whose title names the lead units only): then every signing unit, in order.
 */
export function pickIssuers(titled: string[], signature: string[]): string[] {
  // A unit signs a document once: the same unit stacked twice is two documents' signatures read together.
  const signed = [...new Set(signature.flatMap((s) => s.split(/\s+/)).filter(Boolean))]
  if (titled.length === 0) return signature
  // Nor is one unit named twice over a title: the line over it is the document before's signature.
  titled = [...new Set(titled)]
  // A unit never issues jointly with its own office: '国务院办公厅' over '国务院关于…', signed
  // 国务院, is the previous document's signature read into the title.
  const fromTitle = titled.filter((u) => !(signed.length > 0 && !signed.includes(u) && titled.some((v) => signed.includes(v) && /^(办公厅|办公室)$/.test(u.slice(v.length)) && u.startsWith(v))))
  // Units printed without spaces, or wrapped mid-name, in the title ('兴县财政局兴县住房和城' /
  // '乡建设管理局关于…') are told apart by the signature that spells them all.
  if (signed.length > 1 && signed.join('').endsWith(fromTitle.join(''))) return signed
  const allUnits = signed.length >= fromTitle.length && signed.every((u) => isIssuerText(u))
  // A title's issuer list may wrap mid-name ('…兴\n县公安局关于…'): 县公安局 is 兴县公安局's tail.
  if (allUnits && fromTitle.every((u) => signed.some((v) => v.endsWith(u)))) return signed
  // A wrapped title may lose a character at a line's end and glue two units: the stacked
  // signature, which spells every unit, still holds the title's units in order.
  return allUnits && nearlyWithin(fromTitle.join(''), signed.join('')) ? signed : fromTitle
}

/** `a` is `b` with at most two characters missing (each of a's characters found in b, in order). */
function nearlyWithin(a: string, b: string): boolean {
  if (b.length - a.length > 2 || b.length < a.length) return false
  let k = 0
  for (const ch of b) if (k < a.length && a[k] === ch) k++
  return k === a.length
}

type Step = (lines: SourceLine[]) => SourceLine[]

/** Per line, whether its page's columns were read by the reader; null when none was. */
function pagesRead(lines: readonly SourceLine[], columnsRead: readonly boolean[] | undefined): boolean[] | null {
  if (!columnsRead?.some((r) => r)) return null
  const starts = pageStarts(lines)
  const out: boolean[] = []
  starts.forEach((start, p) => {
    for (let i = start; i < (starts[p + 1] ?? lines.length); i++) out.push(columnsRead[p] === true)
  })
  return out
}

/** Like parseIssue, but keeps the source lines and per-block line numbers (for tests and tools). */
export function parseIssueTraced(input: string | ParseInput, opts: ParseOptions = {}): TracedIssue {
  const check = (): void => opts.deadline?.check()
  const tick = ticker(opts.deadline)
  const source = typeof input === 'string' ? { text: input } : input
  // Text with page breaks has its columns read page by page (readColumns, below).
  const split = splitLines(source.text, source.lines)
  const raw = source.text.includes('\f') ? split : deinterleave(split)
  check()
  const tocStart = findTocStart(raw)
  let cover = parseCover(raw, tocStart >= 0 ? tocStart : raw.length)
  if (!cover.meta) cover = coverFromHeads(raw)
  // Text alone: its running heads are lines of it.
  if (!cover.meta) cover = coverFromTextHeads(raw)
  // Named nowhere: read on, and kept only if the genre is there (unnamed-issue.ts).
  const named = cover.meta !== null
  const coverMeta = cover.meta ?? unnamedMeta(raw)
  const gazette = named ? coverMeta.gazette : NO_NAME
  const isNoise = makeNoiseTest(gazette, cover.lines)
  const toc = parseToc(raw, isNoise, tick)
  if (!named) refuseHopeless(coverMeta, toc.entries.length)
  check()
  // The documents stand after a front 目录, or before a back one (which is cut off with the back cover).
  const body = bodyRange(raw, toc, tocStart, isNoise)
  const from = body.from
  // The 版权页 at the back is the issue's, no document's.
  const to = colophonStart(raw, from, body.to, gazette, isNoise)
  const clean = Math.min(from, Math.max(tocStart, 0))
  const bare = blankFurniture(blankNoise(raw.slice(0, to), isNoise, clean, tick), clean, toc.sections, from)
  // Plain text's repairs, in order: a ruled table's cells, cut dates; pages written block by block
  // down both columns (each closing under its own document); section numbers and labels set
  // apart; pages written block by block that end at the left column's foot; name-list rows
  // interleaved with prose; then the columns (the 目录 saying which lines go together),
  // documents begun mid-column in Word sections of their own, name lists; a document's rest read
  // after the next one's start (its closing signed by its own issuer) goes back under it.
  // Each step is a pass over the whole text: the file's time limit is asked after each.
  const anchors = withBodyNumbers(tocAnchors(toc.entries), bare, from)
  // The lines pdftotext wrote after a page's folio: the right column's foot (text-pages.ts).
  const afterFolio = linesAfterFolio(raw.slice(0, to), from)
  // Pages whose columns the reader already read keep their lines through the readings of columns
  // written block by block: there is nothing left to mend there (swap-xe-unbal-b7.layout.txt: two
  // documents side by side, read left column first, had the right one's head moved under the left
  // one's title). A step that joins or parts lines is kept whole.
  const read = pagesRead(bare, source.columnsRead)
  const keepRead = (step: Step): Step => (lines) => {
    const out = step(lines)
    return read === null || out.length !== lines.length ? out : out.map((l, i) => (read[i] ? lines[i] : l))
  }
  const steps: Step[] = [
    (l) => joinWrappedFirstCells(joinTableCells(l, raw, from), from),
    (l) => joinDateTails(l, from),
    (l) => joinSpelledBands(l, from, new Set(toc.sections)),
    keepRead((l) => readClosingOrder(l, from)),
    (l) => pairOfficeNames(l, from),
    (l) => pairLabels(pairSectionNumbers(pairNumeralHeads(l, from), from), from),
    (l) => readFeet(l, from),
    (l) => pairNames(l, from, true),
    (l) => unweaveTitles(l, from, toc.entries),
    (l) => {
      // A column's line pdftotext broke at a stretched mark is one line of its column (text-line-pieces.ts).
      const joined = joinLinePieces(l, from)
      const foot = new Set([...afterFolio].filter((i) => joined[i].text === raw[i].text))
      opts.beforeStreams?.(joined, foot)
      return readStreams(joined, from, anchors, foot)
    },
    // A 条 label written out of its row's order, found once the columns are read (text-label-runs.ts).
    (l) => mendLabelRuns(l, from),
    (l) => readColumns(l, from),
    (l) => readBands(l, from, anchors),
    (l) => pairNames(l, from),
    (l) => returnResumedText(l, from, toc.entries, tick),
    (l) => returnOpenTails(l, from, toc.entries, tick),
    (l) => returnEarlyBodies(l, from, toc.entries, tick),
  ]
  let lines = bare
  for (const step of steps) {
    lines = step(lines)
    check()
  }
  const rebuilt = rebuiltWarning(Math.max(rebuiltShare(bare, lines, from, to), source.rebuilt ?? 0))
  const spans = joinRegulations(splitDocuments(lines, from, toc.entries, tick), lines)
  if (spans.length === 0) throw new AppError('NOT_A_GAZETTE', named ? '不是政府公报：未找到任何带标题和文号的文件。' : NOT_A_GAZETTE_MESSAGE)
  // No 目录 read in plain text: the 栏目 from the body's banners and the pages' running heads
  // (body-sections.ts; a PDF's heads come with its layout: sectionsFromHeads, below).
  if (toc.entries.length === 0 && !lines.some((l) => l.layout)) bodySections(lines, spans, from, textHeads(raw, gazette, from))
  check()
  // Plain text (pdftotext, Word): no layout to read the page by, so the genre's signals repair it.
  const plain = !lines.some((l) => l.layout)
  const ctx = { sections: new Set(toc.sections), layouts: layoutIndex(lines), edges: new Map<number, FlowEdge>([...lineEdges(lines), ...textEdges(lines)]), plain }
  // A name table's columns, which pdftotext wrote one after the other, read row by row: after the
  // edges, which judge the lines as pdftotext wrapped them (text-name-columns.ts).
  lines = joinNameColumns(lines, from)
  const documents = spans.map((s, i) => {
    tick()
    return buildDocument(lines, s, i + 1, ctx, tick)
  })
  check()
  let moved = new Set<ParsedDocument>()
  if (plain) {
    // The 目录's issuers first: a closing fits the document by them.
    titlesFromToc(documents.map((d) => d.doc), toc.entries)
    joinTitleHeads(lines, spans, documents.map((d) => d.doc))
    const listed = listedNumbers(toc.entries)
    const fitted = fitClosings(documents, listed)
    const closed = documents.map((d, i) => ({ doc: d.doc, drafts: fitted.drafts[i] }))
    moved = new Set([...fitted.moved, ...returnMisplacedClosings(closed, buildBlocks(lines.slice(from, spans[0].lead), tick, ctx.edges))])
    // Guesses that left two numbers of a series dated backwards trade closings.
    const place = listedPlaces(toc.entries)
    for (const d of tradeYearClosings(closed, moved, listed, place)) moved.add(d)
    for (const d of orderSeriesClosings(closed, moved, listed, place)) moved.add(d)
    // Then two of any series the 目录 lists the other way round.
    for (const d of tradeCrossedClosings(closed, moved, place)) moved.add(d)
  } else cutTitlesFromToc(documents.map((d) => d.doc), toc.entries)
  if (toc.entries.length === 0) {
    sectionsFromHeads(documents.map((d) => ({ doc: d.doc, lines: lines.slice(d.span.lead, d.span.end) })), gazette)
  }
  // Before a back 目录 the cover ends where the first document starts: a signature is no publisher.
  const meta = { ...(body.to < raw.length ? (parseCover(raw, spans[0].lead).meta ?? coverMeta) : coverMeta) }
  // A year guessed from a date would name the issue: an unnamed one keeps only what its pages print.
  if (!meta.year && named) meta.year = Number(documents.find((d) => d.doc.date)?.doc.date?.slice(0, 4) ?? 0)
  const printed = new Set(documents.filter((d) => d.span.sectionPrinted).map((d) => d.doc))
  const sectionGuessed = new Set(documents.filter((d) => d.span.sectionGuessed).map((d) => d.doc))
  const labels = new Map<ParsedDocument, string>()
  for (const d of documents) {
    // The page printed where the title stands (a 文号 set above it may end the page before).
    const label = lines[d.span.header[0]]?.layout?.pageLabel ?? lines[d.span.lead]?.layout?.pageLabel
    if (label) labels.set(d.doc, label)
  }
  const pages = new Map(documents.map((d) => [d.doc, pageFactsOf(lines, d.span.lead, d.span.end, d.span.header)]))
  const headings = headingsBefore(lines, spans, from, ctx.sections)
  const headed = new Map(documents.flatMap((d, i) => (headings[i] ? [[d.doc, headings[i]] as const] : [])))
  const leftover = leftoverText(raw, lines, spans, from, toc)
  const issue = reconcile(meta, toc, documents.map((d) => d.doc), { printed, sectionGuessed, labels, pages, closingMoved: moved, headed, leftover, tocHeading: tocHeadingBefore(lines, spans[0].lead) })
  if (rebuilt) issue.warnings.push(rebuilt)
  return { issue: named ? issue : keepUnnamed(issue), documents, lines }
}

/**
 * Parses one issue: its text alone, or with the reader's lines (PDF layout lends its signals).
 * Throws AppError('NOT_A_GAZETTE') when the text is not a gazette issue.
 */
export function parseIssue(input: string | ParseInput, opts: ParseOptions = {}): ParsedIssue {
  return parseIssueTraced(input, opts).issue
}

// Damage a correct issue the way a reader or a split goes wrong, to see whether the importer's
// doubt follows: a document's opening lines (title, 文号) deleted so its text runs on in the one
// before, a 目录 line dropped. For unit tests and the honesty bench (bench/honesty.bench.ts).
import type { ParsedDocument } from '../../src/shared/domain'
import { parseIssueTraced, type TracedIssue } from '../../src/main/importer/parse/parse-issue'
import { readLayoutColumns } from '../../src/main/importer/layout/text-layout-columns'
import { readJoinedColumns } from '../../src/main/importer/layout/text-joined-columns'
import { foldIdeographs } from '../../src/main/importer/read/fold-glyphs'

/** The text the parser reads from a text file (pdftotext -layout's columns read one after the other). */
export function parserText(fileText: string): string {
  return readLayoutColumns(fileText)
}

/** The whole text the importer reads from a text file (read-source.ts): also columns joined on one row read apart. */
export function importedText(fileText: string): string {
  return readJoinedColumns(readLayoutColumns(foldIdeographs(fileText)))
}

/** The text's line numbers (1-based, SourceLine.no) of document k's opening: its lead, title and 文号 lines. */
export function openingLines(traced: TracedIssue, k: number): number[] {
  const { span } = traced.documents[k]
  const at = [span.lead, ...span.header, span.numberIdx].filter((i) => i >= 0)
  return [...new Set(at.map((i) => traced.lines[i].no))]
}

/** The text without the given lines (1-based). */
export function withoutLines(text: string, drop: readonly number[]): string {
  const gone = new Set(drop)
  return text.split('\n').filter((_, i) => !gone.has(i + 1)).join('\n')
}

/** Document k glued to the one before it: its opening lines deleted. */
export function mergedIntoPrevious(text: string, traced: TracedIssue, k: number): string {
  return withoutLines(text, openingLines(traced, k))
}

const flat = (t: string): string => t.normalize('NFKC').replace(/\s+/g, '')

/** The document of `docs` that is `doc` again: the same 文号, else the same title. */
export function sameDocument(docs: readonly ParsedDocument[], doc: ParsedDocument): ParsedDocument | undefined {
  return docs.find((d) => (doc.docNumber !== null && d.docNumber === doc.docNumber) || (doc.docNumber === null && flat(d.title) === flat(doc.title)))
}

/**
 * The document of `docs` whose body holds most of `doc`'s paragraphs (where its text went), told
 * by the openings of its paragraphs that no other of its `siblings` (the clean parse) prints.
 */
export function holderOf(docs: readonly ParsedDocument[], doc: ParsedDocument, siblings: readonly ParsedDocument[] = []): ParsedDocument | undefined {
  const elsewhere = siblings.filter((d) => d !== doc).map((d) => d.blocks.map((b) => flat(b.text)).join('\n')).join('\n')
  const probes = doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => flat(b.text).slice(0, 20)).filter((p) => p.length >= 12 && !elsewhere.includes(p))
  let best: ParsedDocument | undefined
  let most = 0
  for (const d of docs) {
    const text = d.blocks.map((b) => flat(b.text)).join('\n')
    const n = probes.filter((p) => text.includes(p)).length
    if (n > most) [best, most] = [d, n]
  }
  return best
}

export { parseIssueTraced }

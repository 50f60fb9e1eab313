// Source lines with their 1-based line numbers, and the text helpers every stage shares.
import { foldShellBrackets } from '../../../shared/doc-number'
import { charClassTest, dropSpacesNearCjk, dropZeroWidth } from '../../../shared/layout-spaces'
import type { LineLayout, SourceLine as ReadLine } from '../../../shared/source-line'

/** One physical line of the issue; `no` survives every stage so tests can point at the source. */
export interface SourceLine {
  no: number
  text: string
  /** Where and how the line is printed, when the reader knew (PDF). */
  layout?: LineLayout
  /** The source marks the line as a paragraph of its own (Word): never run on into the next. */
  whole?: boolean
}

const CJK = '\\u2014\\u2018-\\u201d\\u2026\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef'
const isCjkOrPunct = charClassTest(CJK)

/**
 * CRLF/CR to LF; a form feed (PDF page break) becomes a blank line on the same line number.
 * `read` (the reader's lines) lends each line its layout, matched by line number and text.
 */
export function splitLines(text: string, read?: readonly ReadLine[]): SourceLine[] {
  const out: SourceLine[] = []
  const layouts = layoutsByLine(read)
  // Every format's text, Word's and OCR's too, has its ﹝﹞ read as 〔〕 (foldShellBrackets) and
  // loses the characters that print nothing (dropZeroWidth; a BOM included).
  const raw = foldShellBrackets(dropZeroWidth(text).replace(/\r\n?/g, '\n')).split('\n')
  raw.forEach((line, i) => {
    for (const part of line.split('\f')) {
      const l: SourceLine = { no: i + 1, text: trimEndWhere(part, isPad) }
      const known = layouts.get(l.no)
      if (known && compact(foldShellBrackets(dropZeroWidth(known.text))) === compact(l.text)) {
        if (known.layout) l.layout = known.layout
        if (known.whole) l.whole = true
      }
      // A page's lines come with their geometry; text alone may be indented by Tab.
      if (!l.layout) l.text = tabIndent(l.text)
      out.push(l)
    }
  })
  return out
}

function layoutsByLine(read?: readonly ReadLine[]): Map<number, ReadLine> {
  const map = new Map<number, ReadLine>()
  for (const l of read ?? []) if (l.layout || l.whole) map.set(l.no, l)
  return map
}

/**
 * Tabs that indent a line holding no other tab (a paragraph or title typed with Tab) read as the
 * full-width spaces a 公文 indents with; in a table row they are its empty cells, and stay.
 */
function tabIndent(s: string): string {
  let k = 0
  while (k < s.length && (s[k] === '\t' || isPad(s[k]))) k++
  if (!s.slice(0, k).includes('\t') || s.includes('\t', k)) return s
  return '\u3000\u3000' + s.slice(k)
}

const isPad = (c: string): boolean => c === ' ' || c === '\u00a0' || c === '\u3000'

/**
 * `s` without its trailing characters that satisfy `drop`. Linear: /[…]+$/ retries from every
 * position of a long run and took seconds on a 40 000-space line (found by fuzzing).
 */
export function trimEndWhere(s: string, drop: (c: string) => boolean): string {
  let i = s.length
  while (i > 0 && drop(s[i - 1])) i--
  return s.slice(0, i)
}

/** `s` without leading and trailing layout spaces (tabs stay: they are empty table cells). */
export function trimPads(s: string): string {
  let i = 0
  while (i < s.length && isPad(s[i])) i++
  return trimEndWhere(s.slice(i), isPad)
}

/** All whitespace removed: the spelling used to compare titles and labels. */
export function compact(s: string): string {
  return s.replace(/\s+/g, '')
}

/** A line or title as compared with the 目录's: no spaces, full-width forms folded (NFKC). */
export function folded(s: string): string {
  return compact(s).normalize('NFKC')
}

export function isBlank(s: string): boolean {
  return s.trim() === ''
}

/** The first line from `from` (before `to`) that is not blank, or -1. */
export function nextNonBlank(lines: readonly SourceLine[], from: number, to = lines.length): number {
  for (let i = from; i < to; i++) if (!isBlank(lines[i].text)) return i
  return -1
}

/** The last line from `from` back (down to `floor`) that is not blank, or -1. */
export function prevNonBlank(lines: readonly SourceLine[], from: number, floor = 0): number {
  for (let i = from; i >= floor; i--) if (!isBlank(lines[i].text)) return i
  return -1
}

/** How many blanks a line opens with (its place in text that keeps each line's place). */
export function leadingBlanks(s: string): number {
  return s.length - s.trimStart().length
}

/** Layout spaces next to CJK text go ('乡村 e 镇' → '乡村e镇'); spaces inside Latin text stay. */
export function collapseSpaces(s: string): string {
  return dropSpacesNearCjk(s, /[ \u3000\u00a0]+/g, isCjkOrPunct)
    .replace(/[ \u00a0]{2,}/g, ' ')
    .trim()
}

/** Ends a sentence: 。；：！？ (either width), optionally followed by closing quotes/brackets. */
export function endsSentence(s: string): boolean {
  return /[。；：！？;:!?][”’"』」）)》〕\]】]*$/.test(s.trim())
}

/** Paragraph labels: （一） 一、 1. 第一条 — a line starting so begins its own paragraph. */
export const PARA_LABEL = /^([（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、．]|第[一二三四五六七八九十百零〇\d]+[条章节])/

/** A line opening with a decimal ('7.1 级中强地震…', '1.3857 公顷'): PARA_LABEL reads '7.' there, no list's number. */
export const DECIMAL_START = /^\d+[.．]\d/

/** One bracketed unit on a line of its own ('（此件公开发布）'): a note, not a cut line's piece. */
export const BRACKET_NOTE = /^[（(][^（()）]*[）)]$/

/** Sentence punctuation anywhere: tells prose from a short title or label. */
export function hasInnerPunct(s: string): boolean {
  return /[，。；：、,;:！？]/.test(s)
}

export function isCjkChar(c: string): boolean {
  return /[\u3400-\u9fff]/.test(c)
}

/** Strips a leading bullet ('- ', '• ') that converters put before list lines. */
export function stripBullet(s: string): string {
  return s.replace(/^\s*[-•·]\s+/, '')
}

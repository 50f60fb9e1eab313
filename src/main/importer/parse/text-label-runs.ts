// A regulation's 条 numbers rise by one in reading order. In two columns written line by line,
// pdftotext may write a few rows' labels together, out of their rows' order ('第五条' / '第十条' /
// '第四条'), and pairing each label with the text by its place (text-labels.ts) then gives a label
// the next 条's text. Once the columns are read, such a label shows as a run that steps back by
// one: '第五条　专利代理机构合伙人、股东或者法定代表' right over '第四条　国务院专利行政部门负责全国的'
// / '专利代理管理工作。'. The upper text, cut off by the next label mid-sentence, is no 条's whole
// paragraph; the lower one goes on, so it is the higher number's (the 条 after). The lower
// number's own text is the paragraph start above that was left without a label: the nearest line
// before that opens a paragraph (the line over it ends a sentence) and fills a label's row beside it.
import { compact, endsSentence, isBlank, type SourceLine } from './lines'
import { numberOf } from './text-numbers'
import { displayWidth } from './text-widths'
import { pageWidths } from './text-page-widths'
import { MARKED, ONE_COLUMN, closes, fillsRow, ofHeader } from './text-label-among'

/** A 条's label heading its line, with its text after it. */
const LABELLED = /^(第[一二三四五六七八九十百零〇]+条)[\s\u3000]+(\S.*)$/
/** Lines (not blank) back from the swapped pair the lower number's own text may stand. */
const BACK_WINDOW = 12

const labelled = (line: SourceLine | undefined): { label: string; text: string; n: number } | null => {
  const m = line ? LABELLED.exec(line.text.trim()) : null
  const n = m ? numberOf(m[1])?.n : undefined
  return m && n !== undefined ? { label: m[1], text: m[2], n } : null
}

/** The next line from `i` on, stepping `step`, that is not blank; -1 when none. */
function nextText(lines: readonly SourceLine[], i: number, step: 1 | -1): number {
  for (let k = i; k >= 0 && k < lines.length; k += step) if (!isBlank(lines[k].text)) return k
  return -1
}

/**
 * The read lines with each pair of 条 labels that steps back by one ('第五条' over '第四条') mended:
 * when the upper label's text is one line that stops mid-sentence at the lower label, and an
 * unlabelled paragraph start above fits the lower number's row, the higher number goes to the
 * lower line (its text goes on), the lower number to that paragraph start, and the upper line
 * keeps its text bare. Plain text in two columns only (text without layout, pages under
 * ONE_COLUMN wide); anything less clear is left as read.
 */
export function mendLabelRuns(lines: readonly SourceLine[], from = 0): SourceLine[] {
  if (lines.some((l) => l.layout)) return [...lines]
  const out = [...lines]
  const at = pageWidths(out, from)
  if (!at) return out
  for (let i = from; i < out.length; i++) {
    const upper = labelled(out[i])
    if (!upper || at(i) >= ONE_COLUMN) continue
    const j = nextText(out, i + 1, 1)
    const lower = j < 0 ? null : labelled(out[j])
    if (!lower || lower.n !== upper.n - 1 || endsSentence(upper.text)) continue
    // The lower label's text goes on under it: a paragraph, the higher number's.
    const after = nextText(out, j + 1, 1)
    if (endsSentence(lower.text) && (after < 0 || labelled(out[after]))) continue
    const own = paragraphStartBefore(out, i, lower.label, at)
    if (own < 0) continue
    out[own] = { ...out[own], text: `${lower.label}\u3000${out[own].text.trim()}` }
    out[j] = { ...out[j], text: `${upper.label}\u3000${lower.text}` }
    out[i] = { ...out[i], text: upper.text }
  }
  return movedToStarts(out, at, from)
}

/** Lines (not blank) after a paragraph's start the next label may stand. */
const AHEAD_WINDOW = 6

/**
 * A 条 label over a short line that ends a sentence ('第十八条　提供查询服务。', another paragraph's
 * last line) while the line under the 条 before it opens a paragraph of its own: it fills the row
 * beside a label, stops mid-sentence and so is no line of the paragraph above (whose lines run
 * to the column's full width), and no label heads it ('第十七条　专利代理机构和专利代理师对' /
 * '专利代理机构和专利代理师不' / '得以自己的名义…无效。' / '第四章　法律责任' / '第十八条　提供查询服务。').
 * The next number goes to that paragraph start; the short line stays, bare, where it was read.
 */
function movedToStarts(out: SourceLine[], at: (i: number) => number, from: number): SourceLine[] {
  for (let i = from; i < out.length; i++) {
    const prev = labelled(out[i])
    if (!prev || at(i) >= ONE_COLUMN || endsSentence(prev.text)) continue
    const k = nextText(out, i + 1, 1)
    if (k < 0 || labelled(out[k])) continue
    const t = out[k].text.trim()
    if (MARKED.test(compact(t)) || endsSentence(t) || closes(t) || ofHeader(t)) continue
    // The next labelled line a few lines on is the next number's, its text a short sentence's end.
    let j = k + 1
    for (let seen = 0; j < out.length && seen < AHEAD_WINDOW && !labelled(out[j]); j++) if (!isBlank(out[j].text)) seen++
    const next = j < out.length ? labelled(out[j]) : null
    if (!next || next.n !== prev.n + 1 || !endsSentence(next.text)) continue
    const room = at(j) - displayWidth(next.label)
    if (!fillsRow(room - displayWidth(t)) || fillsRow(room - displayWidth(next.text)) || displayWidth(next.text) > room) continue
    out[k] = { ...out[k], text: `${next.label}\u3000${t}` }
    out[j] = { ...out[j], text: next.text }
  }
  return out
}

/**
 * The nearest line before `i` that opens a paragraph and would fill the row beside `label`: the
 * line over it ends a sentence, it does not, and it bears no label, paragraph number or
 * document's own line. The search stops at a 条's label (the lines above are its) or after
 * BACK_WINDOW lines; -1 when none.
 */
function paragraphStartBefore(lines: readonly SourceLine[], i: number, label: string, at: (i: number) => number): number {
  for (let k = i - 1, seen = 0; k > 0 && seen < BACK_WINDOW; k--) {
    if (isBlank(lines[k].text)) continue
    seen++
    const t = lines[k].text.trim()
    if (labelled(lines[k]) || MARKED.test(compact(t))) return -1
    if (endsSentence(t) || closes(t) || ofHeader(t)) continue
    if (!fillsRow(at(k) - displayWidth(label) - displayWidth(t))) continue
    const above = nextText(lines, k - 1, -1)
    if (above >= 0 && endsSentence(lines[above].text)) return k
  }
  return -1
}

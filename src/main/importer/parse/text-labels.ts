// Article and chapter labels set in a column of their own (法规 typeset with the label hanging
// left of its text): pdftotext writes the labels of a few rows first, then their texts —
// '第二章' / '第七条' / '' / '专利代理机构和专利代理师' / '专利代理机构的组织形式…'. A person
// reads each label with the text on its row; here each label takes the text in its place. In two
// columns written line by line, a label's text may come some lines later, past the other column's
// lines: the text that fills the label's row (or, for a 章, a chapter's name) is taken there.
// A heading's numeral that Word's list numbering set apart by a tab ('一、' / '指导思想') takes
// its words from the next line before the columns are read (pairNumeralHeads).
import { compact, endsSentence, isBlank, type SourceLine } from './lines'
import { parseDateLine } from './dates'
import { displayWidth } from './text-widths'
import { pageWidths } from './text-page-widths'
import { isIssuerText } from './header'
import { docTypeOf } from './doc-type'
import { sharedRow } from './text-label-rows'
import { CHAPTER_LABEL, chapterNameNear, finishBegunChapters } from './text-chapter-names'
import { HEADING_LABEL, MARKED, ONE_COLUMN, ROW_WITHIN, besideLabel, chapterName, closes, opensDocument, textAmong, textBefore } from './text-label-among'

const BARE_LABEL = /^第[一二三四五六七八九十百零〇\d]+[章节条]$/
/**
 * Blank lines pdftotext may put between the labels and their texts: a few, or a page's foot
 * blanked as furniture ('第十六条' / '' / '第2页' / '' / '共21页' / '' / its text).
 */
const MAX_GAP = 6


/** A decimal section number alone ('4.2.2'): pdftotext sets it apart from its text as it does a 条's label. */
const BARE_DECIMAL = /^\d{1,2}(?:\.\d{1,2}){1,3}$/


/** Which lines are bare labels: a 条's anywhere, a decimal section number's on one-column pages. */
function labelTest(lines: readonly SourceLine[], from: number): (i: number) => boolean {
  const at = pageWidths(lines, from)
  return (i) => {
    const c = i >= 0 && i < lines.length ? compact(lines[i].text) : ''
    return BARE_LABEL.test(c) || (BARE_DECIMAL.test(c) && at !== null && at(i) >= ONE_COLUMN)
  }
}

/**
 * The texts after a run of `count` labels: index lists, one per label. A letter-spaced name
 * ('总' / '则') comes one character a line and is one text. Null when the lines do not fit.
 */
function textsAfter(lines: readonly SourceLine[], from: number, count: number, isLabel: (i: number) => boolean): number[][] | null {
  let i = from
  for (let gap = 0; i < lines.length && isBlank(lines[i].text) && gap < MAX_GAP; gap++) i++
  const out: number[][] = []
  while (out.length < count && i < lines.length && !isBlank(lines[i].text)) {
    // A document's own line (a title's start under a 条 that ends the column above) is no 条's text.
    if (MARKED.test(compact(lines[i].text)) || isLabel(i) || closes(lines[i].text) || opensDocument(lines, i)) return null
    const item = [i++]
    const single = (k: number): boolean => k < lines.length && compact(lines[k].text).length === 1
    // Letter-spaced wide, the name may come a blank line apart ('附' / '' / '则').
    const nextSingle = (k: number): number => (single(k) ? k : k + 1 < lines.length && isBlank(lines[k].text) && single(k + 1) ? k + 1 : -1)
    if (single(item[0])) {
      for (let k = nextSingle(i); k >= 0; k = nextSingle(i)) {
        item.push(k)
        i = k + 1
      }
    }
    // Past the blank line the name left, the next text follows. A chapter's name set in a line
    // of its own beside the 章's label (a blank glyph between: '第三章　专利代理执业') is a block
    // of its own too, a blank line before the next label's text.
    const chapter = HEADING_LABEL.test(compact(lines[from - count + out.length].text)) && chapterName(lines[item[0]].text)
    if ((item.length > 1 || chapter) && out.length + 1 < count && i < lines.length && isBlank(lines[i].text)) i++
    out.push(item)
  }
  return out.length === count ? out : null
}

/**
 * Each bare label (a 条's, or a decimal section number's: '6.2' / '6.2.1' / '应急经费和清算' /
 * '财政部会同…') followed by its text once more one line, the label first ('第七条　专利代理机构
 * 的组织形式…'); the texts' own lines become blank, so line indexes stay. Text without layout only.
 */
export function pairLabels(lines: readonly SourceLine[], from = 0): SourceLine[] {
  const out = [...lines]
  if (lines.some((l) => l.layout)) return out
  const isLabel = labelTest(out, from)
  const at = pageWidths(out, from)
  let i = from
  while (i < out.length) {
    if (!isLabel(i) || isLabel(i - 1)) {
      i++
      continue
    }
    let end = i
    while (isLabel(end)) end++
    // A chapter's label alone takes its name from wherever on the page it was written (text-chapter-names.ts).
    if (end - i === 1 && CHAPTER_LABEL.test(compact(out[i].text))) {
      const name = chapterNameNear(out, i, isLabel)
      if (name) pairText(out, i, name)
      i = end
      continue
    }
    const across = end - i === 1 ? otherColumnText(out, i, end, at, isLabel) : null
    const after = across ? [across] : textsAfter(out, end, end - i, isLabel)
    // In columns written line by line, a lone label's text that cannot stand beside it is another
    // column's line: the label takes the first line further on that can (textAmong), if any.
    const lone = end - i === 1 && after && !besideLabel(out, i, after[0], at)
    const ahead = lone ? textAmong(out, i, at, isLabel) : null
    const among = lone ? (ahead?.text ?? textBefore(out, i, at, isLabel)) : null
    // A row holding a 条 in each column: the bare label before takes its first text (text-label-rows.ts).
    const shared = end - i === 1 && !across && !lone && after?.[0].length === 1 ? sharedRow(out, i, after[0][0], at) : null
    if (shared) {
      pairAtText(out, shared.bare, after?.[0] ?? [])
      pairAtText(out, i, [shared.own])
    }
    // Found past the next label and its text, the label goes to its text's place (pairAtText).
    else if (among && ahead?.passed) pairAtText(out, i, among)
    else (among ? [among] : after)?.forEach((item, k) => pairText(out, i + k, item))
    i = end
  }
  finishBegunChapters(out, from, isLabel)
  return out
}

/** The label at `label` followed by its text's lines `item` on one line; their own lines go blank. */
function pairText(out: SourceLine[], label: number, item: number[]): void {
  out[label] = { ...out[label], text: `${compact(out[label].text)}\u3000${item.map((n) => out[n].text.trim()).join('')}` }
  for (const n of item) out[n] = { no: out[n].no, text: '' }
}

/**
 * A lone label whose text came after the next label's (textAmong, passed) goes to its text's
 * place: the text's line stands among its row's lines in the order pdftotext wrote the rows, the
 * label ahead of the next 条's, so the columns' reading (text-streams.ts) finds the 条 where its
 * row is and not before the next one. The label's line goes blank.
 */
function pairAtText(out: SourceLine[], label: number, item: number[]): void {
  out[item[0]] = { ...out[item[0]], text: `${compact(out[label].text)}\u3000${item.map((n) => out[n].text.trim()).join('')}` }
  for (const n of item.slice(1)) out[n] = { no: out[n].no, text: '' }
  out[label] = { no: out[label].no, text: '' }
}

/** Lines this close to the column's width are full lines. */
const FULL_WITHIN = 3

/**
 * The text of a label alone on its line in two columns written line by line: the label stands
 * a little higher than its row, so pdftotext writes it first, then the row's lines left to right.
 * A label of the right column is then followed by the left column's line, full to the column's
 * width, and only then by its own text, short by the label's width ('第十三条' / '' /
 * '根据教育、医疗…民生支' / '' / '纳税人应当留存…'). That text is taken when the first line is
 * full, or ends its sentence short, and the next one, a blank line further, fills the row beside
 * the label. Null otherwise.
 */
function otherColumnText(lines: readonly SourceLine[], label: number, i: number, at: ((i: number) => number) | null, isLabel: (i: number) => boolean): number[] | null {
  if (!at || at(label) >= ONE_COLUMN) return null
  let k = i
  for (let gap = 0; k < lines.length && isBlank(lines[k].text) && gap < MAX_GAP; gap++) k++
  // The first line, alone between blank lines, and the next a single blank line further.
  const second = k + 2
  if (second >= lines.length || isBlank(lines[k].text) || !isBlank(lines[k + 1].text) || isBlank(lines[second].text)) return null
  const fits = (n: number): boolean => !MARKED.test(compact(lines[n].text)) && !isLabel(n) && !closes(lines[n].text)
  if (!fits(k) || !fits(second)) return null
  const full = at(label)
  const room = full - displayWidth(lines[label].text.trim())
  const first = displayWidth(lines[k].text.trim())
  const next = displayWidth(lines[second].text.trim())
  // Its text goes on: a paragraph's last line there ('还款支出凭证备查。') is no article's first.
  if (next > room || endsSentence(lines[second].text)) return null
  // The row's other line is the other column's: full, or its paragraph's last line, ended short
  // ('第十条' / '给你们，请认真贯彻执行。' / '纳税人接受…继续教'), when the line after it fills
  // most of the row beside the label.
  return first >= full - FULL_WITHIN || (endsSentence(lines[k].text) && next >= room - ROW_WITHIN) ? [second] : null
}


/** A section's number alone on its line: '1.2', '4.3.1'. */
const BARE_SECTION = /^\d{1,2}(?:\.\d{1,2}){1,3}$/
/** A heading: short, no sentence marks. */
const isHeading = (t: string): boolean => {
  const c = compact(t)
  return c.length >= 2 && c.length <= 16 && !/[，。；：:、,.]/.test(c) && !/^\d/.test(c)
}

/**
 * A section's paragraph whose number pdftotext wrote under its first line ('省级粮食应急…要立即
 * 组织有关人员按' / '4.2.3' / '照职责迅速落实应急措施。'): a number never stands inside a sentence,
 * so a number after a line that runs, with the number's room, to the page's full width mid-sentence, with the sentence's rest
 * after it, numbers that line, when the line starts a paragraph (what stands before it ended one:
 * a sentence's end, a short line, a heading or another number). One-column pages only.
 */
function opensUnder(lines: readonly SourceLine[], head: number, i: number, next: number, at: ((i: number) => number) | null, from: number): boolean {
  if (!at || at(i) < ONE_COLUMN || head !== i - 1 && !isBlank(lines[i - 1].text)) return false
  const full = at(head)
  const t = lines[head].text.trim()
  // The number's room beside the line was left blank: line and number fill the width.
  const filled = displayWidth(t) + displayWidth(lines[i].text.trim())
  if (endsSentence(t) || filled < full - SHORT_BY || BARE_SECTION.test(compact(t))) return false
  const n = lines[next].text.trim()
  if (MARKED.test(compact(n)) || BARE_SECTION.test(compact(n)) || /^[（(\d]/.test(n)) return false
  const before = nonBlank(lines, head - 1, -1, from)
  if (before < 0) return true
  const b = lines[before].text.trim()
  return endsSentence(b) || displayWidth(b) < full - SHORT_BY || BARE_SECTION.test(compact(b))
}

/** A line this much short of the page's full width ended its paragraph (or is a heading). */
const SHORT_BY = 6

/** The next non-blank line from `i` on, stepping `step`; -1 when none. */
function nonBlank(lines: readonly SourceLine[], i: number, step: 1 | -1, floor: number): number {
  for (let k = i; k >= floor && k < lines.length; k += step) if (!isBlank(lines[k].text)) return k
  return -1
}

/**
 * A section number that pdftotext wrote under its heading ('等级划分' / '1.2' / '本预案所称…':
 * a heading's number set apart in its own font sits a little lower on the line) goes back in
 * front of it ('1.2　等级划分'), its own line blank. A number with its heading under it is in order.
 */
export function pairSectionNumbers(lines: readonly SourceLine[], from = 0): SourceLine[] {
  const out = [...lines]
  if (lines.some((l) => l.layout)) return out
  const at = pageWidths(out, from)
  for (let i = from; i < out.length; i++) {
    if (!BARE_SECTION.test(compact(out[i].text))) continue
    const head = nonBlank(out, i - 1, -1, from)
    const next = nonBlank(out, i + 1, 1, from)
    if (head < 0 || next < 0) continue
    // Over a page break the line above is the page's running head, not the number's heading.
    const samePage = !out.slice(head + 1, i + 1).some((l, k) => l.no === out[head + k].no)
    if (!samePage || (!(isHeading(out[head].text) && !isHeading(out[next].text)) && !opensUnder(out, head, i, next, at, from))) continue
    out[head] = { ...out[head], text: `${compact(out[i].text)}\u3000${out[head].text.trim()}` }
    out[i] = { no: out[i].no, text: '' }
  }
  return out
}

/** A heading's numeral alone: Word's automatic numbering ('一、' + tab) set apart from its words. */
const BARE_NUMERAL = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])$/
/** A first-level heading's numeral alone, the one whose words are sought down the page. */
const BARE_HEAD_NUMERAL = /^[一二三四五六七八九十]+、$/
/**
 * A heading's words: a few hanzi, no marks (a paragraph's last line ends in one), too few to have
 * filled the column past the tab (longer ones may go on on the next line: text-breaks.ts
 * continuesLabelledHead reads them so).
 */
const HEADING_WORDS = /^[\u4e00-\u9fff]{2,9}$/
/**
 * A heading's words in two clauses ('提高政治站位，强化思想认识'): no mark at the end, a comma or
 * 顿号 inside. Taken when the line stands well short of the page's full width (the label and its
 * tab take the rest): the other column's line, or a paragraph's, fills it.
 */
const CLAUSED_WORDS = /^[\u4e00-\u9fff]{2,}[，、][\u4e00-\u9fff，、]*[\u4e00-\u9fff]$/
/** Display columns a heading's words stand short of the full width: its label and the tab after it. */
const LABEL_ROOM = 8
const short = (words: string, full: number | undefined): boolean => full !== undefined && displayWidth(words) <= full - LABEL_ROOM

/**
 * A heading's numeral alone on its line with its words on the next ('一、' / '指导思想'): Word's
 * list numbering puts a tab between them, and pdftotext writes the two apart. Before the columns
 * are read, the words go back after the numeral ('一、指导思想'), their line blank, so the two
 * move together. Text without layout only.
 */
export function pairNumeralHeads(lines: readonly SourceLine[], from = 0): SourceLine[] {
  const out = [...lines]
  if (lines.some((l) => l.layout)) return out
  let at: ((i: number) => number) | null | undefined
  for (let i = from; i < out.length; i++) {
    if (!BARE_NUMERAL.test(compact(out[i].text))) continue
    let k = i + 1
    for (let gap = 0; k < out.length && isBlank(out[k].text) && gap < MAX_GAP; gap++) k++
    if (k >= out.length || out[k].no === out[k - 1]?.no || docTypeOf(compact(out[k].text)) !== null) continue
    const words = compact(out[k].text)
    if (!HEADING_WORDS.test(words) && !(CLAUSED_WORDS.test(words) && short(words, (at ??= pageWidths(out, from))?.(k)))) continue
    out[i] = { ...out[i], text: `${compact(out[i].text)}${compact(out[k].text)}` }
    out[k] = { no: out[k].no, text: '' }
  }
  return pairStrayWords(out, from)
}

/**
 * A numeral left alone whose words pdftotext wrote further down its page, past the other column's
 * lines or after the page's folio (a bold heading's words in a block of their own): the first
 * heading's words on the page after it that stand alone between blank lines, follow no numeral and
 * are no signing unit, title line or date, go back after it.
 */
function pairStrayWords(out: SourceLine[], from: number): SourceLine[] {
  for (let i = from; i < out.length; i++) {
    if (!BARE_HEAD_NUMERAL.test(compact(out[i].text))) continue
    for (let k = i + 1; k < out.length && out[k].no !== out[k - 1].no; k++) {
      const words = compact(out[k].text)
      // Not letter-spaced (a banner: '国   务 院   办   公   厅   文   件').
      if (!HEADING_WORDS.test(words) || /\S\s+\S/.test(out[k].text) || !strayAlone(out, k)) continue
      if (docTypeOf(words) !== null || isIssuerText(words) || parseDateLine(words) !== null) continue
      out[i] = { ...out[i], text: `${compact(out[i].text)}${words}` }
      out[k] = { no: out[k].no, text: '' }
      break
    }
  }
  return out
}

/** Line `k` stands between blank lines (or a page's edge), and the line above them is no bare numeral. */
function strayAlone(out: readonly SourceLine[], k: number): boolean {
  const blankOrEdge = (j: number): boolean => j < 0 || j >= out.length || isBlank(out[j].text) || out[j].no === out[k].no
  if (!blankOrEdge(k - 1) || !blankOrEdge(k + 1)) return false
  const above = nonBlank(out, k - 1, -1, 0)
  return above < 0 || !BARE_NUMERAL.test(compact(out[above].text))
}

// Hard-wrapped text (pdftotext without geometry): which lines run to the text's full width.
// A person reading such text sees the body's usual line length; a line that reaches it was wrapped
// by the typesetter, and one clearly shorter ends its paragraph. Text written one paragraph per
// line (the sample) has no such usual length, and then nothing is known from the lengths.
import type { Edge } from './geometry'
import { endsSentence, isBlank, leadingBlanks, PARA_LABEL, type SourceLine } from './lines'
import { pageStarts } from './text-pages'
import { displayWidth, edgeOf, fullWidth, INDENT, LEAD_INDENT, MIN_LEAD_INDENT, TUCKABLE } from './text-widths'
import { pageWidths } from './text-page-widths'
import { PAUSE_END, visualLines } from './text-visual-lines'

export { displayWidth, fullWidth }

/**
 * What a hard-wrapped text's line says of its paragraph: the geometry's edges, plus 'part' — the
 * line is the rest of the visual line above, which the converter cut in two (see visualLines).
 */
export type FlowEdge = Edge | 'part'

/**
 * For each line without page layout, whether its visual line runs to the text's full width
 * ('full'), to the full width less a first-line indent ('indented': it starts a paragraph after a
 * full stop, and runs full otherwise), stops clearly short of it ('short'), or neither. The
 * pieces of a cut visual line after its first are 'part'. The last line before a page break says
 * nothing by its length (the page ended, not the paragraph). Empty when the text is not
 * hard-wrapped, or when the reader gave layout (the PDF's geometry decides there).
 */
export function textEdges(lines: readonly SourceLine[]): Map<number, FlowEdge> {
  const out = new Map<number, FlowEdge>()
  if (lines.some((l) => l.layout)) return out
  const fullAt = pageWidths(lines, 0, true)
  if (fullAt === null) return out
  const pageEnds = lastLinesOfPages(lines)
  for (const group of visualLines(lines, fullAt)) {
    const edge = groupEdge(lines, group, fullAt(group[0]) - hangOf(lines, group[0]))
    const last = group[group.length - 1]
    const set = edge === 'full' && indentedByLead(lines, group[0], last) ? 'indented' : edge === 'indented' && group.length === 1 && shortOfFirstBelow(lines, last, fullAt(last + 1)) ? 'short' : edge === 'unknown' && group.length === 1 && hanziShort(lines, last) ? 'short' : edge
    out.set(lines[group[0]].no, set === 'short' && pageEnds.has(last) ? 'unknown' : set)
    for (const i of group.slice(1)) out.set(lines[i].no, 'part')
  }
  endsAtIndent(lines, out, pageEnds)
  packedUnderFirst(lines, out)
  endsOverSetIn(lines, out, pageEnds)
  return out
}

/**
 * A line run to the width whose sentence ends there, over a line set in from it by an indent
 * ('及时在政府网站公开发布，方便公众免费查询。' over '  感谢你们对政府工作的关心和支持。'): the
 * line under it is a paragraph's first, however short, so this one is its paragraph's last.
 * Text without layout starts every line at the edge and tells nothing so.
 */
function endsOverSetIn(lines: readonly SourceLine[], out: Map<number, FlowEdge>, pageEnds: ReadonlySet<number>): void {
  const lead = (k: number): number => leadingBlanks(lines[k].text)
  for (let k = 0; k + 1 < lines.length; k++) {
    const edge = out.get(lines[k].no)
    if ((edge !== 'full' && edge !== 'indented') || pageEnds.has(k) || isBlank(lines[k + 1].text) || out.get(lines[k + 1].no) === 'part') continue
    if (!endsSentence(lines[k].text.trim())) continue
    const setIn = lead(k + 1) - lead(k)
    if (setIn < MIN_LEAD_INDENT || setIn > 2 * LEAD_INDENT) continue
    // A line standing left of the full line over it (a right column's line after one holding
    // fewer cells) shows no edge to be set in from.
    if (k > 0 && !isBlank(lines[k - 1].text) && lead(k - 1) > lead(k) && out.get(lines[k - 1].no) === 'full') continue
    out.set(lines[k].no, 'short')
  }
}

/**
 * A line an indent short by its width that stands back at the column's edge right under a
 * paragraph's first line, set in and run to the width ('       十九、对推进质量工作成效突出的' over
 * '  市（地、州、盟）、县（市、区、' over '  旗），在质量工作改革创新、国家质量'): no first line
 * (that would be set in too), and no last one while its sentence is open. The marks it packs
 * took the cells it lacks: it runs to the column's edge.
 */
function packedUnderFirst(lines: readonly SourceLine[], out: Map<number, FlowEdge>): void {
  const lead = (k: number): number => leadingBlanks(lines[k].text)
  for (let k = 1; k + 1 < lines.length; k++) {
    if (out.get(lines[k].no) !== 'indented' || out.get(lines[k - 1].no) !== 'indented') continue
    if (isBlank(lines[k - 1].text) || isBlank(lines[k + 1].text) || endsSentence(lines[k].text.trim())) continue
    const setIn = lead(k - 1) - lead(k)
    if (setIn < MIN_LEAD_INDENT || setIn > 2 * LEAD_INDENT || lead(k + 1) !== lead(k)) continue
    if (!(lines[k].text.match(TUCKABLE)?.length)) continue
    out.set(lines[k].no, 'full')
  }
}

/** A column's first-line indent in -layout text: a cell to six past its edge (two ems, a hanzi one cell to three). */
const MAX_NARROW_INDENT = 2 * LEAD_INDENT

/**
 * Text that keeps each line's place sets a paragraph's first line in from its column's edge, and
 * the lines it wraps to back at the edge. In a run of lines (no blank between), the edge is where a
 * line stands under a first line set in by an indent (a cell to MAX_NARROW_INDENT: a narrow
 * column's two ems) that ran to the width; a run that shows none (a column's first entries over a
 * blank row) takes the edge of the run right under it, one blank row down on the same page. A
 * line set in so, over one set in alike, stops short of the column's edge however near it comes:
 * its paragraph ends, and the next, set in, starts another (a name list's entries, each a
 * paragraph of a line: ' 刘心学 县人民武装部副部长' over ' 刘利 县委政法委副书记', and ' 杨旭兵 县公
 * 安局禁毒大' over ' 队大队长', where a wrapped line would stand at the edge). A line run to the
 * full width says it was wrapped, whatever its place; a line of the indent's width keeps what it
 * says of its own start (a paragraph's first line) unless the line over it ended short. A line set
 * in alike that runs full is no first line (a first line stops an indent short): pdftotext set
 * the wrapped rest in as far ('  对于达到法定使用期限且依法可以' / '  续期的资产，…运营'). Across a
 * blank row nothing is told: the next column's lines stand at their own edge.
 */
function endsAtIndent(lines: readonly SourceLine[], out: Map<number, FlowEdge>, pageEnds: ReadonlySet<number>): void {
  const lead = (k: number): number => leadingBlanks(lines[k].text)
  const edgeOf = (k: number): FlowEdge | undefined => out.get(lines[k].no)
  const wide = (k: number): boolean => edgeOf(k) === 'full' || edgeOf(k) === 'indented'
  const runs: { from: number; to: number; edge: number }[] = []
  const pageStart = new Set(pageStarts(lines))
  for (let i = 0; i < lines.length; i++) {
    if (isBlank(lines[i].text)) continue
    let to = i
    while (to + 1 < lines.length && !isBlank(lines[to + 1].text) && !pageStart.has(to + 1)) to++
    let edge = Infinity
    for (let k = i + 1; k <= to; k++) {
      const over = lead(k - 1) - lead(k)
      if (over >= 1 && over <= MAX_NARROW_INDENT && wide(k - 1)) edge = Math.min(edge, lead(k))
    }
    runs.push({ from: i, to, edge })
    i = to
  }
  // One blank row down on the same page: the same column's text under a blank row, or the next column.
  const below = (r: number): (typeof runs)[number] | undefined => (runs[r + 1]?.from === runs[r].to + 2 && !pageStart.has(runs[r + 1].from) && !pageStart.has(runs[r].to + 1) ? runs[r + 1] : undefined)
  runs.forEach((run, r) => {
    if (run.edge === Infinity) run.edge = below(r)?.edge ?? Infinity
  })
  const setIn = (k: number, edge: number): boolean => lead(k) - edge >= 1 && lead(k) - edge <= MAX_NARROW_INDENT
  runs.forEach((run) => {
    if (run.edge === Infinity) return
    for (let k = run.from; k < run.to; k++) {
      if (!setIn(k, run.edge) || lead(k + 1) !== lead(k) || pageEnds.has(k) || edgeOf(k + 1) === 'part') continue
      if (edgeOf(k + 1) === 'full') {
        if (headsFirstLine(lines, k, run.edge, run.to) && (edgeOf(k) === 'full' || edgeOf(k) === 'indented')) out.set(lines[k].no, 'short')
        continue
      }
      // Over a line that ended short, or a line at the edge that ended its sentence (a
      // paragraph's last line an indent short: '工作。现就有关事项通知如下：' over
      // '     一、提高政治站位，强化思想认识' over '     住户调查数据是准确反映全县巩固').
      const overShort = k === run.from || edgeOf(k - 1) === 'short' || (lead(k - 1) === run.edge && endsSentence(lines[k - 1].text.trim()))
      if (edgeOf(k) === 'unknown' || (edgeOf(k) === 'indented' && overShort)) out.set(lines[k].no, 'short')
    }
  })
}

/**
 * A numbered heading run near the width, set in over a paragraph's first line set in alike whose
 * wrapped rest stands back at the column's edge ('    二、关于 1996 年度地震重点危险区的判定' over
 * '    年度地震趋势会商会是只根据震情因素，确' over '定当年发震可能性较大的…'): the line under it
 * counts 'full' only by the spaces and digits -layout sets, for it is no wider than the heading
 * (a first line's wrapped rest that pdftotext set in as far runs an indent wider than its first:
 * '      对于达到法定使用期限且依法可以' / '      续期的资产，由城乡绿色低碳建设运营'). So the
 * heading is a paragraph of its own line, as the indent of the line under it says.
 */
function headsFirstLine(lines: readonly SourceLine[], k: number, edge: number, to: number): boolean {
  const head = lines[k].text.trim()
  if (!PARA_LABEL.test(head) || endsSentence(head) || k + 2 > to) return false
  if (leadingBlanks(lines[k + 2].text) !== edge) return false
  return displayWidth(lines[k + 1].text) - displayWidth(lines[k].text) < INDENT - 1
}

/**
 * A heading's number ('一、', '（一）', '1.'), then the run of spaces a numbered list's tab left
 * before its words. An article's '第五条' is set off by a space the typesetter put in, not a tab,
 * and its line is a paragraph's first, an indent short.
 */
const LABEL_GAP = /^([（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、．])( {2,})/

/**
 * The cells a numbered heading's tab takes ('一、   全面落实劳动用工实名管理制', a Word or
 * LibreOffice list's number, then a tab to the text): a width the line fills on the page, which
 * displayWidth counts for no run of spaces inside a line.
 */
function labelGap(text: string): number {
  return LABEL_GAP.exec(text.trim())?.[2].length ?? 0
}

/**
 * Where a visual line stops. One cut after a pause mark whose first piece stops an indent short
 * ('县工信局：引导工业企业创建电子商务示范企业，' / '推') is a paragraph's first line: the marks
 * the typesetter tucked let its pieces add up to the full width, yet it was set indented.
 */
function groupEdge(lines: readonly SourceLine[], group: number[], full: number): Edge {
  const edge = edgeOf(group.reduce((w, i) => w + displayWidth(lines[i].text), 0) + labelGap(lines[group[0]].text), full)
  const first = lines[group[0]].text
  if (group.length > 1 && edge === 'full' && PAUSE_END.test(first.trim()) && edgeOf(displayWidth(first), full) === 'indented') return 'indented'
  return edge
}

/**
 * Text that keeps each line's place (pdftotext -layout) shows a paragraph's first-line indent as
 * leading spaces: a line set in from the line under it (the column's edge) by an indent is a
 * paragraph's first, though its words run to the full width ('      请你单位严格按照…' over
 * '   公正的原则…'). Text without layout starts every line at the edge and tells nothing so.
 */
function indentedByLead(lines: readonly SourceLine[], first: number, last: number): boolean {
  const below = lines[last + 1]?.text
  const above = lines[first - 1]?.text
  if (below === undefined || isBlank(below)) return false
  // A right column's lines start a few cells apart (the cells before them hold hanzi or digits):
  // only a line after a finished sentence can be a paragraph's first.
  if (above !== undefined && !isBlank(above) && !endsSentence(above.trim())) return false
  const lead = (t: string | undefined): number => (t === undefined || isBlank(t) ? 0 : leadingBlanks(t))
  const at = lead(lines[first].text)
  const more = at - lead(below)
  if (more < LEAD_INDENT || more > 2 * LEAD_INDENT) return false
  // The indent stands out from the line above too, or that line is a one-line paragraph set in
  // alike (a heading): a run of lines all set in is a column's text shifted, not indented.
  const outOf = (i: number): boolean => lines[i - 1] === undefined || isBlank(lines[i - 1].text) || lead(lines[i].text) - lead(lines[i - 1].text) >= LEAD_INDENT
  return above === undefined || isBlank(above) || outOf(first) || (lead(above) === at && outOf(first - 1))
}

/** A hanging indent sets a block's lines two ems (four cells) or more in from its first line's. */
const MIN_HANG = 4
/** …and a label's width at most ('说明：1. ', '（十二）'). */
const MAX_HANG = 12
/** …over this many lines at most. */
const MAX_HANG_LINES = 12

/**
 * Cells a line of a block set with a hanging indent stands in from the block's first line (text
 * that keeps each line's place: '说明：1. 各乡镇…' over '        2. 县城建成区…不包括' and
 * '        2021 年创卫户改厕数；'): its lines run to the column's edge from further in, so their
 * width falls short of the full one by that much though they were wrapped. 0 for other lines.
 */
function hangOf(lines: readonly SourceLine[], i: number): number {
  const lead = (k: number): number => (lines[k] === undefined || isBlank(lines[k].text) ? -1 : leadingBlanks(lines[k].text))
  const at = lead(i)
  if (at < MIN_HANG || lead(i + 1) !== at) return 0
  // A note runs a few lines: a longer walk is a column's text set in alike (and would take long).
  let j = i - 1
  while (lead(j) === at && i - j <= MAX_HANG_LINES) j--
  const first = lead(j)
  if (first < 0 || at - first < MIN_HANG || at - first > MAX_HANG) return 0
  // The block opens with what hangs: a note's label.
  return HANGS.test(lines[j].text.trim()) ? at - first : 0
}

/** What a hanging indent hangs: a note's label ('说明：', '注：'). */
const HANGS = /^(说明|注|备注|注释)[:：]/

/**
 * A line an indent short, set in as far as the line under it, which is a paragraph's first by its
 * lead (the line after that starts at the column's edge) and by its width (it stops an indent
 * short of `full`, as a first line does), an em or more further on: a first line running on would
 * reach as far as that other one does, so this one ended there (a heading '（一）加强领导，提高认识'
 * over '为贯彻习近平总书记关于黄河' in a narrow column, where a heading is as wide as an indent).
 * Only text that keeps each line's place shows it; digits and Latin letters, whose widths the
 * cells tell roughly, say nothing.
 */
function shortOfFirstBelow(lines: readonly SourceLine[], i: number, full: number): boolean {
  const [a, b, c] = [lines[i]?.text, lines[i + 1]?.text, lines[i + 2]?.text]
  if (a === undefined || b === undefined || c === undefined || isBlank(b) || isBlank(c) || /[\x21-\x7e]/.test(a + b)) return false
  const [la, lb] = [leadingBlanks(a), leadingBlanks(b)]
  if (la === 0 || la !== lb || lb - leadingBlanks(c) < MIN_LEAD_INDENT) return false
  return edgeOf(displayWidth(b), full) === 'indented' && displayWidth(b) - displayWidth(a) >= 2
}

/** A line of hanzi and the marks every typesetter sets a full em wide. */
const HANZI_LINE = /^[\u4e00-\u9fff][\u4e00-\u9fff，、。；：]*$/

/**
 * A line of hanzi and the marks set a full em wide everywhere (，、。；：) only, that stops more than
 * an indent short of the full width (the band edgeOf leaves unknown), over a line that goes on with
 * a hanzi: its cells tell its width exactly (no digit, Latin letter, quote, bracket or dot that a
 * typesetter may set narrower), and the hanzi under it would have fitted on it, so
 * the typesetter did not wrap it there: it ends its paragraph (a notice typed with a return at
 * every line, '公安局禁毒大队，县禁毒办主任由刘旭耀' over '同志兼任，副主任由杨旭兵同志兼任，具').
 */
function hanziShort(lines: readonly SourceLine[], i: number): boolean {
  const [a, b] = [lines[i]?.text.trim(), lines[i + 1]?.text.trim()]
  if (a === undefined || b === undefined) return false
  return HANZI_LINE.test(a) && /^[\u4e00-\u9fff]/.test(b)
}

/** Indexes of the last non-blank line of each page but the last. */
function lastLinesOfPages(lines: readonly SourceLine[]): Set<number> {
  const out = new Set<number>()
  for (const start of pageStarts(lines).slice(1)) {
    let k = start - 1
    while (k >= 0 && isBlank(lines[k].text)) k--
    if (k >= 0) out.add(k)
  }
  return out
}

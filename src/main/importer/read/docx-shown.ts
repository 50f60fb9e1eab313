// document.xml as Word shows it, for mammoth. Real offices' files hold text Word never prints
// (hidden runs: editors' notes, review remarks), text mammoth drops (a simple field's result: a
// DATE field is the date line; text boxes without a VML copy; <w:cr/>), and signature blocks typed
// into a borderless table, which would reach the parser as one tab-joined row where the page
// shows a signature stack.

/** Whether a toggle property (`<w:vanish/>`, `<w:vanish w:val="false"/>`) is on. */
function toggledOn(tag: string): boolean {
  const val = /\bw:val="([^"]*)"/.exec(tag)?.[1]
  return val === undefined || !/^(0|false|off)$/i.test(val)
}

const HIDDEN = /<w:(?:vanish|specVanish)\b[^>]*\/>/g
const RUN_OPEN = /<w:r(?:\s[^>]*)?>\s*$/
/** How far before a <w:vanish/> its run's <w:r><w:rPr> may start: run properties are short. */
const RPR_REACH = 2000

/**
 * Runs Word hides (w:vanish in the run's own properties): gone, as on the page. A paragraph
 * holding only them is left empty. One pass with bounded look-back, whatever the markup.
 */
export function dropHiddenRuns(xml: string): string {
  if (!xml.includes('vanish')) return xml
  const spans: [number, number][] = []
  // The next run end and the next run start at or after a point: both asked at rising points, so
  // each is searched for again only once passed.
  let runEnd = -1
  let nextRun = -1
  const runStart = /<w:r[\s>]/g
  for (const m of xml.matchAll(HIDDEN)) {
    const at = m.index
    if (!toggledOn(m[0]) || (spans.length > 0 && at < spans[spans.length - 1][1])) continue
    const from = Math.max(0, at - RPR_REACH)
    const before = xml.slice(from, at)
    const rPr = before.lastIndexOf('<w:rPr>')
    if (rPr < 0 || before.indexOf('</w:rPr>', rPr) >= 0) continue
    const open = before.lastIndexOf('<w:r', rPr - 1)
    if (open < 0 || !RUN_OPEN.test(before.slice(open, rPr))) continue // a paragraph mark's properties, not a run's
    if (runEnd < at) runEnd = xml.indexOf('</w:r>', at)
    if (runEnd < 0) break
    if (nextRun < at) {
      runStart.lastIndex = at
      nextRun = runStart.exec(xml)?.index ?? xml.length
    }
    // A run holding another (a text box's) is left whole: its end is not this run's.
    if (nextRun < runEnd) continue
    spans.push([from + open, runEnd + '</w:r>'.length])
  }
  if (spans.length === 0) return xml
  let out = ''
  let k = 0
  for (const [a, b] of spans) {
    out += xml.slice(k, a)
    k = b
  }
  return out + xml.slice(k)
}

/**
 * A simple field (<w:fldSimple w:instr="DATE …">) holds its shown result as runs; mammoth skips
 * the element whole. Unwrapped, the result is read like any text (a field without one shows nothing).
 */
export function unwrapSimpleFields(xml: string): string {
  if (!xml.includes('<w:fldSimple')) return xml
  return xml.replace(/<w:fldSimple\b[^>]*\/>/g, '').replace(/<w:fldSimple\b[^>]*>/g, '').replace(/<\/w:fldSimple>/g, '')
}

/** Table style id → whether it draws borders (its own or a base style's, the first that says). */
export function readTableStyleBorders(stylesXml: string): Map<string, boolean> {
  const own = new Map<string, { borders?: boolean; basedOn?: string }>()
  let defaultId: string | undefined
  for (const m of stylesXml.matchAll(/<w:style\b([^>]*)>((?:(?!<w:style\b)[\s\S])*?)<\/w:style>/g)) {
    if (!/\bw:type="table"/.test(m[1])) continue
    const id = /\bw:styleId="([^"]*)"/.exec(m[1])?.[1]
    if (id === undefined) continue
    if (/\bw:default="(1|true|on)"/.test(m[1])) defaultId = id
    const tblPr = /<w:tblPr>([\s\S]*?)<\/w:tblPr>/.exec(m[2])?.[1] ?? ''
    const basedOn = /<w:basedOn\b[^>]*\bw:val="([^"]*)"/.exec(m[2])?.[1]
    own.set(id, { borders: bordersOf(tblPr), basedOn })
  }
  const out = new Map<string, boolean>()
  for (const id of own.keys()) {
    let s = own.get(id)
    let borders: boolean | undefined
    for (let hops = 0; s && borders === undefined && hops < 10; hops++) {
      borders = s.borders
      s = s.basedOn ? own.get(s.basedOn) : undefined
    }
    out.set(id, borders ?? false)
  }
  if (defaultId !== undefined) out.set('', out.get(defaultId) ?? false)
  return out
}

/** Whether properties holding a borders element draw a line; undefined when they hold none. */
function bordersOf(props: string): boolean | undefined {
  const box = /<w:(?:tblBorders|tcBorders)>([\s\S]*?)<\/w:(?:tblBorders|tcBorders)>/.exec(props)?.[1]
  if (box === undefined) return undefined
  return [...box.matchAll(/\bw:val="([^"]*)"/g)].some((m) => !/^(none|nil)$/.test(m[1]))
}

const DIGIT = '\\d０-９〇○零Ｏ一二三四五六七八九十'
const DATE_ALONE = new RegExp(`^[${DIGIT}]{2,4}年[${DIGIT}]{1,3}月[${DIGIT}]{1,3}日$`)
/** Signature blocks are short: a few rows of units, names and a date. */
const MAX_ROWS = 8
const MAX_CELLS = 3
const MAX_CELL_TEXT = 40
const MAX_PARAS = 60

const cellText = (xml: string): string =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('').replace(/[\s\u3000]/g, '')

/**
 * The paragraphs of a signature table in reading order (row by row, left to right), or null when
 * the table is not one: it draws no line (no borders of its own, its style's or a cell's), is a
 * few rows of at most three short cells, and one of its paragraphs is a date alone. A ruled table, or a
 * borderless one without a date, is data: left a table.
 */
function signatureParagraphs(tbl: string, styleBorders: Map<string, boolean>): string | null {
  if ((tbl.match(/<w:tbl[\s>]/g) ?? []).length > 1 || tbl.includes('<w:txbxContent')) return null
  const tblPr = /<w:tblPr>([\s\S]*?)<\/w:tblPr>/.exec(tbl)?.[1] ?? ''
  const styleId = /<w:tblStyle\b[^>]*\bw:val="([^"]*)"/.exec(tblPr)?.[1] ?? ''
  const own = bordersOf(tblPr)
  if (own ?? styleBorders.get(styleId) ?? false) return null
  // Counted before anything is matched: a hostile table of unclosed rows is refused at once.
  const count = (re: RegExp): number => (tbl.match(re) ?? []).length
  if (count(/<w:tr[\s>]/g) > MAX_ROWS || count(/<w:tc[\s>]/g) > MAX_ROWS * MAX_CELLS || count(/<w:p[\s>/]/g) > MAX_PARAS) return null
  const rows = [...tbl.matchAll(/<w:tr\b[^>]*>([\s\S]*?)<\/w:tr>/g)].map((r) => [...r[1].matchAll(/<w:tc\b[^>]*>([\s\S]*?)<\/w:tc>/g)].map((c) => c[1]))
  if (rows.length === 0 || rows.length > MAX_ROWS || rows.some((r) => r.length > MAX_CELLS)) return null
  const cells = rows.flat()
  if (cells.some((c) => bordersOf(/<w:tcPr>([\s\S]*?)<\/w:tcPr>/.exec(c)?.[1] ?? '') === true)) return null
  if (cells.some((c) => cellText(c).length > MAX_CELL_TEXT)) return null
  const paras = cells.flatMap((c) => [...c.matchAll(/<w:p\b[^>]*>[\s\S]*?<\/w:p>|<w:p\b[^>]*\/>/g)].map((p) => p[0]))
  return paras.some((p) => DATE_ALONE.test(cellText(p))) ? paras.join('') : null
}

/** Each signature table (signatureParagraphs) replaced by its paragraphs; other tables kept. */
export function unfoldSignatureTables(xml: string, styleBorders: Map<string, boolean>): string {
  if (!xml.includes('<w:tbl>') && !xml.includes('<w:tbl ')) return xml
  return replaceOuter(xml, 'w:tbl', (tbl) => signatureParagraphs(tbl, styleBorders) ?? tbl)
}

/** [start, end) of each outermost `name` element, nesting counted (self-closing ones skipped). */
function outerSpans(xml: string, name: string): [number, number][] {
  const spans: [number, number][] = []
  const tag = new RegExp(`<(/?)${name}(?=[\\s>/])[^>]*?(/?)>`, 'g')
  let depth = 0
  let start = -1
  for (const m of xml.matchAll(tag)) {
    if (m[2] === '/') continue
    if (m[1] === '') {
      if (depth++ === 0) start = m.index
    } else if (depth > 0 && --depth === 0) {
      spans.push([start, m.index + m[0].length])
    }
  }
  return spans
}

/** Each outermost `name` element replaced by what `f` makes of it. */
function replaceOuter(xml: string, name: string, f: (el: string) => string): string {
  let out = ''
  let from = 0
  for (const [start, end] of outerSpans(xml, name)) {
    out += xml.slice(from, start) + f(xml.slice(start, end))
    from = end
  }
  return out + xml.slice(from)
}

/**
 * Text boxes mammoth would not read. It reads an mc:AlternateContent's fallback only (the VML copy
 * Word writes beside a DrawingML shape), so a file without one (written by other editors) loses
 * its boxes, red mastheads and dates among them: the choice is read instead, and a DrawingML text
 * box's content is handed over as a w:pict (read after the anchor paragraph, as Word's fallback is).
 */
export function readableTextBoxes(xml: string): string {
  if (!xml.includes('txbxContent')) return xml
  const choices = replaceOuter(xml, 'mc:AlternateContent', (el) => {
    if (el.includes('<mc:Fallback') || !el.includes('txbxContent')) return el
    const open = /<mc:Choice\b[^>]*>/.exec(el)
    const close = el.lastIndexOf('</mc:Choice>')
    return open && close > open.index ? el.slice(open.index + open[0].length, close) : el
  })
  return replaceOuter(choices, 'w:drawing', (el) => {
    const boxes = outerSpans(el, 'w:txbxContent')
    return boxes.length === 0 ? el : `<w:pict>${boxes.map(([a, b]) => el.slice(a, b)).join('')}</w:pict>`
  })
}

/** A carriage return (<w:cr/>, as some editors write a line break) is a line break; mammoth drops it. */
export function carriageReturnsAsBreaks(xml: string): string {
  return xml.includes('<w:cr') ? xml.replace(/<w:cr\s*\/>/g, '<w:br/>') : xml
}

/** All of the above, in the order they depend on: hidden runs go before a table's text is judged. */
export function shownDocumentXml(xml: string, stylesXml = ''): string {
  const shown = carriageReturnsAsBreaks(readableTextBoxes(unwrapSimpleFields(dropHiddenRuns(xml))))
  return unfoldSignatureTables(shown, readTableStyleBorders(stylesXml))
}

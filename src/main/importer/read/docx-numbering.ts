// Word's automatic numbering as text. A heading numbered by a list ('一、' '（一）' '1.') has no label
// in its text: Word draws it from numbering.xml. Mammoth keeps only "ordered or not", so headings
// reached the parser as '总体要求' where the page shows '一、总体要求'. Here each numbered paragraph
// gets its label written into its text, counted as Word counts, before mammoth reads the file.

interface Level {
  fmt: string
  text: string
  start: number
}

interface Numbering {
  /** numId → abstractNum's levels, with the num's start overrides applied. */
  nums: Map<string, Map<number, Level>>
}

const CN_DIGITS = '〇一二三四五六七八九'
const TIANGAN = '甲乙丙丁戊己庚辛壬癸'
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag)
  return m ? m[1] : null
}

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百〇五 (as Word's chineseCounting). */
export function chineseCounting(n: number): string {
  if (n <= 0) return String(n)
  if (n >= 1000) return String(n)
  const h = Math.floor(n / 100)
  const t = Math.floor((n % 100) / 10)
  const o = n % 10
  let s = h ? `${CN_DIGITS[h]}百` : ''
  if (t) s += (t === 1 && !h ? '' : h && t === 0 ? '' : CN_DIGITS[t]) + '十'
  else if (h && o) s += '〇'
  if (o) s += CN_DIGITS[o]
  return s
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']]
  let s = ''
  for (const [v, r] of table) while (n >= v) { s += r; n -= v }
  return s
}

function letters(n: number): string {
  const c = String.fromCharCode(97 + ((n - 1) % 26))
  return c.repeat(Math.floor((n - 1) / 26) + 1)
}

/** Word's levels: 0–8. A hostile file's level 999999999 would have the counters loop that far. */
const MAX_LEVEL = 8
/**
 * Counters past this are written in digits: a hostile start value (1e9) spelled in letters or
 * Roman numerals would be megabytes per paragraph.
 */
const MAX_SPELLED = 9999

/** A counter's value in a level's number format (formats Word offers for Chinese documents and the common Latin ones). */
export function formatNumber(n: number, fmt: string): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX_SPELLED) return fmt === 'none' ? '' : String(n)
  switch (fmt) {
    case 'chineseCounting': case 'chineseCountingThousand': case 'japaneseCounting': case 'taiwaneseCounting': case 'taiwaneseCountingThousand':
    case 'ideographDigital': case 'chineseLegalSimplified':
      return chineseCounting(n)
    case 'ideographTraditional': return TIANGAN[n - 1] ?? String(n)
    case 'decimalEnclosedCircle': case 'decimalEnclosedCircleChinese': return CIRCLED[n - 1] ?? String(n)
    case 'decimalFullWidth': case 'decimalFullWidth2': return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))
    case 'upperRoman': return roman(n).toUpperCase()
    case 'lowerRoman': return roman(n)
    case 'upperLetter': return letters(n).toUpperCase()
    case 'lowerLetter': return letters(n)
    case 'none': return ''
    default: return String(n)
  }
}

function readLevels(xml: string): Map<number, Level> {
  const levels = new Map<number, Level>()
  for (const m of xml.matchAll(/<w:lvl\b([^>]*)>((?:(?!<w:lvl\b)[\s\S])*?)<\/w:lvl>/g)) {
    const ilvl = Number(attr(m[1], 'w:ilvl') ?? '0')
    const body = m[2]
    const fmt = attr(/<w:numFmt\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val') ?? 'decimal'
    const text = attr(/<w:lvlText\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val') ?? ''
    const start = Number(attr(/<w:start\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val') ?? '1')
    levels.set(ilvl, { fmt, text, start: Number.isFinite(start) ? start : 1 })
  }
  return levels
}

/** numbering.xml → each num's levels (its abstractNum's, start overrides applied). */
export function readNumbering(xml: string): Numbering {
  const abstract = new Map<string, Map<number, Level>>()
  for (const m of xml.matchAll(/<w:abstractNum\b([^>]*)>((?:(?!<w:abstractNum\b)[\s\S])*?)<\/w:abstractNum>/g)) {
    const id = attr(m[1], 'w:abstractNumId')
    if (id !== null) abstract.set(id, readLevels(m[2]))
  }
  const nums = new Map<string, Map<number, Level>>()
  for (const m of xml.matchAll(/<w:num\b([^>]*?)(?:\/>|>((?:(?!<w:num\b)[\s\S])*?)<\/w:num>)/g)) {
    const id = attr(m[1], 'w:numId')
    const body = m[2] ?? ''
    const aid = attr(/<w:abstractNumId\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val')
    const base = aid === null ? undefined : abstract.get(aid)
    if (id === null || !base) continue
    const levels = new Map([...base].map(([k, v]) => [k, { ...v }]))
    for (const o of body.matchAll(/<w:lvlOverride\b([^>]*)>((?:(?!<w:lvlOverride\b)[\s\S])*?)<\/w:lvlOverride>/g)) {
      const ilvl = Number(attr(o[1], 'w:ilvl') ?? '0')
      const start = attr(/<w:startOverride\b[^>]*>/.exec(o[2])?.[0] ?? '', 'w:val')
      const own = readLevels(o[2]).get(ilvl)
      const level = own ?? levels.get(ilvl)
      if (!level) continue
      levels.set(ilvl, { ...level, ...(start !== null ? { start: Number(start) } : {}) })
    }
    nums.set(id, levels)
  }
  return { nums }
}

/** styles.xml → paragraph style id → the numbering its style (or a style it is based on) gives. */
export function readStyleNumbering(xml: string): Map<string, { numId: string; ilvl: number }> {
  const own = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>()
  for (const m of xml.matchAll(/<w:style\b([^>]*)>((?:(?!<w:style\b)[\s\S])*?)<\/w:style>/g)) {
    if (attr(m[1], 'w:type') !== 'paragraph') continue
    const id = attr(m[1], 'w:styleId')
    if (id === null) continue
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(m[2])?.[1] ?? ''
    const numId = attr(/<w:numId\b[^>]*>/.exec(numPr)?.[0] ?? '', 'w:val') ?? undefined
    const ilvl = attr(/<w:ilvl\b[^>]*>/.exec(numPr)?.[0] ?? '', 'w:val')
    const basedOn = attr(/<w:basedOn\b[^>]*>/.exec(m[2])?.[0] ?? '', 'w:val') ?? undefined
    own.set(id, { numId, ilvl: ilvl === null ? undefined : Number(ilvl), basedOn })
  }
  const out = new Map<string, { numId: string; ilvl: number }>()
  for (const id of own.keys()) {
    let s = own.get(id)
    let numId: string | undefined
    let ilvl: number | undefined
    for (let hops = 0; s && hops < 10; hops++) {
      numId ??= s.numId
      ilvl ??= s.ilvl
      s = s.basedOn ? own.get(s.basedOn) : undefined
    }
    if (numId !== undefined) out.set(id, { numId, ilvl: ilvl ?? 0 })
  }
  return out
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * document.xml with each numbered paragraph's label written as its first run and its numPr taken
 * out (so mammoth reads a plain paragraph). Counters run per list (numId) and level as Word's do:
 * a level counts on from its start, deeper levels restart under it. Bullets are left as they are.
 */
export function labelNumberedParagraphs(documentXml: string, numbering: Numbering, styles = new Map<string, { numId: string; ilvl: number }>()): string {
  const counters = new Map<string, number[]>()
  const inChange = trackedChanges(documentXml)
  // A match never runs past the next <w:pPr>: openings without closings are read in one pass.
  return documentXml.replace(/<w:pPr>((?:(?!<w:pPr>)[\s\S])*?)<\/w:pPr>/g, (whole, inner: string, at: number) => {
    // A tracked change nests the old pPr in the new one: both are left to mammoth.
    if (inner.includes('<w:pPrChange') || inChange(at)) return whole
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(inner)
    const styleId = attr(/<w:pStyle\b[^>]*>/.exec(inner)?.[0] ?? '', 'w:val')
    const fromStyle = styleId === null ? undefined : styles.get(styleId)
    const numId = numPr ? attr(/<w:numId\b[^>]*>/.exec(numPr[1])?.[0] ?? '', 'w:val') : fromStyle?.numId
    const ilvlText = numPr ? attr(/<w:ilvl\b[^>]*>/.exec(numPr[1])?.[0] ?? '', 'w:val') : null
    const ilvl = ilvlText !== null ? Number(ilvlText) : (fromStyle?.ilvl ?? 0)
    if (!numId || numId === '0' || !Number.isInteger(ilvl) || ilvl < 0 || ilvl > MAX_LEVEL) return whole
    const levels = numbering.nums.get(numId)
    const level = levels?.get(ilvl)
    if (!levels || !level || level.fmt === 'bullet') return whole
    const count = counters.get(numId) ?? []
    for (let l = 0; l <= ilvl; l++) if (count[l] === undefined) count[l] = (levels.get(l)?.start ?? 1) - (l === ilvl ? 1 : 0)
    count[ilvl] += 1
    count.length = ilvl + 1
    counters.set(numId, count)
    const label = level.text.replace(/%(\d)/g, (_, k: string) => {
      const l = Number(k) - 1
      return formatNumber(count[l] ?? levels.get(l)?.start ?? 1, levels.get(l)?.fmt ?? 'decimal')
    })
    const pPr = numPr ? `<w:pPr>${inner.replace(numPr[0], '')}</w:pPr>` : `<w:pPr>${inner}<w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>`
    return label ? `${pPr}<w:r><w:t xml:space="preserve">${escapeXml(label)}</w:t></w:r>` : pPr
  })
}

/**
 * Whether an offset lies inside a <w:pPrChange> element; asked at rising offsets (a replace's
 * matches), so the elements are found once and passed by.
 */
function trackedChanges(xml: string): (at: number) => boolean {
  const spans: [number, number][] = []
  for (let from = xml.indexOf('<w:pPrChange'); from >= 0; from = xml.indexOf('<w:pPrChange', from + 1)) {
    const end = xml.indexOf('</w:pPrChange>', from)
    spans.push([from, end < 0 ? xml.length : end])
    if (end < 0) break
  }
  let k = 0
  return (at) => {
    while (k < spans.length && spans[k][1] < at) k++
    return k < spans.length && spans[k][0] < at
  }
}

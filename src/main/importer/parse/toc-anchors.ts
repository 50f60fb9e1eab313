// The 目录 pairs each 文号 with its document's title and spells each title whole. A reading of a
// page that a converter wrote in a scrambled order keeps those together when it reads the page
// right: a 文号 stands over or under lines of its own title, not of the next document's, and a
// title's lines follow one another. This is the issue's own word on which lines go together,
// whatever the columns or blocks looked like (text-streams.ts asks it).
import type { TocEntry } from '../../../shared/domain'
import { docNumberOfLine } from './header'
import { folded, isBlank } from './lines'

/** The 目录's titles (compact, NFKC) and which of them each 文号 names. */
export interface TocAnchors {
  byNumber: Map<string, number>
  titles: string[]
  /** What each line's text is to the 目录, worked out once per text (a reading tries many joins). */
  roles: Map<string, Role>
}

/** A line's part in the 目录: the title its 文号 names (-1: none), and the titles it is a piece of. */
interface Role {
  flat: string
  own: number
  pieceOf: number[]
}

/**
 * A 目录 longer than this is not an issue's (a gazette prints tens of documents) and is not asked:
 * each line read is looked up in every title, which a hostile 目录 would make quadratic.
 */
export const MAX_TOC_ENTRIES = 300

export function tocAnchors(entries: readonly TocEntry[]): TocAnchors {
  const titles = entries.length > MAX_TOC_ENTRIES ? [] : entries.map((e) => folded(e.title))
  const byNumber = new Map<string, number>()
  titles.forEach((_, k) => {
    const n = entries[k].docNumber
    if (n && !byNumber.has(n)) byNumber.set(n, k)
  })
  return { byNumber, titles, roles: new Map() }
}

/** The 目录's title (folded) of the document numbered `docNumber`, if it lists one. */
export function tocTitleOf(anchors: TocAnchors, docNumber: string): string | undefined {
  const k = anchors.byNumber.get(docNumber)
  return k === undefined ? undefined : anchors.titles[k]
}

/**
 * Whether `flat` (folded lines) spells the 目录's `title`: whole, or its tail from at least half of
 * it on (the issuer's name the 目录 sets before 关于 printed apart).
 */
export function spellsTitle(flat: string, title: string): boolean {
  return flat !== '' && (flat === title || (title.endsWith(flat) && 2 * flat.length >= title.length))
}

function roleOf(anchors: TocAnchors, text: string): Role {
  let r = anchors.roles.get(text)
  if (!r) {
    const flat = folded(text)
    const num = docNumberOfLine(text)
    const own = num ? (anchors.byNumber.get(num.docNumber) ?? -1) : -1
    const pieceOf = own >= 0 || flat === '' ? [] : anchors.titles.flatMap((t, k) => (t.includes(flat) ? [k] : []))
    r = { flat, own, pieceOf }
    anchors.roles.set(text, r)
  }
  return r
}

/** Reading a title's next line after its line: the 目录 spells the two together. */
const TITLE_GOES_ON = -6
/** A 文号 beside a line of its own title. */
const NUMBER_BY_TITLE = -3
/** A 文号 beside a line of another document's title only. */
const NUMBER_BY_OTHER = 6
/** A line this short may be a piece of any title ('的通知'): it tells nothing. */
const MIN_PIECE = 5
/** Two lines read together must spell this much of a title to count as its going on. */
const MIN_SPELT = 8

/**
 * A line the 目录 spells whole inside one of its titles, long enough to tell: a title's line, set
 * across the page however wide, is no two columns' lines joined on a row.
 */
export function spelledLine(anchors: TocAnchors, text: string): boolean {
  const r = roleOf(anchors, text)
  return r.flat.length >= MIN_SPELT && r.pieceOf.length > 0
}

/**
 * A line that ends the title the 目录 gives the 文号 line `number` (a piece long enough to tell):
 * the document's head stands whole, its title right over its 文号, and nothing goes on from it.
 */
export function endsOwnTitle(anchors: TocAnchors, text: string, number: string): boolean {
  const own = roleOf(anchors, number).own
  const flat = roleOf(anchors, text).flat
  return own >= 0 && flat.length >= MIN_PIECE && anchors.titles[own].endsWith(flat)
}

/**
 * A piece of one title alone, long enough to tell: an issuer's name ('国务院办公厅') starts many
 * titles and signs many documents, and says nothing of which.
 */
const telling = (r: Role): boolean => r.flat.length >= MIN_PIECE && r.pieceOf.length === 1

/** A line long enough, and in a title, for the title's next line to be looked for. */
const opensTitle = (r: Role): boolean => r.flat.length >= MIN_SPELT && r.pieceOf.length > 0

/** What the 目录 says of two lines read one after the other. */
type JoinKind = 'titleGoesOn' | 'numberByTitle' | 'numberByOther' | null

function joinKind(anchors: TocAnchors, a: string, b: string): JoinKind {
  if (anchors.titles.length === 0) return null
  const ra = roleOf(anchors, a)
  const rb = roleOf(anchors, b)
  const num = ra.own >= 0 ? ra : rb.own >= 0 ? rb : null
  if (num) {
    const other = num === ra ? rb : ra
    if (!telling(other)) return null
    return other.pieceOf.includes(num.own) ? 'numberByTitle' : 'numberByOther'
  }
  const both = ra.flat + rb.flat
  if (both.length < MIN_SPELT) return null
  return ra.pieceOf.some((k) => rb.pieceOf.includes(k) && anchors.titles[k].includes(both)) ? 'titleGoesOn' : null
}

const COST: Record<NonNullable<JoinKind>, number> = { titleGoesOn: TITLE_GOES_ON, numberByTitle: NUMBER_BY_TITLE, numberByOther: NUMBER_BY_OTHER }

/**
 * A line that ends a title the 目录 lists without a 文号 (a 通知 setting up a 领导小组): no 文号
 * stands under such a title, so its 主送机关 comes right after this line.
 */
export function endsUnnumberedTitle(anchors: TocAnchors, text: string): boolean {
  if (anchors.titles.length === 0) return false
  const r = roleOf(anchors, text)
  if (r.flat.length < MIN_PIECE) return false
  const numbered = new Set(anchors.byNumber.values())
  return r.pieceOf.some((k) => !numbered.has(k) && anchors.titles[k].endsWith(r.flat))
}

/** A line the 目录 names: a 文号 it lists, or a piece of one of its titles long enough to tell. */
export function namedByToc(anchors: TocAnchors, text: string): boolean {
  if (anchors.titles.length === 0) return false
  const r = roleOf(anchors, text)
  return r.own >= 0 || telling(r)
}

/**
 * A line of one of the 目录's titles ('通知', '…管理办法的通知'), or of the title of what one
 * 印发 ('兴县 2022 年度地质灾害防治方案', printed over the attachment): a document's head.
 */
export function inTitle(anchors: TocAnchors, text: string): boolean {
  if (anchors.titles.length === 0) return false
  const r = roleOf(anchors, text)
  return r.flat !== '' && r.pieceOf.length > 0
}

/** What the 目录 says of reading `b` right after `a` in one column: lower reads better. */
export function anchorJoin(anchors: TocAnchors, a: string, b: string): number {
  const kind = joinKind(anchors, a, b)
  return kind ? COST[kind] : 0
}

/**
 * What a reading of `texts` (blank lines skipped) parts that the 目录 keeps together: a 文号 beside
 * another document's title only, and a title's line not followed by its next line, which the
 * text holds elsewhere. A reading without these may still be wrong; one with them is.
 */
export function anchorDefects(texts: readonly string[], anchors: TocAnchors): number {
  if (anchors.titles.length === 0) return 0
  const lines = texts.filter((t) => !isBlank(t))
  let defects = 0
  lines.forEach((a, k) => {
    const next = lines[k + 1]
    const kind = next === undefined ? null : joinKind(anchors, a, next)
    if (kind === 'numberByOther') defects++
    if (!opensTitle(roleOf(anchors, a)) || kind === 'titleGoesOn') return
    if (lines.some((m, j) => j !== k && joinKind(anchors, a, m) === 'titleGoesOn')) defects++
  })
  return defects
}

/**
 * 文号 lines the 目录 lists that the text as written (`written`) prints beside a line of their own
 * title, over or under it, and a reading (`read`) parts from every line of it: the converter kept
 * the pair together, the 目录 says it is one, so a reading that parts it has crossed the columns
 * (county-xe-kai-inner page 3: a title set in the left column beside the right column's top).
 * A 文号 the text already prints apart from its title, or beside another's title too, is no word
 * on the reading.
 */
export function partedFromTitle(anchors: TocAnchors, written: readonly string[], read: readonly string[]): number {
  if (anchors.titles.length === 0) return 0
  // Each 文号's neighbours: lines of its own title, and lines of only another's.
  const besideTitle = (texts: readonly string[], alone: boolean): Set<string> => {
    const lines = texts.filter((t) => !isBlank(t))
    const out = new Set<string>()
    lines.forEach((t, k) => {
      const own = roleOf(anchors, t).own
      if (own < 0) return
      const near = [lines[k - 1], lines[k + 1]].filter((n) => n !== undefined).map((n) => roleOf(anchors, n))
      const mine = near.some((r) => r.flat.length >= MIN_PIECE && r.pieceOf.includes(own))
      const other = near.some((r) => r.flat.length >= MIN_PIECE && r.pieceOf.length > 0 && !r.pieceOf.includes(own))
      if (mine && (!alone || !other)) out.add(t)
    })
    return out
  }
  const kept = besideTitle(read, false)
  // A 文号 the text prints between its own title and another's says nothing of the reading.
  return [...besideTitle(written, true)].filter((t) => !kept.has(t)).length
}

/**
 * 文号 lines the text as written (`written`) prints right over their own title, spelt out: the
 * next line a piece of that title alone, and either the whole title or followed by its next line.
 * The converter wrote that head as one column does. Counts those a reading (`read`) no longer
 * prints right over the same title line: such a reading has crossed columns the page lacks.
 */
export function headsParted(anchors: TocAnchors, written: readonly string[], read: readonly string[]): number {
  if (anchors.titles.length === 0) return 0
  const w = written.filter((t) => !isBlank(t))
  const r = read.filter((t) => !isBlank(t))
  let parted = 0
  w.forEach((t, k) => {
    const own = roleOf(anchors, t).own
    const title = w[k + 1]
    if (own < 0 || title === undefined || joinKind(anchors, t, title) !== 'numberByTitle') return
    const whole = roleOf(anchors, title).flat === anchors.titles[own]
    const goesOn = w[k + 2] !== undefined && joinKind(anchors, title, w[k + 2]) === 'titleGoesOn'
    const at = r.indexOf(t)
    if ((whole || goesOn) && (at < 0 || r[at + 1] !== title)) parted++
  })
  return parted
}

/** A 主送机关 line's end: units, then a colon, no sentence before it. */
const ADDRESSED = /^[^。；;]{2,60}[：:]$/

/**
 * Whether a reading (`texts`) opens `number`'s document as the genre does: the 文号, right under
 * it its title spelt whole (each line a piece of the 目录's title, together all of it, its issuer's
 * name that the 目录 may set before it aside), then the 主送机关 (a line or two ending in a colon).
 */
export function opensDocument(anchors: TocAnchors, texts: readonly string[], number: string): boolean {
  const lines = texts.filter((t) => !isBlank(t))
  const k = lines.indexOf(number)
  const own = k < 0 ? -1 : roleOf(anchors, number).own
  if (own < 0) return false
  const title = anchors.titles[own]
  let flat = ''
  let j = k + 1
  for (; j < lines.length && roleOf(anchors, lines[j]).pieceOf.includes(own); j++) flat += roleOf(anchors, lines[j]).flat
  return spellsTitle(flat, title) && lines.slice(j, j + 2).some((t) => ADDRESSED.test(t.trim()))
}

/**
 * How often a reading of `texts` goes back in the 目录's order: a 文号 or a line of one title
 * only, of an entry listed before the last such line's. Documents follow one another as the 目录
 * lists them, so a reading of a page that goes back has its pieces in the wrong order.
 */
export function tocOrderBreaks(texts: readonly string[], anchors: TocAnchors): number {
  let last = -1
  let breaks = 0
  for (const t of texts) {
    if (isBlank(t)) continue
    const r = roleOf(anchors, t)
    const rank = r.own >= 0 ? r.own : telling(r) ? r.pieceOf[0] : -1
    if (rank < 0) continue
    if (rank < last) breaks++
    last = rank
  }
  return breaks
}

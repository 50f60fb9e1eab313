// The 目录 pairs each 文号 with its document's title. A reading of a page that a converter wrote
// in a scrambled order keeps those pairs together when it reads the page right: the 文号 line
// stands over or under lines of its own title, not of the next document's. The pairs are the
// issue's own word on what goes with what, whatever the columns or blocks looked like.
import type { TocEntry } from '../../../shared/domain'
import { docNumberOfLine } from './header'
import { compact, isBlank } from './lines'

/** The 目录's titles by 文号 (compact, NFKC), and every title (to tell another's title lines). */
export interface TocAnchors {
  byNumber: Map<string, string>
  titles: string[]
  /** What each line's text is to the 目录, worked out once per text (a reading tries many joins). */
  roles: Map<string, Role>
}

/** A line's part in the 目录: the title it lists under its 文号, and titles it is a piece of. */
interface Role {
  flat: string
  own: number
  pieceOf: number[]
}

const norm = (s: string): string => compact(s).normalize('NFKC')

export function tocAnchors(entries: readonly TocEntry[]): TocAnchors {
  const byNumber = new Map<string, string>()
  for (const e of entries) if (e.docNumber && !byNumber.has(e.docNumber)) byNumber.set(e.docNumber, norm(e.title))
  return { byNumber, titles: entries.map((e) => norm(e.title)), roles: new Map() }
}

/** A title's last wrapped line may be this short ('复', '诺函'); shorter pieces say nothing. */
const MIN_TAIL = 1

function roleOf(anchors: TocAnchors, text: string): Role {
  let r = anchors.roles.get(text)
  if (!r) {
    const flat = norm(text)
    const num = docNumberOfLine(text)
    const title = num ? anchors.byNumber.get(num.docNumber) : undefined
    const own = title === undefined ? -1 : anchors.titles.indexOf(title)
    const pieceOf = own >= 0 || flat.length < MIN_TAIL ? [] : anchors.titles.flatMap((t, k) => (t.includes(flat) ? [k] : []))
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
/** Two lines read together must spell this much of a title to count as its going on. */
const MIN_SPELT = 8

/** A piece of title `k` long enough to tell. */
const telling = (r: Role): boolean => r.flat.length >= MIN_PIECE && r.pieceOf.length > 0

/** What the 目录 says of reading `b` right after `a` in one column: lower reads better. */
export function anchorJoin(anchors: TocAnchors, a: string, b: string): number {
  if (anchors.titles.length === 0) return 0
  const ra = roleOf(anchors, a)
  const rb = roleOf(anchors, b)
  const num = ra.own >= 0 ? ra : rb.own >= 0 ? rb : null
  if (num) {
    const other = num === ra ? rb : ra
    if (!telling(other)) return 0
    return other.pieceOf.includes(num.own) ? NUMBER_BY_TITLE : NUMBER_BY_OTHER
  }
  const both = ra.flat + rb.flat
  if (both.length < MIN_SPELT) return 0
  return ra.pieceOf.some((k) => rb.pieceOf.includes(k) && anchors.titles[k].includes(both)) ? TITLE_GOES_ON : 0
}

/** A line this short may be a piece of any title ('复', '的通知'): it tells nothing. */
const MIN_PIECE = 5
/** How many text lines above and under a 文号 its title may take. */
const NEAR = 2

export interface AnchorScore {
  /** 文号 lines with a line of their own title beside them. */
  kept: number
  /** 文号 lines with only another document's title lines beside them. */
  crossed: number
}

/**
 * How well `texts` (a page or a run of it, in one reading) keeps the 目录's pairs: each 文号 line
 * the 目录 lists, and the title lines next to it (up to NEAR text lines either side).
 */
export function anchorScore(texts: readonly string[], anchors: TocAnchors): AnchorScore {
  const score = { kept: 0, crossed: 0 }
  if (anchors.byNumber.size === 0) return score
  const lines = texts.filter((t) => !isBlank(t)).map((t) => ({ text: t, flat: norm(t) }))
  lines.forEach((l, i) => {
    const num = docNumberOfLine(l.text)
    const own = num ? anchors.byNumber.get(num.docNumber) : undefined
    if (!own) return
    const near = [...lines.slice(Math.max(0, i - NEAR), i), ...lines.slice(i + 1, i + 1 + NEAR)].map((n) => n.flat).filter((f) => f.length >= MIN_PIECE)
    if (near.some((f) => own.includes(f))) score.kept++
    else if (near.some((f) => anchors.titles.some((t) => t !== own && t.includes(f)))) score.crossed++
  })
  return score
}

/**
 * `after` sets more 文号 beside another document's title than `before`. (A 文号 that merely loses
 * its title's lines may be a reading that is right but for that line: it is not held against it.)
 */
export function breaksAnchors(before: AnchorScore, after: AnchorScore): boolean {
  return after.crossed > before.crossed
}

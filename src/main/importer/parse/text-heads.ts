// An issue without its cover (dropped in scanning, exported from the 目录 on): in text alone the
// running heads are lines of the text, and they name the gazette and its 期 from the body's pages
// on. A head repeats over the pages; one line naming a 公报 is no head.
import { toHalfWidth } from '../../../shared/doc-number'
import { findGazetteName, parseCover, type Cover } from './cover'
import { compact, type SourceLine } from './lines'
import { parseNumeral } from './dates'

/** How often a head must be printed before it is the issue's: on two pages at least. */
const MIN_PAGES = 2

/** A head set in two corners comes out as two lines; the 期 label is one ('2022 年第 6 期（总第 161 期）'). */
const ISSUE_LABEL = /^(?:19|20)\d{2}年?第[0-9一二三四五六七八九十]{1,3}期(?:[(（]?总第[0-9一二三四五六七八九十百]{1,5}期[)）]?)?$/

/** The line's text as a head compares: no spaces, half-width digits and brackets. */
function headText(l: SourceLine): string {
  return compact(toHalfWidth(l.text))
}

/** The most frequent key printed at least MIN_PAGES times, or null. */
function mostRepeated(keys: string[]): string | null {
  const count = new Map<string, number>()
  for (const k of keys) count.set(k, (count.get(k) ?? 0) + 1)
  const best = [...count].sort((a, b) => b[1] - a[1])[0]
  return best && best[1] >= MIN_PAGES ? best[0] : null
}

/**
 * The issue's name, year and 期 from the running heads its text repeats (the gazette alone on
 * its line or with its 期, and the 期 label set apart), for a text whose first page names none.
 * Nothing is taken from a name printed once: a document may cite another gazette.
 */
export function coverFromTextHeads(lines: readonly SourceLine[]): Cover {
  const named = lines.map((l) => ({ l, name: findGazetteName([{ no: l.no, text: headText(l) }]) }))
  const gazette = mostRepeated(named.flatMap((n) => (n.name ? [n.name] : [])))
  if (!gazette) return { meta: null, lines: [] }
  const heads = named.filter((n) => n.name === gazette).map((n) => headText(n.l))
  const label = mostRepeated(lines.map(headText).filter((t) => ISSUE_LABEL.test(t)))
  // The head most printed with its 期, else the gazette alone followed by its 期 label.
  const text = mostRepeated(heads.filter((h) => h !== gazette)) ?? gazette
  const headLines = [{ no: 1, text }, ...(label ? [{ no: 2, text: label }] : [])]
  return { ...parseCover(headLines, headLines.length), lines: [] }
}

/** The 期 label the pages repeat ('2022年第6期(总第161期)'), read; null when none repeats. */
export function issueLabelFromTextHeads(lines: readonly SourceLine[]): { year: number; issueNo: number; totalNo: number | null } | null {
  const label = mostRepeated(lines.map(headText).filter((t) => ISSUE_LABEL.test(t)))
  const m = label ? /^((?:19|20)\d{2})年?第([0-9一二三四五六七八九十]{1,3})期(?:[(（]?总第([0-9一二三四五六七八九十百]{1,5})期)?/.exec(label) : null
  if (!m) return null
  return { year: Number(m[1]), issueNo: parseNumeral(m[2]), totalNo: m[3] ? parseNumeral(m[3]) : null }
}

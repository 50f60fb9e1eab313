// The 栏目 of a 目录 read as pieces (toc-fragments.ts) are placed by where the body prints their
// names. A body with no 栏目 banners names them only in its running heads, and a running head names
// the 栏目 of its page, not where the 栏目 starts: a document opening on a page whose head names no
// 栏目 (alternating heads: the 期 on one side) stands before the first head naming its own 栏目, and
// would fall to the 栏目 before. The 目录 still says where: its heading stands right over its first
// entry, whose title's opening is the next one the text gives after the heading.
import { searchable, type Piece } from './toc-piece-joins'
import { BAND_LINE } from './section-spelled'
import { compact } from './lines'

export interface PlacedEntry {
  entry: { category: string }
  /** Where the body prints the title. */
  at: number
  /** The entry's pieces (indexes), in its order. */
  pieces: number[]
}

/** A 目录 heading: its 栏目's name, its text as printed, the line it stands on, and where the body first prints the name. */
export interface PlacedHeading {
  name: string
  text: string
  line: number
  at: number
}

/**
 * The body names the 栏目 only in running heads: no heading as the 目录 prints it (`printed`,
 * '【国务院办公厅文件】', '四、…'), no band letter-spaced on one line or spelled a character or two
 * to a line, only plain lines of the name.
 */
export function runningHeadsOnly(name: string, printed: string, bodyLines: string[], rawLines: string[]): boolean {
  const key = searchable(name)
  const heading = searchable(printed)
  if (heading === key) return false
  let plain = false
  for (let k = 0; k < bodyLines.length; k++) {
    if (bodyLines[k].includes(heading)) return false
    if (bodyLines[k] === key) {
      if (/\S\s+\S/.test(rawLines[k].trim())) return false
      plain = true
    }
    if (bodyLines[k].length === 0 || bodyLines[k].length > BAND_LINE || !key.startsWith(bodyLines[k])) continue
    let spelled = ''
    for (let n = k; n < bodyLines.length && spelled.length < key.length; n++) {
      if (bodyLines[n].length === 0) continue
      if (bodyLines[n].length > BAND_LINE) break
      spelled += bodyLines[n]
    }
    if (spelled === key) return false
  }
  return plain
}

/**
 * Each 栏目 placed by a running head alone takes the entry the body prints right before its first
 * one, when that entry's opening is the next the 目录's text gives after the heading and its own
 * 栏目 keeps an entry before it. `found` is in the body's order. In place.
 */
export function firstsUnderHeadings(found: PlacedEntry[], pieces: Piece[], headings: PlacedHeading[], runningHead: (h: PlacedHeading) => boolean): void {
  for (const h of headings) {
    if (!runningHead(h)) continue
    const first = found.findIndex((e) => e.entry.category === h.name)
    if (first < 2) continue
    const [before, prior] = [found[first - 1], found[first - 2]]
    if (before.entry.category === h.name || prior.entry.category !== before.entry.category) continue
    const next = pieces.findIndex((p) => p.opens && p.line > h.line)
    if (next >= 0 && before.pieces[0] === next) before.entry.category = h.name
  }
  keepBlocks(found, pieces, headings)
}

/**
 * An entry whose lines the text gives under those of the entry before it, no 目录 heading between
 * (one column's block: '【市政府办公室文件】' / its first entry / this one), and the heading of the
 * next 栏目 after them, stands under that entry's 栏目, though the body prints the next 栏目's
 * banner before its title (the other column's banner, written before this column's lines on one
 * baseline). Only the last entry of the 栏目 in the body's order moves, one at most. In place.
 */
function keepBlocks(found: PlacedEntry[], pieces: Piece[], headings: PlacedHeading[]): void {
  const lines = (e: PlacedEntry): number[] => e.pieces.map((k) => pieces[k].line)
  const moved = new Set<PlacedEntry>()
  for (let k = 1; k < found.length; k++) {
    const [a, b] = [found[k - 1], found[k]]
    if (a.entry.category === b.entry.category || a.entry.category === '' || found.slice(k + 1).some((e) => e.entry.category === a.entry.category)) continue
    // All of its lines after the other's: not two columns' lines written in turn.
    if (Math.min(...lines(b)) < Math.max(...lines(a))) continue
    const from = Math.min(...lines(a))
    const to = Math.max(...lines(b))
    const over = headings.filter((h) => h.line < from).sort((x, y) => x.line - y.line).pop()
    if (over?.name !== a.entry.category || headings.some((h) => h.line > from && h.line < to)) continue
    // The 目录 prints the heading of the 栏目 the body gave it after its lines: not over it.
    if (!headings.some((h) => h.name === b.entry.category && h.line > to) || moved.has(a)) continue
    b.entry.category = a.entry.category
    moved.add(b)
  }
}

/**
 * A line of the 目录 (`lines`) that is a 栏目 heading (`heading`) printed with its mark, read into an
 * entry's title (`read`): a 目录 in two columns written line by line in turn, the right column's
 * heading between the left column's first title's lines (city-docx-sw-toc2: '国务院办公厅关于全面推行行政执法公示'
 * / '三、部门联合发文' / '制度执法全过程记录制度重大执法决定法'). Its entries are read as pieces.
 */
export function headingWithin(lines: readonly { text: string }[], read: readonly { title: string }[], heading: (text: string) => string | null): boolean {
  return lines.some((l) => {
    // The heading's line printed with its mark ('三、', '【…】'): a name alone may stand in a title.
    const line = compact(l.text)
    const name = heading(l.text)
    return name !== null && name !== '' && line !== name && read.some((e) => compact(e.title).includes(line))
  })
}

// Where the plain text's column reading goes wrong, against the page: each line of a typeset
// fixture's .txt is labelled with its true column from the layout's .pdf (pdftotext -bbox-layout
// word boxes, split at the page's middle), the text is parsed, and each page's lines as read are
// compared with the page's true order (each band between lines set across the page: its left
// column down, then its right). Prints per page the lines, the joins broken (a line not followed
// by the one that follows it on the page), lines out of order, and the kind of place each broken
// join sits at; then the counts of each kind.
// Usage: npx tsx scripts/stream-truth.ts tests/fixtures/typeset/tuning/X/X.txt [...more]
//   [--pages] (each page's count and kinds) [--page=N] (page N's lines as read: L/R/S, true rank,
//   .txt line, ✗ where a join breaks) [--merged] (lines still holding both columns after the reading)
//   [--joins[=KIND]] (each broken join: the line read, the line read after it, the line the page goes on with).
// The true order is the columns' order: a page that sets a document inside another's columns
// (county-xe-kai-inner) reads otherwise; lines of one text are matched first come, first served.
// Tuning layouts only: held-out layouts are never debugged on.
import { readFileSync } from 'node:fs'
import { parseIssueTraced } from '../src/main/importer/parse/parse-issue'
import { pageStarts } from '../src/main/importer/parse/text-pages'
import { isBlank } from '../src/main/importer/parse/lines'
import { bboxPages, matchText, squash, trueOrder } from './page-truth'

interface Piece {
  text: string
  /** 0 left, 1 right, 2 across the page. */
  col: number
  y: number
  /** Its place in the page's true reading order. */
  rank: number
  /** Index of the .txt line it stands on, and whether that line holds another piece too. */
  txtLine: number
  merged: boolean
}

function pdfPieces(pdf: string): Piece[][] {
  return bboxPages(pdf).map(({ width, lines }) => {
    const mid = gutterOf(lines.flat(), width)
    const pieces: Piece[] = []
    for (const words of lines) {
      const y = Math.min(...words.map((w) => w.y))
      if (words.some((w) => w.x0 < mid - 6 && w.x1 > mid + 6)) {
        pieces.push({ text: squash(words.map((w) => w.text).join('')), col: 2, y, rank: 0, txtLine: -1, merged: false })
        continue
      }
      for (const col of [0, 1]) {
        const ws = words.filter((w) => (col === 0 ? w.x1 <= mid + 6 : w.x1 > mid + 6))
        if (ws.length) pieces.push({ text: squash(ws.map((w) => w.text).join('')), col, y, rank: 0, txtLine: -1, merged: false })
      }
    }
    return trueOrder(pieces, (p) => p.col === 2, (p) => (p.col === 2 ? 0 : p.col))
  })
}

/** Share of the page's width, each side of its middle, a gutter is looked for within. */
const GUTTER_WITHIN = 0.2

/**
 * The page's gutter: the x nearest the middle that the fewest words cross, within GUTTER_WITHIN
 * of it. Columns of unequal widths (a Word section's, 25 hanzi beside 17) part off the middle.
 */
function gutterOf(words: readonly { x0: number; x1: number }[], width: number): number {
  let best = width / 2
  let fewest = Infinity
  for (let d = 0; d <= GUTTER_WITHIN * width; d += 2) {
    for (const x of [width / 2 - d, width / 2 + d]) {
      const n = words.filter((w) => w.x0 < x && w.x1 > x).length
      if (n < fewest) [best, fewest] = [x, n]
    }
  }
  return best
}

const SHORT = 12
const looksTitle = (t: string): boolean => /^关于|(通知|意见|决定|办法|规定|批复|方案|公告|通告|报告|函)$/.test(t)
const looksHeading = (t: string): boolean => t.length <= SHORT || /^([（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[条章])/.test(t) && !/[，。；]/.test(t.slice(0, 16))

function main(args: string[]): void {
  const showPages = args.includes('--pages')
  const showMerged = args.includes('--merged')
  const showPage = Number(args.find((a) => a.startsWith('--page='))?.slice(7) ?? 0)
  const showJoins = args.find((a) => a.startsWith('--joins'))?.slice(8)
  const total = new Map<string, number>()
  for (const file of args.filter((a) => !a.startsWith('--'))) {
    if (file.includes('held-out')) throw new Error('held-out layouts are never debugged on')
    const text = readFileSync(file, 'utf8')
    const pdf = pdfPieces(file.replace(/\.txt$/, '.pdf'))
    const { lines } = parseIssueTraced(text)
    const raw = text.split('\n').flatMap((l) => l.split('\f'))
    const starts = pageStarts(lines)
    const kinds = new Map<string, number>()
    let [allLines, allBroken, allRawBroken, allOut] = [0, 0, 0, 0]
    starts.forEach((start, p) => {
      const pieces = pdf[p] ?? []
      if (!pieces.some((x) => x.col === 0) || !pieces.some((x) => x.col === 1)) return
      const end = starts[p + 1] ?? lines.length
      // The .txt's own lines: which pieces each holds (merged: a line of each column).
      const used = new Set<Piece>()
      for (let i = start; i < end; i++) {
        if (isBlank(raw[i] ?? '')) continue
        const got = matchText(raw[i], pieces, used)
        for (const g of got) [g.txtLine, g.merged] = [i, got.length > 1 && got.some((x) => x.col !== got[0].col)]
      }
      if (args.includes('--blocks')) blockStats(raw, start, end, pieces, p + 1)
      const readUsed = new Set<Piece>()
      const read: Piece[] = []
      const whole = new Set<Piece>()
      const paired = new Set<Piece>()
      for (let i = start; i < end; i++) {
        if (isBlank(lines[i].text)) continue
        const got = matchText(lines[i].text, pieces, readUsed)
        // A line of each column still on one line: the reading did not split it.
        if (got.some((x) => x.col === 0) && got.some((x) => x.col === 1)) {
          const joined = new Set(got.map((g) => g.txtLine)).size > 1
          for (const g of got) (joined ? paired : whole).add(g)
          if (showMerged) console.log(`  merged ${file.split("/").pop()} p${p + 1}: ${got.map((g) => 'LRS'[g.col] + ' ' + g.text).join(' | ')}`)
        }
        read.push(...got)
      }
      const asWritten = pieces.filter((x) => x.txtLine >= 0).sort((a, b) => a.txtLine - b.txtLine || (a.merged ? a.col - b.col : 0))
      const present = [...read].sort((a, b) => a.rank - b.rank)
      const nextOf = new Map(present.map((x, k) => [x, present[k + 1]]))
      const broken = (seq: Piece[]): number => seq.slice(1).filter((q, k) => nextOf.get(seq[k]) !== q).length
      const b = broken(read)
      const rb = broken(asWritten.filter((x) => readUsed.has(x)))
      const out = read.length - lis(read.map((x) => x.rank))
      ;[allLines, allBroken, allRawBroken, allOut] = [allLines + read.length, allBroken + b, allRawBroken + rb, allOut + out]
      const asIs = read.every((x, k) => k === 0 || x.txtLine >= read[k - 1].txtLine)
      const firstBody = present.filter((x) => x.col !== 2).slice(0, 3)
      const pageKinds: string[] = []
      read.slice(1).forEach((q, k) => {
        const a = read[k]
        const s = nextOf.get(a)
        if (s === q) return
        const kind = classify(a, s, q, present, firstBody, asIs, whole, paired)
        pageKinds.push(kind)
        if (showJoins !== undefined && (showJoins === '' || kind.startsWith(showJoins))) console.log(`  p${p + 1} ${kind}: ${'LRS'[a.col]} t${a.txtLine} ${a.text} → ${'LRS'[q.col]} t${q.txtLine} ${q.text}  (page: ${s ? `${'LRS'[s.col]} t${s.txtLine} ${s.text}` : '-'})`)
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1)
      })
      if (showPage === p + 1) for (const [k, x] of read.entries()) console.log(`${k > 0 && nextOf.get(read[k - 1]) !== x ? '✗' : ' '} ${'LRS'[x.col]}${String(x.rank).padStart(3)} t${x.txtLine}${x.merged ? 'm' : ' '} ${x.text}`)
      if (showPages && b > 0) console.log(`  page ${p + 1}: ${read.length} lines, ${b} joins broken (as written ${rb}), ${out} out of order; ${pageKinds.join(', ')}`)
    })
    console.log(`${file.split('/').pop()}: ${allLines} lines, ${allBroken} joins broken (as written ${allRawBroken}), ${allOut} out of order`)
    console.log(`  ${[...kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`)
    for (const [k, n] of kinds) total.set(k, (total.get(k) ?? 0) + n)
  }
  console.log(`all: ${[...total].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`)
}

/**
 * The kind of place a broken join sits at: `a` read, then `q`, where the page goes on with `s`.
 * The first kind that fits, in this order.
 */
function classify(a: Piece, s: Piece | undefined, q: Piece, present: Piece[], firstBody: Piece[], asIs: boolean, whole: Set<Piece>, paired: Set<Piece>): string {
  if (asIs) return 'page left as written'
  if (!s) return 'page end'
  if (whole.has(a) || whole.has(s) || whole.has(q)) return 'merged line not split'
  if (paired.has(a) || paired.has(s) || paired.has(q)) return 'lines of both columns joined (a label, a table cell)'
  if (a.col === 2 || s.col === 2 || q.col === 2) return 'across-page line'
  if (a.col === 0 && s.col === 1) return 'column join (left foot → right top)'
  if (a.col !== s.col) return 'band boundary'
  if (a.merged || s.merged) return 'merged line'
  if (firstBody.includes(a) || firstBody.includes(s)) return 'page top'
  if (looksTitle(s.text) || looksTitle(a.text)) return 'title'
  if (looksHeading(s.text)) return 'heading / short line'
  if (present.indexOf(s) >= 0 && s.txtLine >= 0 && a.txtLine >= 0 && Math.abs(s.txtLine - a.txtLine) > 12) return 'far apart in the text'
  return 'mid-column'
}

/**
 * Lines the .txt prints together (no blank line between) on a page: how many pairs hold one
 * column's lines, how many a line of each, against the share of the page's lines alone.
 */
function blockStats(raw: string[], start: number, end: number, pieces: Piece[], page: number): void {
  const colOf = (i: number): number | undefined => {
    const ps = pieces.filter((x) => x.txtLine === i)
    return ps.length === 1 && ps[0].col !== 2 ? ps[0].col : undefined
  }
  let [alone, lines, same, mixed] = [0, 0, 0, 0]
  const pairs: string[] = []
  for (let i = start; i < end; i++) {
    if (isBlank(raw[i] ?? '')) continue
    lines++
    const prevBlank = i === start || isBlank(raw[i - 1] ?? '')
    const nextBlank = i + 1 >= end || isBlank(raw[i + 1] ?? '')
    if (prevBlank && nextBlank) alone++
    if (nextBlank) continue
    const [a, b] = [colOf(i), colOf(i + 1)]
    if (a === undefined || b === undefined) continue
    if (a === b) same++
    else {
      mixed++
      pairs.push(`${'LR'[a]} ${raw[i].trim()} / ${'LR'[b]} ${raw[i + 1].trim()}`)
    }
  }
  console.log(`  blocks p${page}: ${lines} lines, ${alone} alone (${Math.round((100 * alone) / Math.max(1, lines))}%), pairs in a block: ${same} one column, ${mixed} both`)
  if (args.includes('--blocks=all')) for (const x of pairs) console.log(`    ${x}`)
}
const args = process.argv.slice(2)

/** Length of the longest increasing subsequence. */
function lis(xs: number[]): number {
  const tails: number[] = []
  for (const x of xs) {
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const m = (lo + hi) >> 1
      if (tails[m] < x) lo = m + 1
      else hi = m
    }
    tails[lo] = x
  }
  return tails.length
}

main(process.argv.slice(2))

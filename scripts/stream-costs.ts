// Whether a page's two-stream reading goes wrong in the cost model or after it: each run of
// column lines that text-streams.ts reads (runsOf) is read as text-two-streams.ts reads it
// (twoStreams, joinedStreams, then undoCrossings), each unit given its true column from the
// layout's .pdf (word boxes split at the page's middle, as stream-truth.ts does), and the true
// reading priced by the same model (readingCost). A true reading that costs more than the one
// chosen is the model's fault: the joins the two readings differ at are printed with their costs
// (a join that reads well by chance, '…组织上有力，' / '兴县 2022 年度…', shows there). A true
// reading that costs no more, yet the page reads wrong in stream-truth.ts, went wrong after the
// model (which stream reads first, the 目录's word, a later step).
// Usage: npx tsx scripts/stream-costs.ts tests/fixtures/typeset/tuning/X/X.txt [--page=N] [--units] [--stays] [--bare]
//   (--units: each unit with its true and chosen column, ≠ where they differ; --stays: each stay
//   the true reading pays for). Where the true reading costs more, its cost and the chosen one's
//   are split into their terms (stays, switches, joins, gaps mid-sentence): the joins printed
//   differ little where a stay term (STAY_ALONE between lines alone) makes the true reading dear.
// The text is read as parse-issue gives it to the column readings (ParseOptions.beforeStreams:
// its earlier steps done, labels paired, closings ordered, name lists paired, the lines written
// after a folio marked), as stream-costs3.ts reads it; --bare: the plain pages (furniture blanked,
// a line's pieces joined) without those steps, as this script read them before. A page's verdict
// may differ between the two: prov3-song-bare p6's name list, its cells a line each, makes the
// true reading dear only in the bare text, where its rows are not yet paired. Duplicated lines (a signature printed twice on a page) are
// matched first come, first served, as in stream-truth.ts.
// Tuning layouts only: held-out layouts are never debugged on.
import { readFileSync } from 'node:fs'
import { isBlank, splitLines } from '../src/main/importer/parse/lines'
import { blankFurniture, pageStarts } from '../src/main/importer/parse/text-pages'
import { pageWidths } from '../src/main/importer/parse/text-page-widths'
import { countBigrams } from '../src/main/importer/parse/text-bigrams'
import { runsOf } from '../src/main/importer/parse/text-streams'
import { joinLinePieces } from '../src/main/importer/parse/text-line-pieces'
import { parseIssueTraced } from '../src/main/importer/parse/parse-issue'
import type { SourceLine } from '../src/main/importer/parse/lines'
import { joinedStreams } from '../src/main/importer/parse/text-two-streams'
import { gapsMidSentence, readingCost, undoCrossings } from '../src/main/importer/parse/text-crossings'
import { mendNumbering } from '../src/main/importer/parse/text-label-order'
import { joinCost, type JoinContext, type Unit } from '../src/main/importer/parse/text-joins'
import { stayCost, switchCost } from '../src/main/importer/parse/text-stays'
import { bboxPages, matchText, squash } from './page-truth'

interface Piece {
  text: string
  /** 0 left, 1 right, 2 across the page. */
  col: number
}

function pagePieces(pdf: string): Piece[][] {
  return bboxPages(pdf).map(({ width, lines }) => {
    const mid = width / 2
    const pieces: Piece[] = []
    for (const words of lines) {
      if (words.some((w) => w.x0 < mid - 6 && w.x1 > mid + 6)) {
        pieces.push({ text: squash(words.map((w) => w.text).join('')), col: 2 })
        continue
      }
      for (const col of [0, 1]) {
        const ws = words.filter((w) => (col === 0 ? w.x1 <= mid + 6 : w.x1 > mid + 6))
        if (ws.length) pieces.push({ text: squash(ws.map((w) => w.text).join('')), col })
      }
    }
    return pieces
  })
}

/**
 * The lines as the column readings get them, and those written after a page's folio; bare: the
 * text with its furniture blanked and a column's line pdftotext wrote in pieces joined into one
 * unit (text-line-pieces.ts), parse-issue's other steps not done.
 */
function linesRead(text: string, bare: boolean): { lines: SourceLine[]; foot: ReadonlySet<number> } {
  if (bare) return { lines: joinLinePieces(blankFurniture(splitLines(text), 0), 0), foot: new Set() }
  let given: { lines: SourceLine[]; foot: ReadonlySet<number> } | null = null
  parseIssueTraced(text, { beforeStreams: (l, f) => (given = { lines: [...l], foot: f }) })
  if (!given) throw new Error('the text never reached the column readings (run with --bare)')
  return given
}

/** Each unit's join into it from the line before it in its stream: [that line's index, cost]. */
function joinsOf(run: Unit[], columns: number[], ctx: JoinContext): Map<number, [number, number]> {
  const last = [-1, -1]
  const out = new Map<number, [number, number]>()
  run.forEach((u, k) => {
    const c = columns[k]
    if (last[c] >= 0) out.set(k, [last[c], joinCost(ctx, run[last[c]], u)])
    last[c] = k
  })
  return out
}

/** A reading's cost by its terms, as readingCost sums them (and the gaps mid-sentence text-crossings.ts adds). */
function costTerms(run: Unit[], columns: number[], ctx: JoinContext): string {
  let [stays, switches, joins] = [0, 0, 0]
  const last = [-1, -1]
  run.forEach((u, k) => {
    const c = columns[k]
    if (k > 0) {
      if (columns[k - 1] === c) stays += stayCost(run[k - 1], u, ctx.full)
      else switches += switchCost(run[k - 1], u)
      if (last[c] >= 0) joins += joinCost(ctx, run[last[c]], u)
    }
    last[c] = k
  })
  const gaps = gapsMidSentence(run, columns, ctx.full).length
  return `stays ${stays.toFixed(1)}, switches ${switches.toFixed(1)}, joins ${joins.toFixed(1)}, gaps mid-sentence ${gaps}`
}

/** Each stay the reading pays for: the two units, and what it costs. */
function paidStays(run: Unit[], columns: number[], ctx: JoinContext): string[] {
  const text = (k: number): string => run[k].text.trim().slice(0, 18)
  return run.flatMap((u, k) => {
    const cost = k > 0 && columns[k - 1] === columns[k] ? stayCost(run[k - 1], u, ctx.full) : 0
    return cost > 0 ? [`  stay ${cost}: ${text(k - 1)} / ${text(k)}`] : []
  })
}

function main(args: string[]): void {
  const file = args.find((a) => !a.startsWith('--'))
  if (!file) throw new Error('usage: stream-costs.ts X.txt [--page=N] [--units]')
  if (file.includes('held-out')) throw new Error('held-out layouts are never debugged on')
  const only = Number(args.find((a) => a.startsWith('--page='))?.slice(7) ?? 0)
  const units = args.includes('--units')
  const { lines, foot } = linesRead(readFileSync(file, 'utf8'), args.includes('--bare'))
  const starts = pageStarts(lines)
  const fullAt = pageWidths(lines, 0)
  if (!fullAt) throw new Error('no column width: text not hard-wrapped')
  const grams = countBigrams(lines.filter((l) => !isBlank(l.text)).map((l) => l.text))
  const pdf = pagePieces(file.replace(/\.txt$/, '.pdf'))
  let [worse, runs, misread, total] = [0, 0, 0, 0]
  starts.forEach((start, p) => {
    if (only && only !== p + 1) return
    const end = starts[p + 1] ?? lines.length
    const ctx: JoinContext = { full: fullAt(start), grams }
    const used = new Set<Piece>()
    for (const run of runsOf(lines, start, end, ctx.full)) {
      if (run.length < 4) continue
      for (const u of run) if (foot.has(u.line)) u.foot = true
      // The true columns, the run's first column-set unit's column read as 0 (streams are symmetric).
      const got = run.map((u) => matchText(u.text, pdf[p] ?? [], used)[0]?.col ?? 2)
      const first = got.find((c) => c < 2) ?? 0
      const truth = got.map((c) => (c < 2 ? (c === first ? 0 : 1) : 0))
      const joined = joinedStreams(run, ctx)
      if (!joined) continue
      const chosen = mendNumbering(run, undoCrossings(run, joined.columns, ctx).columns, ctx)
      const [t, r] = [readingCost(run, truth, ctx), readingCost(run, chosen, ctx)]
      runs++
      if (t > r + 1e-9) worse++
      // Units the chosen reading puts in the other stream than the page (streams are symmetric).
      const off = run.filter((_, k) => truth[k] !== chosen[k]).length
      misread += Math.min(off, run.length - off)
      total += run.length
      console.log(`p${p + 1} run ${run[0].line}-${run[run.length - 1].line} (${run.length} units, full ${ctx.full}): true ${t.toFixed(1)}, chosen ${r.toFixed(1)}${t > r + 1e-9 ? '  ← the model prefers the wrong reading' : ''}`)
      const [jt, jr] = [joinsOf(run, truth, ctx), joinsOf(run, chosen, ctx)]
      const text = (k: number): string => run[k].text.trim().slice(0, 18)
      for (let k = 0; k < run.length; k++) {
        const [a, b] = [jt.get(k), jr.get(k)]
        if (a?.[0] === b?.[0]) continue
        const side = (j?: [number, number]): string => (j ? `${text(j[0])} (${j[1].toFixed(1)})` : '-')
        console.log(`  into ${text(k)}: true from ${side(a)} | chosen from ${side(b)}`)
      }
      if (t > r + 1e-9) console.log(`  true: ${costTerms(run, truth, ctx)}\n  chosen: ${costTerms(run, chosen, ctx)}`)
      if (args.includes('--stays')) for (const line of paidStays(run, truth, ctx)) console.log(line)
      if (units) run.forEach((u, k) => console.log(`  ${truth[k] === chosen[k] ? ' ' : '≠'} ${truth[k]} ${chosen[k]} ${u.alone ? 'alone' : u.blankBefore ? 'block' : '     '} ${u.line} ${text(k)}`))
    }
  })
  console.log(`${file.split('/').pop()}: ${runs} runs read, ${worse} where the true reading costs more than the one chosen, ${misread}/${total} units in the wrong stream`)
}

main(process.argv.slice(2))

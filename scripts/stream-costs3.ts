// Whether a three-column page's reading goes wrong in the three-stream model or in its search: each
// run of pieces text-streams3.ts reads (pieceRuns) is read as it is (threeStreamsLate), each unit
// given its true column from the layout's .pdf (columns where the page's word boxes start, as
// stream-truth3.ts finds them), and the true reading priced by the same table (threeStreams with the
// columns given). A true reading that costs more than the one chosen is the model's fault (the
// joins the two readings differ at are printed with their costs); one the table cannot reach at
// all (no reading: a column's last line further back than its WINDOW, or cut off by BEAM/STATES)
// is the search's; one that costs less, yet was not chosen, lost in the beam.
// Usage: npx tsx scripts/stream-costs3.ts tests/fixtures/typeset/tuning/X/X.txt [--page=N] [--units] [--joins] [--rows] [--tally] [--bare] [--beam=N]
//   (--units: each unit with its true and chosen column, ≠ where they differ; --joins: the joins
//   the two readings differ at; --rows: what the true reading pays at each unit beyond its joins,
//   the rows' part, with the columns' counts of lines; --tally: those costs summed over the file by
//   the move into each unit, from>to column and the unit's kind). The chosen reading's joins are its
//   streams' (a line put back is read where it went).
// The .txt is read as the importer reads it (page-truth.ts textAsRead: rows of joined columns read
// apart first), then as parse-issue gives it to the column readings (ParseOptions.beforeStreams:
// its earlier steps done, labels paired, closings ordered, name lists paired; the lines written
// after a folio marked, as readStreams marks them); --bare: the text with its furniture blanked
// only, as stream-costs.ts reads it. --beam=N: the true reading is priced with that beam, not the
// reading's BEAM (20): a true reading in which a column waits many rows (its lines written late, as
// a block) falls more than 20 behind the same reading with that column ended, and is let go before
// its column's lines come; with --beam=200 most runs called unreachable are priced (city-web-3col-c:
// 8 -> 3). The chosen reading keeps BEAM. Tuning layouts only: held-out layouts are never debugged on.
import { isBlank, splitLines } from '../src/main/importer/parse/lines'
import { blankFurniture, pageStarts } from '../src/main/importer/parse/text-pages'
import { parseIssueTraced } from '../src/main/importer/parse/parse-issue'
import { pageWidths } from '../src/main/importer/parse/text-page-widths'
import { countBigrams } from '../src/main/importer/parse/text-bigrams'
import { pieceRuns } from '../src/main/importer/parse/text-pieces3'
import { threeStreams } from '../src/main/importer/parse/text-streams3'
import { threeStreamsLate } from '../src/main/importer/parse/text-streams3-late'
import { joinCost, type JoinContext, type Unit } from '../src/main/importer/parse/text-joins'
import { closingCost, stayCost, switchCost } from '../src/main/importer/parse/text-stays'
import { matchText, textAsRead, threeColumnPages, type Piece3 } from './page-truth'

/** Each unit's join into it from the line before it in its column: [that line's index, cost]. */
function joinsOf(run: Unit[], columns: readonly number[], ctx: JoinContext): Map<number, [number, number]> {
  const last = [-1, -1, -1]
  const out = new Map<number, [number, number]>()
  run.forEach((u, k) => {
    const c = columns[k]
    if (c < 0) return
    if (last[c] >= 0) out.set(k, [last[c], joinCost(ctx, run[last[c]], u)])
    last[c] = k
  })
  return out
}

function main(args: string[]): void {
  const file = args.find((a) => !a.startsWith('--'))
  if (!file) throw new Error('usage: stream-costs3.ts X.txt [--page=N] [--units] [--joins] [--rows] [--tally] [--bare] [--beam=N]')
  if (file.includes('held-out')) throw new Error('held-out layouts are never debugged on')
  const only = Number(args.find((a) => a.startsWith('--page='))?.slice(7) ?? 0)
  const beam = Number(args.find((a) => a.startsWith('--beam='))?.slice(7) ?? 0) || undefined
  // The lines as the column readings get them (the repairs before them done: labels paired,
  // closings ordered), and those written after a page's folio; with --bare, the text with its
  // furniture blanked only.
  const text = textAsRead(file)
  let lines = blankFurniture(splitLines(text), 0)
  let foot: ReadonlySet<number> = new Set()
  if (!args.includes('--bare')) {
    let given = false
    parseIssueTraced(text, {
      beforeStreams: (l, f) => {
        ;[lines, foot, given] = [[...l], f, true]
      },
    })
    if (!given) throw new Error('the text never reached the column readings (run with --bare)')
  }
  const starts = pageStarts(lines)
  const fullAt = pageWidths(lines, 0)
  if (!fullAt) throw new Error('no column width: text not hard-wrapped')
  const grams = countBigrams(lines.filter((l) => !isBlank(l.text)).map((l) => l.text))
  const pdf = threeColumnPages(file.replace(/\.txt$/, '.pdf'))
  // --tally: what the true readings pay in rows, by the move into each unit: [cost, units, units that pay].
  const moves = new Map<string, [number, number, number]>()
  const tally = { runs: 0, right: 0, model: 0, unreachable: 0, beam: 0, units: 0, off: 0, offPerm: 0, joins: 0 }
  starts.forEach((start, p) => {
    if ((only && only !== p + 1) || pdf[p]?.cols !== 3) return
    const end = starts[p + 1] ?? lines.length
    const ctx: JoinContext = { full: fullAt(start), grams }
    const used = new Set<Piece3>()
    for (const run of pieceRuns(lines, start, end, ctx.full)) {
      if (run.length < 6) continue
      for (const u of run) if (foot.has(u.line)) u.foot = true
      const truth = run.map((u) => matchText(u.text, pdf[p].pieces, used)[0]?.col ?? -1)
      const chosen = threeStreamsLate(run, ctx)
      if (!chosen) continue
      const forced = threeStreams(run, ctx, truth, undefined, beam)
      const off = run.filter((_, k) => truth[k] >= 0 && truth[k] !== chosen.columns[k]).length
      // The columns as chosen but in the best left-to-right order: what a reading gets wrong only
      // in the order of its three streams.
      const PERMS = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]]
      const offAs = (q: number[]): number => run.filter((_, k) => truth[k] >= 0 && truth[k] !== q[chosen.columns[k]]).length
      const offPerm = Math.min(...PERMS.map(offAs))
      tally.offPerm += offPerm
      tally.runs++
      tally.units += run.length
      tally.off += off
      // Joins the reading gets wrong: a unit whose line before it in its column is not the page's.
      const jt = joinsOf(run, truth, ctx)
      // The chosen reading's joins in its streams' order (lines put back read where they went).
      const jr = new Map<number, [number, number]>()
      for (const seq of chosen.streams) for (let j = 1; j < seq.length; j++) jr.set(seq[j], [seq[j - 1], joinCost(ctx, run[seq[j - 1]], run[seq[j]])])
      const wrong = run.filter((_, k) => truth[k] >= 0 && jt.get(k)?.[0] !== jr.get(k)?.[0]).length
      tally.joins += wrong
      let verdict = ''
      if (off === 0) tally.right++
      else if (!forced) [verdict, tally.unreachable] = ['  ← the table cannot reach the true reading', tally.unreachable + 1]
      else if (forced.total > chosen.total + 1e-9) [verdict, tally.model] = ['  ← the model prefers the wrong reading', tally.model + 1]
      else [verdict, tally.beam] = ['  ← the true reading costs no more: lost in the search', tally.beam + 1]
      if (!forced && off) {
        // Where the true reading falls out of the table: the shortest head of the run it cannot read.
        let [lo, hi] = [3, run.length]
        while (lo < hi) {
          const m = (lo + hi) >> 1
          if (threeStreams(run.slice(0, m), ctx, truth, undefined, beam)) lo = m + 1
          else hi = m
        }
        const k = lo - 1
        let back = 1
        while (k - back >= 0 && truth[k - back] !== truth[k]) back++
        verdict += ` (at unit ${k}, line ${run[k].line} ${truth[k] < 0 ? '?' : 'LMR'[truth[k]]}, its column's last unit ${back} back${run[k].mergedRight ? ', a merged part' : ''})`
      }
      console.log(`p${p + 1} run ${run[0].line}-${run[run.length - 1].line} (${run.length} units, full ${ctx.full}): ${off} off (${offPerm} in the best order), ${wrong} joins wrong; true ${forced ? `${forced.total.toFixed(1)} (joins ${forced.cost.toFixed(1)})` : '—'}, chosen ${chosen.total.toFixed(1)} (joins ${chosen.cost.toFixed(1)})${verdict}`)
      const text = (k: number): string => run[k].text.trim().slice(0, 16)
      if (args.includes('--joins') && off) {
        for (let k = 0; k < run.length; k++) {
          const [a, b] = [jt.get(k), jr.get(k)]
          if (a?.[0] === b?.[0]) continue
          const side = (j?: [number, number]): string => (j ? `${text(j[0])} (${j[1].toFixed(1)})` : '-')
          console.log(`  into ${text(k)}: true from ${side(a)} | chosen from ${side(b)}`)
        }
      }
      if ((args.includes('--rows') || args.includes('--tally')) && forced?.path) {
        // What the true reading pays beyond its joins at each unit: the rows' part.
        const last = [-1, -1, -1]
        let sum = 0
        run.forEach((u, k) => {
          const c = truth[k]
          const step = forced.path![k] - (k > 0 ? forced.path![k - 1] : 0)
          let j = 0
          if (k > 0 && c >= 0) {
            const a = run[k - 1]
            if (truth[k - 1] === c) j = joinCost(ctx, a, u) + (u.blankBefore || a.mergedRight ? closingCost(a, u, ctx.full) : stayCost(a, u, ctx.full))
            else j = (last[c] >= 0 ? joinCost(ctx, run[last[c]], u) + closingCost(run[last[c]], u, ctx.full) : 0) + switchCost(a, u)
          }
          if (c >= 0) last[c] = k
          const rows = step - j
          sum += rows
          // The move into the unit (from the unit before's true column) and the unit's kind.
          const move = `${k > 0 && truth[k - 1] >= 0 ? 'LMR'[truth[k - 1]] : '-'}>${c < 0 ? '?' : 'LMR'[c]} ${u.mergedRight ? 'merged' : u.alone ? 'alone' : u.blankBefore ? 'block' : 'in block'}`
          const m = moves.get(move) ?? [0, 0, 0]
          moves.set(move, [m[0] + rows, m[1] + 1, m[2] + (rows > 0.5 ? 1 : 0)])
          if (!args.includes('--rows')) return
          const counts = [0, 1, 2].map((x) => truth.slice(0, k + 1).filter((t) => t === x).length).join('/')
          console.log(`  ${truth[k] < 0 ? '?' : 'LMR'[truth[k]]} rows ${rows.toFixed(1).padStart(5)} sum ${sum.toFixed(1).padStart(6)} ${counts.padEnd(9)} ${u.alone ? 'alone' : u.blankBefore ? 'block' : '     '} ${u.line} ${text(k)}`)
        })
      }
      if (args.includes('--units')) {
        run.forEach((u, k) => {
          const mark = truth[k] >= 0 && truth[k] !== chosen.columns[k] ? '≠' : ' '
          const kind = u.mergedRight ? 'merged' : u.alone ? 'alone ' : u.blankBefore ? 'block ' : '      '
          // What each reading pays at the unit, all told (joins, rows): the true one's, the chosen one's.
          const step = (r: typeof chosen): string => (r?.path ? (r.path[k] - (k > 0 ? r.path[k - 1] : 0)).toFixed(1).padStart(5) : '    —')
          console.log(`  ${mark} ${truth[k] < 0 ? '?' : 'LMR'[truth[k]]} ${'LMR'[chosen.columns[k]]} ${step(forced)} ${step(chosen)} ${kind} ${u.line} ${text(k)}`)
        })
      }
    }
  })
  const t = tally
  if (args.includes('--tally')) {
    console.log('the true readings\' rows, by the move into a unit (from>to, its kind): cost, units, units that pay')
    for (const [move, [cost, n, paid]] of [...moves].sort((a, b) => b[1][0] - a[1][0])) console.log(`  ${move.padEnd(14)} ${cost.toFixed(1).padStart(7)} ${String(n).padStart(5)} ${String(paid).padStart(5)}`)
  }
  console.log(`${file.split('/').pop()}: ${t.runs} runs, ${t.right} read right; of the rest ${t.model} the model's fault, ${t.unreachable} unreachable, ${t.beam} lost in the search; ${t.off}/${t.units} units in the wrong column (${t.offPerm} with each run's columns in the best order), ${t.joins} joins wrong`)
}

main(process.argv.slice(2))

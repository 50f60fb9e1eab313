// For ACCURACY_DETAIL=2: each source paragraph that did not come out whole, beside the pieces it
// came out as (out paragraphs sharing text with it, in any document), so misses can be sorted by
// cause (split, merged with a neighbour, lines shuffled, landed in another document).
import { norm, type OutDoc, type TruthDoc } from './accuracy-score'

const PROBE = 8

function shares(piece: string, truth: string): boolean {
  for (let i = 0; i + PROBE <= piece.length; i += PROBE) if (truth.includes(piece.slice(i, i + PROBE))) return true
  return piece.length > 0 && piece.length < PROBE && truth.includes(piece)
}

function clip(s: string, n = 60): string {
  return s.length > n ? `${s.slice(0, n / 2)}…${s.slice(-n / 2)}` : s
}

/**
 * Why a paragraph is not whole: 'split' (consecutive out paragraphs of one document join to it:
 * a break too many), 'glued' (an out paragraph holds it whole with more: a break missing), else
 * 'mixed' (its lines went elsewhere: columns or documents shuffled).
 */
function cause(p: string, outs: OutDoc[]): string {
  for (const o of outs) {
    const ps = o.paragraphs.map(norm)
    if (ps.some((q) => q.includes(p))) return 'glued'
    for (let a = 0; a < ps.length; a++) {
      let s = ''
      for (let b = a; b < ps.length && s.length < p.length; b++) {
        s += ps[b]
        if (s === p) return 'split'
      }
    }
  }
  return 'mixed'
}

export function paragraphMisses(outs: OutDoc[], truths: TruthDoc[]): string[] {
  const all = outs.flatMap((o, d) => o.paragraphs.map((p) => ({ d, text: norm(p) })))
  const whole = new Set(all.map((p) => p.text))
  const lines: string[] = []
  const counts: Record<string, number> = {}
  for (const t of truths) {
    const mine = new Set(outs.filter((o) => o.title && norm(o.title) === norm(t.title)).flatMap((o) => o.paragraphs.map(norm)))
    for (const p of t.paragraphs.map(norm)) {
      if (mine.has(p)) continue
      if (whole.has(p)) {
        counts['other document'] = (counts['other document'] ?? 0) + 1
        lines.push(`  seq ${t.seq} whole in another document: ${clip(p)}`)
        continue
      }
      const pieces = all.filter((q) => shares(q.text, p)).slice(0, 4)
      const why = cause(p, outs)
      counts[why] = (counts[why] ?? 0) + 1
      lines.push(`  seq ${t.seq} miss (${why}): ${clip(p)}`)
      for (const q of pieces) lines.push(`      doc ${q.d}: ${clip(q.text)}${p.includes(q.text) ? ' [part]' : ' [mixed]'}`)
    }
  }
  lines.push(`  misses by cause: ${Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ')}`)
  return lines
}

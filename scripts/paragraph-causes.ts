// Why each truth paragraph of a typeset fixture's plain text does not come out whole, sorted by
// cause and counted. Each miss is laid against the document's paragraphs as parsed (all joined,
// with a mark where one ends): breaks inside it are cuts, a paragraph that runs on past its ends
// is glued to what follows or precedes, text inside that is not its own is another column's lines
// or a page's furniture. A cut is typed by the .txt lines on its two sides: adjacent lines (the
// break was judged wrong: the line's edge is shown), a page feed between them, other lines between
// (a column's foot and the next column's head not rejoined), or the rest standing before it.
// Usage: npx tsx scripts/paragraph-causes.ts tests/fixtures/typeset/tuning/X/X.txt [--list[=CAUSE]] [--docs]
//   (--docs: each truth document's misses by cause, named by its 文号 or title)
// Tuning layouts only: held-out layouts are never debugged on.
import { readFileSync } from 'node:fs'
import { parseIssueTraced } from '../src/main/importer/parse/parse-issue'
import { textEdges } from '../src/main/importer/parse/text-flow'
import { norm, type TruthDoc } from '../bench/lib/accuracy-score'
import { foldIdeographs } from '../src/main/importer/read/fold-glyphs'
import { readLayoutColumns } from '../src/main/importer/layout/text-layout-columns'
import { readJoinedColumns } from '../src/main/importer/layout/text-joined-columns'

interface Out {
  text: string
  kind: string
  /** Source line numbers of its first and last line, when the draft block is known. */
  first?: number
  last?: number
}

const LABEL = /^([（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、．]|第[一二三四五六七八九十百零〇\d]+[条章节])/
const DATE = /^[二〇○一二三四五六七八九十\d]{4}年.{1,3}月.{1,3}日$/

/** What a truth paragraph is, as a neighbour something is glued to. */
function kindOf(p: string, title: string): string {
  if (DATE.test(p)) return 'date'
  if (norm(title) === p) return 'title'
  if (/^[（(]此件|^[（(].*公开|公开属性|公开方式|信息公开/.test(p)) return 'public-note'
  if (/^附件[：:]/.test(p)) return 'attachment-note'
  if (/〔\d{4}〕\d+号$/.test(p) && p.length < 30) return 'docnumber'
  if (LABEL.test(p) && p.length <= 40 && !/。/.test(p.slice(0, -1))) return 'heading'
  if (p.length <= 30 && !/[。，；：]/.test(p)) return 'short-line (signature/heading/name)'
  return 'paragraph'
}

/** LCS alignment of a against b: runs of b's characters that a lacks, and of a's that b lacks. */
function diff(a: string, b: string): { inserted: string[]; deleted: string[] } | null {
  const n = a.length
  const m = b.length
  if ((n + 1) * (m + 1) > 30_000_000) return null
  const w = m + 1
  const t = new Int32Array((n + 1) * w)
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) t[i * w + j] = a[i] === b[j] ? t[(i + 1) * w + j + 1] + 1 : Math.max(t[(i + 1) * w + j], t[i * w + j + 1])
  const inserted: string[] = []
  const deleted: string[] = []
  let i = 0
  let j = 0
  let ins = ''
  let del = ''
  const flush = (): void => {
    if (ins) inserted.push(ins)
    if (del) deleted.push(del)
    ins = ''
    del = ''
  }
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      flush()
      i++
      j++
    } else if (j < m && (i >= n || t[i * w + j + 1] >= t[(i + 1) * w + j])) ins += b[j++]
    else del += a[i++]
  }
  flush()
  return { inserted, deleted }
}

const SEP = '\u0001'

function main(args: string[]): void {
  const file = args[0]
  if (file.includes('held-out')) throw new Error('held-out layouts are never debugged on')
  const list = args.find((a) => a.startsWith('--list'))
  const byDoc = args.includes('--docs')
  const perDoc = new Map<string, Map<string, number>>()
  const only = list?.includes('=') ? list.slice(7) : null
  const truth = (JSON.parse(readFileSync(file.replace(/(\.layout)?\.txt$/, '.truth.json'), 'utf8')) as { documents: TruthDoc[] }).documents
  // As the importer reads it: columns kept in place (.layout.txt) or joined on a row read apart.
  const text = readJoinedColumns(readLayoutColumns(foldIdeographs(readFileSync(file, 'utf8'))))
  const raw = text.replace(/\r\n?/g, '\n').split('\n')
  const traced = parseIssueTraced(text)
  const edges = textEdges(traced.lines)
  const lineAt = new Map(traced.lines.map((l, i) => [l.no, i]))
  const allTruth = norm(truth.flatMap((t) => [t.title, ...t.paragraphs]).join(''))
  const docs = traced.issue.documents.map((d, k) => {
    const drafts = traced.documents[k]?.drafts ?? []
    const outs: Out[] = d.blocks.map((b) => {
      const dr = drafts.find((x) => norm(x.text) === norm(b.text))
      return { text: norm(b.text), kind: b.kind, first: dr?.lines[0], last: dr?.lines[dr.lines.length - 1] }
    })
    return { title: d.title ?? '', number: d.docNumber ?? '', issuers: d.issuers, outs }
  })
  const counts = new Map<string, number>()
  const add = (c: string): void => void counts.set(c, (counts.get(c) ?? 0) + 1)
  let miss = 0
  for (const t of truth) {
    const num = (s: string | null): string => norm(s).replace(/[[(【〔]/g, '〔').replace(/[\])】〕]/g, '〕')
    const o =
      docs.find((x) => t.docNumber && x.number && num(x.number) === num(t.docNumber)) ??
      docs.find((x) => norm(x.title) === norm(t.title) || norm(x.title) === norm(t.issuers.join('')) + norm(t.title))
    const outs = o?.outs ?? []
    const have = new Set(outs.map((x) => x.text))
    const os = outs.map((x) => x.text).join(SEP)
    const starts: number[] = []
    outs.reduce((at, x) => (starts.push(at), at + x.text.length + 1), 0)
    const outAt = (pos: number): number => {
      let k = 0
      while (k + 1 < starts.length && starts[k + 1] <= pos) k++
      return k
    }
    const paras = t.paragraphs.map(norm)
    paras.forEach((p, pi) => {
      if (have.has(p)) return
      miss++
      const causes: string[] = []
      const probe = Math.min(8, p.length)
      let from = locate(os, p, 1)
      let to = locate(os, p, -1, Math.max(from, 0))
      if (from < 0 && to < 0) {
        causes.push(whole(p, docs, o) ? 'in another document' : 'not found (scrambled or lost)')
      } else {
        if (from < 0) from = Math.max(0, to - p.length - 20)
        if (to < 0 || to - from > 3 * p.length + 200) to = Math.min(os.length, from + p.length + 20)
        const region = os.slice(from, to)
        const plain = region.split(SEP).join('')
        if (plain !== p) {
          const d = diff(p, plain)
          if (!d) causes.push('scrambled (too far apart)')
          else {
            for (const s of d.inserted.filter((s) => s.length >= 2)) causes.push(allTruth.includes(s) ? 'foreign lines inside (other column/text)' : /^[\d\-—·第页期年总]+$/.test(s) || !allTruth.includes(s.slice(0, 4)) ? 'running head/folio inside' : 'foreign lines inside (other column/text)')
            if (d.deleted.some((s) => s.length >= 2)) causes.push('part missing (went elsewhere)')
            if (!d.inserted.some((s) => s.length >= 2) && !d.deleted.some((s) => s.length >= 2)) causes.push('a character differs')
          }
        }
        // Cuts: separators inside the region.
        for (let k = region.indexOf(SEP); k >= 0; k = region.indexOf(SEP, k + 1)) {
          const a = outs[outAt(from + k)]
          const b = outs[outAt(from + k + 1)]
          causes.push(`cut: ${cutKind(a, b, raw, edges, lineAt)}`)
        }
        // Glued: the region does not start or end where a paragraph does.
        if (from > 0 && os[from - 1] !== SEP) causes.push(`glued after: ${kindOf(neighbour(os, from, -1, paras, pi - 1), t.title)}`)
        if (to < os.length && os[to] !== SEP) causes.push(`glued before: ${kindOf(neighbour(os, to, 1, paras, pi + 1), t.title)}`)
      }
      const main = primary(causes)
      add(main)
      if (byDoc) {
        const key = `${(t.docNumber ?? t.title).slice(0, 24)}`
        const m = perDoc.get(key) ?? new Map<string, number>()
        m.set(main, (m.get(main) ?? 0) + 1)
        perDoc.set(key, m)
      }
      if (list !== undefined && (!only || main.includes(only))) {
        console.log(`\n[${main}] ${causes.join('; ')}\n  TRUTH ${p.slice(0, 60)}…${p.slice(-30)}`)
        const around = outs.filter((x) => x.text.includes(p.slice(0, probe)) || x.text.includes(p.slice(-probe)))
        for (const x of around) console.log(`  OUT(${x.kind} ${x.first}-${x.last}) ${x.text.slice(0, 60)}…${x.text.slice(-30)}`)
      }
    })
  }
  console.log(`${file.split('/').pop()}: ${miss} not whole`)
  for (const [c, n] of [...counts].sort((x, y) => y[1] - x[1])) console.log(`  ${String(n).padStart(4)}  ${c}`)
  for (const [d, m] of perDoc) console.log(`  ${d}: ${[...m].map(([c, n]) => `${c.split(' (')[0]} ${n}`).join(', ')}`)
}

/**
 * Where p starts (dir 1) or ends (dir -1) in the joined paragraphs: of the places its first (last)
 * characters stand, the one from which most of p follows (precedes), paragraph ends aside.
 */
function locate(os: string, p: string, dir: 1 | -1, after = 0): number {
  const probe = Math.min(8, p.length)
  const key = dir === 1 ? p.slice(0, probe) : p.slice(-probe)
  let best = -1
  let bestRun = -1
  for (let at = os.indexOf(key, after); at >= 0; at = os.indexOf(key, at + 1)) {
    let run = 0
    if (dir === 1) {
      for (let i = at, k = 0; i < os.length && k < p.length; i++) {
        if (os[i] === SEP) continue
        if (os[i] !== p[k]) break
        run++
        k++
      }
    } else {
      for (let i = at + probe - 1, k = p.length - 1; i >= 0 && k >= 0; i--) {
        if (os[i] === SEP) continue
        if (os[i] !== p[k]) break
        run++
        k--
      }
    }
    if (run > bestRun) [best, bestRun] = [at, run]
  }
  return best < 0 || dir === 1 ? best : best + probe
}

/** The truth paragraph next to p when the glued text is it, else the glued text itself. */
function neighbour(os: string, at: number, dir: 1 | -1, paras: string[], k: number): string {
  const seg = dir === 1 ? os.slice(at).split(SEP)[0] : os.slice(0, at).split(SEP).pop() ?? ''
  const p = paras[k]
  if (p && (dir === 1 ? p.startsWith(seg.slice(0, 6)) : p.endsWith(seg.slice(-6)))) return p
  return seg
}

function whole(p: string, docs: { outs: Out[] }[], mine: unknown): boolean {
  return docs.some((d) => d !== mine && d.outs.some((x) => x.text.includes(p.slice(0, 8))))
}

/** Order of blame: text out of place first, then breaks too many, then breaks missing. */
function primary(causes: string[]): string {
  const order = ['not found', 'in another', 'scrambled', 'foreign lines', 'running head', 'part missing', 'cut:', 'glued', 'a character']
  for (const o of order) {
    const c = causes.find((x) => x.startsWith(o))
    if (c) return c
  }
  return causes[0] ?? 'unknown'
}

/** Where the .txt puts the two sides of a cut. */
function cutKind(a: Out, b: Out, raw: string[], edges: Map<number, string>, lineAt: Map<number, number>): string {
  if (a.last === undefined || b.first === undefined) return 'lines unknown'
  const la = a.last
  const lb = b.first
  if (lb < la) return 'rest stands before it in the .txt (columns swapped)'
  if (lb === la) return 'inside one line'
  const between = raw.slice(la, lb - 1)
  const feed = raw.slice(la, lb).some((l) => l.includes('\f'))
  const other = between.filter((l) => l.trim() !== '' && !l.includes('\f'))
  const joinedInOrder = (lineAt.get(lb) ?? -1) > (lineAt.get(la) ?? 0)
  if (feed) return `across a page feed${other.length > 3 ? ' (other text between)' : ''}${joinedInOrder ? '' : ' [order]'}`
  if (other.length > 0) return `other lines between in the .txt (${other.length > 2 ? 'column foot/head' : 'interleaved'})`
  const e = edges.get(la) ?? '?'
  const endStop = /[。；！？：]$/.test(a.text)
  const label = LABEL.test(b.text)
  return `adjacent lines, edge=${e}${endStop ? ' after stop' : ''}${label ? ' before label' : ''}${a.kind !== 'paragraph' ? ` (${a.kind})` : ''}${b.kind !== 'paragraph' ? ` (→${b.kind})` : ''}`
}

main(process.argv.slice(2))

// Dev tool: how honest the confidence stays when the converter errs. Takes each tuning layout's
// txt and layout.txt, applies realistic converter faults one at a time (two adjacent lines or
// blocks swapped, a line moved into the neighbouring document, a 文号 / signature / date / 目录
// row dropped, two lines glued, the 目录's last page cut, a title line split) and page-level ones
// (PAGE_FAULTS: a page's columns read in the other order, a closing floated past the page's end, a
// 文号 line read across its title, a 栏目 banner lost, two blocks read line by line across), parses through the
// real reader and parser (in process, no database), scores against the truth and counts the
// wrong fields that sit in documents NOT marked doubtful (silent). Seeded and deterministic.
//
// npx tsx scripts/confidence-faults.ts [layout…]
//   FAULTS_EXT=txt|layout.txt|both (default both)   FAULTS_N=instances per kind (default 3)
//   FAULTS_SEED=n (default 1)   FAULTS_KINDS=swapLines,glue,swapColumns,…   FAULTS_N=0: the unfaulted line alone   FAULTS_SHOW=worst examples per kind (default 4)
//   FAULTS_JSON=FILE writes every silent wrong field (for diffing before → after)
//   FAULTS_ONLY=FILE parses only the faults a FAULTS_JSON file lists: the confidence only adds
//   doubts, so after a change to it the silent fields can only be among those (quick re-measure)
//   FAULTS_WRITE=DIR writes each faulted text that left a field silent to DIR (to read it, or parse it
//   with scripts/parse-to-json.ts)
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readSource } from '../src/main/importer/read/read-source'
import { parseIssue } from '../src/main/importer/parse/parse-issue'
import { isDoubtful } from '../src/main/importer/parse/confidence'
import { FIELDS, norm, score, type OutDoc, type TruthDoc } from '../bench/lib/accuracy-score'
import { rng } from './seeded-rng'

const ROOT = join(__dirname, '..', 'tests', 'fixtures', 'typeset', 'tuning')
const EXTS = process.env.FAULTS_EXT && process.env.FAULTS_EXT !== 'both' ? [process.env.FAULTS_EXT] : ['txt', 'layout.txt']
const N = Number(process.env.FAULTS_N ?? 3)
const SEED = Number(process.env.FAULTS_SEED ?? 1)
const SHOW = Number(process.env.FAULTS_SHOW ?? 4)

interface Ctx {
  lines: string[]
  truth: TruthDoc[]
  /** Line index where the body starts (after the 目录): faults on body lines stay in the body. */
  bodyFrom: number
  toc: { from: number; to: number; pages: [number, number][] }
  pick: <T>(xs: readonly T[]) => T | undefined
}

type Fault = (c: Ctx) => { lines: string[]; what: string } | null

const DATE_LINE = /^\s*(?:[〇零一二三四五六七八九十○Ｏ0-9]{4}|20\d{2})\s*年\s*[〇零一二三四五六七八九十0-9]{1,3}\s*月\s*[〇零一二三四五六七八九十0-9]{1,3}\s*日\s*$/
const NUMBER_LINE = /^\s*\S{1,12}\s*[〔［[（(【]\s*(?:19|20)\d{2}\s*[〕］\]）)】]\s*\d{1,4}\s*号\s*$/
const TOC_ROW = /(?:…|\.{3,}|·{3,}|—{3,}).*\d+\s*$|\s\d{1,3}\s*$/

const text = (l: string): boolean => l.trim().length > 0
const short = (s: string): string => (s.trim().length > 24 ? `${s.trim().slice(0, 24)}…` : s.trim())

/** Lines in the body that are text, one page's (no form feed) pair with the next. */
function bodyLines(c: Ctx, ok: (l: string, i: number) => boolean = text): number[] {
  const out: number[] = []
  for (let i = c.bodyFrom; i < c.lines.length; i++) if (ok(c.lines[i], i)) out.push(i)
  return out
}

/** The next text line after i on the same page, or -1. */
function nextText(lines: string[], i: number): number {
  for (let k = i + 1; k < lines.length; k++) {
    if (lines[k].includes('\f')) return -1
    if (text(lines[k])) return k
  }
  return -1
}

const drop = (predicate: (l: string, c: Ctx, i: number) => boolean, name: string): Fault => (c) => {
  const i = c.pick(bodyLines(c, (l, k) => predicate(l, c, k)))
  if (i === undefined) return null
  const lines = [...c.lines]
  // Keep a form feed the line carried.
  lines[i] = lines[i].includes('\f') ? '\f' : ''
  return { lines, what: `${name}: ${short(c.lines[i])}` }
}

const FAULTS: Record<string, Fault> = {
  swapLines: (c) => {
    const i = c.pick(bodyLines(c, (l, k) => text(l) && !l.includes('\f') && nextText(c.lines, k) >= 0))
    if (i === undefined) return null
    const j = nextText(c.lines, i)
    const lines = [...c.lines]
    ;[lines[i], lines[j]] = [lines[j], lines[i]]
    return { lines, what: `swap ${short(c.lines[i])} ⇄ ${short(c.lines[j])}` }
  },
  swapBlocks: (c) => {
    // Blocks: runs of text lines between blank lines, on one page.
    const blocks: [number, number][] = []
    let start = -1
    for (let i = c.bodyFrom; i <= c.lines.length; i++) {
      const l = c.lines[i]
      const isText = l !== undefined && text(l) && !l.includes('\f')
      if (isText && start < 0) start = i
      if (!isText && start >= 0) {
        blocks.push([start, i])
        start = -1
      }
      if (l?.includes('\f')) blocks.push([-1, -1])
    }
    const pairs: number[] = []
    blocks.forEach((b, k) => {
      const n = blocks[k + 1]
      if (b[0] >= 0 && n && n[0] >= 0 && n[0] - b[1] <= 2) pairs.push(k)
    })
    const k = c.pick(pairs)
    if (k === undefined) return null
    const [a, b] = [blocks[k], blocks[k + 1]]
    const lines = [...c.lines.slice(0, a[0]), ...c.lines.slice(b[0], b[1]), ...c.lines.slice(a[1], b[0]), ...c.lines.slice(a[0], a[1]), ...c.lines.slice(b[1])]
    return { lines, what: `swap blocks at ${short(c.lines[a[0]])} ⇄ ${short(c.lines[b[0]])}` }
  },
  moveLine: (c) => {
    // A line of one document's end (its last lines before the next title) read after the next title.
    const titles = c.truth.map((t) => norm(t.title).slice(0, 8)).filter((t) => t.length >= 6)
    const starts = bodyLines(c, (l) => text(l) && titles.some((t) => norm(l).indexOf(t) >= 0 && norm(l).indexOf(t) <= 20))
    const at = c.pick(starts)
    if (at === undefined) return null
    const before: number[] = []
    for (let k = at - 1; k >= c.bodyFrom && before.length < 6; k--) if (text(c.lines[k]) && !c.lines[k].includes('\f')) before.push(k)
    const from = c.pick(before)
    if (from === undefined) return null
    const lines = [...c.lines]
    const [moved] = lines.splice(from, 1)
    // After the title and one more line (the title's own block): into the neighbour's opening.
    const to = Math.min(lines.length, at + 2)
    lines.splice(to, 0, moved)
    return { lines, what: `move ${short(moved)} past ${short(c.lines[at])}` }
  },
  dropNumber: drop((l) => NUMBER_LINE.test(l), 'drop 文号'),
  dropDate: drop((l) => DATE_LINE.test(l), 'drop date'),
  dropSignature: drop((l, c, i) => {
    const n = nextText(c.lines, i)
    return text(l) && l.trim().length <= 30 && !DATE_LINE.test(l) && n >= 0 && DATE_LINE.test(c.lines[n])
  }, 'drop signature'),
  dropTocRow: (c) => {
    const rows: number[] = []
    for (let i = c.toc.from; i < c.toc.to; i++) if (TOC_ROW.test(c.lines[i]) && !c.lines[i].includes('\f')) rows.push(i)
    const i = c.pick(rows)
    if (i === undefined) return null
    const lines = [...c.lines]
    lines[i] = ''
    return { lines, what: `drop 目录 row: ${short(c.lines[i])}` }
  },
  glue: (c) => {
    const i = c.pick(bodyLines(c, (l, k) => text(l) && !l.includes('\f') && nextText(c.lines, k) === k + 1))
    if (i === undefined) return null
    const lines = [...c.lines]
    lines.splice(i, 2, lines[i].trimEnd() + lines[i + 1].trimStart())
    return { lines, what: `glue ${short(c.lines[i])} + ${short(c.lines[i + 1])}` }
  },
  cutTocPage: (c) => {
    if (c.toc.pages.length < 2) {
      // One 目录 page: its second half lost.
      const rows: number[] = []
      for (let i = c.toc.from; i < c.toc.to; i++) if (TOC_ROW.test(c.lines[i])) rows.push(i)
      if (rows.length < 4) return null
      const cut = rows[Math.floor(rows.length / 2)]
      const lines = c.lines.map((l, i) => (i >= cut && i <= rows[rows.length - 1] ? (l.includes('\f') ? '\f' : '') : l))
      return { lines, what: `cut 目录 rows from ${short(c.lines[cut])}` }
    }
    const [a, b] = c.toc.pages[c.toc.pages.length - 1]
    const lines = c.lines.map((l, i) => (i >= a && i < b ? (l.includes('\f') ? '\f' : '') : l))
    return { lines, what: `cut 目录 page (${b - a} lines)` }
  },
  splitTitle: (c) => {
    const titles = c.truth.map((t) => norm(t.title)).filter((t) => t.length >= 10)
    const at = c.pick(bodyLines(c, (l) => norm(l).length >= 10 && titles.some((t) => t.includes(norm(l)) || norm(l).includes(t))))
    if (at === undefined) return null
    const l = c.lines[at]
    const indent = /^\s*/.exec(l)?.[0] ?? ''
    const body = l.slice(indent.length).trimEnd()
    const cut = Math.max(2, Math.floor(body.length * (0.3 + 0.4 * Number(c.pick([0, 0.5, 1])))))
    const lines = [...c.lines]
    lines.splice(at, 1, indent + body.slice(0, cut), indent + body.slice(cut))
    return { lines, what: `split title ${short(body.slice(0, cut))} / ${short(body.slice(cut))}` }
  },
}

/**
 * The body's pages as line ranges [from, to): a page opens at the line that carries its form feed
 * (pdftotext writes it before the page's first line), which the page faults never move.
 */
function bodyPages(c: Ctx): [number, number][] {
  const starts = [c.bodyFrom]
  for (let i = c.bodyFrom + 1; i < c.lines.length; i++) if (c.lines[i].includes('\f')) starts.push(i)
  return starts.map((s, k) => [s, starts[k + 1] ?? c.lines.length] as [number, number])
}

/** A page's blocks (runs of text lines between blank lines), the form-feed line left out. */
function pageBlocks(lines: string[], [from, to]: [number, number]): [number, number][] {
  const out: [number, number][] = []
  let start = -1
  for (let i = from; i <= to; i++) {
    const isText = i < to && text(lines[i]) && !lines[i].includes('\f')
    if (isText && start < 0) start = i
    if (!isText && start >= 0) {
      out.push([start, i])
      start = -1
    }
  }
  return out
}

/** A short line that is no sentence: a signature, a unit, a 附注's line. */
const closingLine = (l: string): boolean => text(l) && l.trim().length <= 24 && !/[。；，]$/.test(l.trim()) && !l.includes('\f')
/** A 附注 printed under the date ('（此件公开发布）', '公开属性：主动公开'). */
const NOTE_LINE = /^\s*(?:[（(].{2,20}[）)]|公开(?:属性|方式)[:：].{2,8})\s*$/

// Page-level faults: what pdftotext does to a whole page when it misjudges its columns or floats.
const PAGE_FAULTS: Record<string, Fault> = {
  /** The page's columns read in the other order: its blocks from some point on read first. */
  swapColumns: (c) => {
    const pages = bodyPages(c).filter((p) => pageBlocks(c.lines, p).length >= 4)
    const page = c.pick(pages)
    if (!page) return null
    const blocks = pageBlocks(c.lines, page)
    const mid = Math.floor(blocks.length / 2)
    const k = c.pick([mid - 1, mid, mid + 1].filter((x) => x >= 1 && x < blocks.length)) ?? mid
    const [first, last] = [blocks[0][0], blocks[blocks.length - 1][1]]
    const take = (bs: [number, number][]): string[] => bs.flatMap(([a, b]) => [...c.lines.slice(a, b), ''])
    const lines = [...c.lines.slice(0, first), ...take(blocks.slice(k)), ...take(blocks.slice(0, k)), ...c.lines.slice(last)]
    return { lines, what: `swap columns at ${short(c.lines[blocks[k][0]])}` }
  },
  /** A closing (signature, date, 附注) floated past the page's end: read after the next page's first lines. */
  closingLate: (c) => {
    const pages = bodyPages(c)
    const dates = bodyLines(c, (l) => DATE_LINE.test(l) && !l.includes('\f')).filter((d) => pages.some(([a]) => a > d))
    const d = c.pick(dates)
    if (d === undefined) return null
    // Up to two signature lines above the date and two 附注 lines below, blank lines between allowed.
    let from = d
    for (let k = d - 1, n = 0; k > c.bodyFrom && n < 2; k--) {
      if (!text(c.lines[k])) continue
      if (!closingLine(c.lines[k]) || DATE_LINE.test(c.lines[k])) break
      from = k
      n++
    }
    let to = d + 1
    for (let k = d + 1, n = 0; k < c.lines.length && n < 2; k++) {
      if (!text(c.lines[k])) continue
      if (c.lines[k].includes('\f') || !NOTE_LINE.test(c.lines[k])) break
      to = k + 1
      n++
    }
    const next = pages.find(([a]) => a > d)
    if (!next) return null
    const after = bodyLines({ ...c, bodyFrom: next[0] }, (l, i) => text(l) && i < next[1]).slice(0, 3)
    const at = c.pick(after)
    if (at === undefined) return null
    const moved = c.lines.slice(from, to)
    const lines = [...c.lines.slice(0, from), ...c.lines.slice(to, at + 1), ...moved, ...c.lines.slice(at + 1)]
    return { lines, what: `closing ${short(c.lines[d])} after ${short(c.lines[at])}` }
  },
  /** A 文号 line read on the other side of the title's lines (a float set beside the title). */
  numberAcross: (c) => {
    const i = c.pick(bodyLines(c, (l) => NUMBER_LINE.test(l) && !l.includes('\f')))
    if (i === undefined) return null
    const near = (dir: 1 | -1): number[] => {
      const out: number[] = []
      for (let k = i + dir; k > c.bodyFrom && k < c.lines.length && out.length < 3; k += dir) {
        if (c.lines[k].includes('\f')) break
        if (text(c.lines[k])) out.push(k)
      }
      return out
    }
    const to = c.pick([...near(1), ...near(-1)])
    if (to === undefined) return null
    const lines = [...c.lines]
    const [moved] = lines.splice(i, 1)
    lines.splice(to, 0, moved)
    return { lines, what: `文号 ${short(moved)} ${to > i ? 'after' : 'before'} ${short(c.lines[to])}` }
  },
  /** A 栏目 banner lost (a ruled box or a picture pdftotext does not read). */
  dropBanner: drop((l, c) => {
    const n = norm(l)
    return n.length >= 2 && n.length <= 16 && c.truth.some((t) => t.category && n.includes(norm(t.category)) && n.length - norm(t.category).length <= 6)
  }, 'drop 栏目 banner'),
  /** Two neighbouring blocks of a page read line by line across (two columns whose lines align). */
  interleave: (c) => {
    const pairs: [[number, number], [number, number]][] = []
    for (const p of bodyPages(c)) {
      const bs = pageBlocks(c.lines, p)
      bs.forEach((b, k) => bs[k + 1] && b[1] - b[0] >= 2 && bs[k + 1][1] - bs[k + 1][0] >= 2 && pairs.push([b, bs[k + 1]]))
    }
    const pair = c.pick(pairs)
    if (!pair) return null
    const [[a0, a1], [b0, b1]] = pair
    const mixed: string[] = []
    for (let k = 0; k < Math.max(a1 - a0, b1 - b0); k++) {
      if (a0 + k < a1) mixed.push(c.lines[a0 + k])
      if (b0 + k < b1) mixed.push(c.lines[b0 + k])
    }
    const lines = [...c.lines.slice(0, a0), ...mixed, ...c.lines.slice(b1)]
    return { lines, what: `interleave ${short(c.lines[a0])} with ${short(c.lines[b0])}` }
  },
}

/** Where the 目录 stands (its heading's page and the next pages full of 目录 rows) and the body starts. */
function locate(lines: string[]): Pick<Ctx, 'bodyFrom' | 'toc'> {
  const pageStarts = [0]
  lines.forEach((l, i) => l.includes('\f') && pageStarts.push(i + 1))
  const pageOf = (i: number): number => pageStarts.filter((s) => s <= i).length - 1
  const rowsOn = (p: number): number => lines.slice(pageStarts[p], pageStarts[p + 1] ?? lines.length).filter((l) => TOC_ROW.test(l)).length
  // The 目录's heading ('目录', '目  录', or 目 and 录 on lines of their own), else its first page of rows.
  let head = lines.findIndex((l, i) => norm(l) === '目录' || (norm(l) === '目' && lines.slice(i + 1, i + 3).some((n) => norm(n) === '录')))
  if (head < 0) {
    const p = pageStarts.findIndex((_, k) => rowsOn(k) >= 3)
    if (p < 0 || p > 3) return { bodyFrom: Math.min(lines.length, 30), toc: { from: 0, to: 0, pages: [] } }
    head = pageStarts[p]
  }
  const pages: [number, number][] = []
  for (let p = pageOf(head); p < pageStarts.length; p++) {
    if (p > pageOf(head) && rowsOn(p) < 3) break
    pages.push([pageStarts[p], pageStarts[p + 1] ?? lines.length])
  }
  const to = pages[pages.length - 1][1]
  return { bodyFrom: to, toc: { from: head, to, pages } }
}

interface Wrong {
  layout: string
  ext: string
  kind: string
  what: string
  field: string
  truth: string
  out: string
  reasons: string
  confidence: number | null
}

function outsOf(text: string, name: string): Promise<OutDoc[]> {
  return readSource(new TextEncoder().encode(text), name).then((src) => {
    const issue = parseIssue({ text: src.text, lines: src.lines })
    return issue.documents.map((d) => ({
      docNumber: d.docNumber, title: d.title, category: d.category, issuers: d.issuers, date: d.date, public: d.public,
      paragraphs: d.blocks.map((b) => b.text), confidence: d.confidence ?? null, reasonCodes: (d.reasons ?? []).map((r) => r.code),
    }))
  })
}

function matchOf(outs: OutDoc[], truth: TruthDoc[]): (OutDoc | null)[] {
  // The scorer's matching, to name the wrong fields (score counts them; this names them).
  const used = new Set<number>()
  const num = (s: string | null): string => norm(s).replace(/[[(【〔]/g, '〔').replace(/[\])】〕]/g, '〕')
  return truth.map((t) => {
    const i = outs.findIndex((o, k) => !used.has(k) && ((t.docNumber && o.docNumber && num(o.docNumber) === num(t.docNumber)) || norm(o.title) === norm(t.title) || norm(o.title) === norm(t.issuers.join('')) + norm(t.title)))
    if (i < 0) return null
    used.add(i)
    return outs[i]
  })
}

function single(f: (typeof FIELDS)[number], o: OutDoc, t: TruthDoc): boolean {
  const probe = { ...t } as Record<string, unknown>
  const out = { ...o } as Record<string, unknown>
  // Make every other field right, then score: right iff this one is.
  for (const g of FIELDS) if (g !== f) out[g] = g === 'category' ? t.category : probe[g]
  return score([out as unknown as OutDoc], [t]).fieldsRight === FIELDS.length
}

async function main(only: string[]): Promise<void> {
  const ALL = { ...FAULTS, ...PAGE_FAULTS }
  const kinds = process.env.FAULTS_KINDS ? process.env.FAULTS_KINDS.split(',') : Object.keys(ALL)
  const stats = new Map<string, { runs: number; wrong: number; silent: number; docs: number; flaggedRight: number; failed: number }>()
  const silentAll: Wrong[] = []
  const listed = process.env.FAULTS_ONLY
    ? new Set((JSON.parse(readFileSync(process.env.FAULTS_ONLY, 'utf8')) as Wrong[]).map((w) => `${w.layout}.${w.ext}|${w.kind}|${w.what}`))
    : null
  const baseline = { wrong: 0, silent: 0, docs: 0, flagged: 0, flaggedRight: 0 }
  for (const layout of readdirSync(ROOT).sort()) {
    if (only.length && !only.includes(layout)) continue
    const truth = (JSON.parse(readFileSync(join(ROOT, layout, `${layout}.truth.json`), 'utf8')) as { documents: TruthDoc[] }).documents
    for (const ext of EXTS) {
      const file = join(ROOT, layout, `${layout}.${ext}`)
      if (!existsSync(file) || (listed && ![...listed].some((k) => k.startsWith(`${layout}.${ext}|`)))) continue
      const original = readFileSync(file, 'utf8')
      const lines = original.split('\n')
      const where = locate(lines)
      const base = score(await outsOf(original, `${layout}.${ext}`), truth)
      baseline.wrong += base.fieldsWrong
      baseline.silent += base.fieldsWrongSilent
      baseline.docs += base.docsOut
      baseline.flagged += base.docsDoubtful
      baseline.flaggedRight += base.docsFlaggedRight
      for (const kind of kinds) {
        const random = rng(SEED * 7919 + [...`${layout}.${ext}.${kind}`].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 0))
        const pick = <T,>(xs: readonly T[]): T | undefined => (xs.length ? xs[Math.floor(random() * xs.length)] : undefined)
        const st = stats.get(kind) ?? { runs: 0, wrong: 0, silent: 0, docs: 0, flaggedRight: 0, failed: 0 }
        stats.set(kind, st)
        for (let n = 0; n < N; n++) {
          const fault = ALL[kind]({ lines, truth, ...where, pick })
          if (!fault) break
          if (listed && !listed.has(`${layout}.${ext}|${kind}|${fault.what}`)) continue
          let outs: OutDoc[]
          try {
            outs = await outsOf(fault.lines.join('\n'), `${layout}.${ext}`)
          } catch {
            st.failed++
            continue
          }
          st.runs++
          const sc = score(outs, truth)
          st.wrong += sc.fieldsWrong
          st.silent += sc.fieldsWrongSilent
          st.docs += sc.docsOut
          st.flaggedRight += sc.docsFlaggedRight
          const before = silentAll.length
          matchOf(outs, truth).forEach((o, k) => {
            if (!o || (o.confidence !== null && o.confidence !== undefined && isDoubtful(o.confidence))) return
            for (const f of FIELDS) {
              if (single(f, o, truth[k])) continue
              silentAll.push({ layout, ext, kind, what: fault.what, field: f, truth: JSON.stringify(truth[k][f]), out: JSON.stringify(o[f]), reasons: (o.reasonCodes ?? []).join(' ') || '—', confidence: o.confidence ?? null })
            }
          })
          if (process.env.FAULTS_WRITE && silentAll.length > before) {
            mkdirSync(process.env.FAULTS_WRITE, { recursive: true })
            writeFileSync(join(process.env.FAULTS_WRITE, `${layout}.${kind}.${n}.${ext}`), fault.lines.join('\n'))
          }
        }
      }
    }
  }
  console.log(`unfaulted: ${baseline.wrong} wrong fields, ${baseline.silent} silent; ${baseline.flagged} of ${baseline.docs} documents flagged, ${baseline.flaggedRight} of them with every field right`)
  console.log('kind            runs  wrong  silent  rate   flagged-right/docs')
  let [tw, ts] = [0, 0]
  for (const [kind, st] of stats) {
    tw += st.wrong
    ts += st.silent
    const rate = st.wrong ? ((100 * st.silent) / st.wrong).toFixed(1) : '—'
    console.log(`${kind.padEnd(15)} ${String(st.runs).padStart(4)} ${String(st.wrong).padStart(6)} ${String(st.silent).padStart(7)}  ${rate.padStart(5)}%  ${st.flaggedRight}/${st.docs}${st.failed ? ` (${st.failed} refused)` : ''}`)
  }
  console.log(`${'all'.padEnd(15)} ${''.padStart(4)} ${String(tw).padStart(6)} ${String(ts).padStart(7)}  ${tw ? ((100 * ts) / tw).toFixed(1) : '—'}%`)
  for (const kind of stats.keys()) {
    const mine = silentAll.filter((w) => w.kind === kind)
    if (!mine.length || SHOW <= 0) continue
    console.log(`\n${kind}: silent wrong fields by field: ${FIELDS.map((f) => `${f} ${mine.filter((w) => w.field === f).length}`).join(', ')}`)
    for (const w of mine.slice(0, SHOW)) console.log(`  ${w.layout}.${w.ext} [${w.what}] ${w.field}: ${w.out} ≠ ${w.truth} (conf ${w.confidence}; ${w.reasons})`)
  }
  if (process.env.FAULTS_JSON) writeFileSync(process.env.FAULTS_JSON, JSON.stringify(silentAll, null, 1))
}

void main(process.argv.slice(2))

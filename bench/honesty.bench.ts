// Whether a lost document is ever silent: every tuning text file (pdftotext and -layout) is parsed
// once clean, then once per document with that document glued to the one before it (its title,
// 文号 and lead lines deleted, tests/support/perturb.ts). A merge is flagged when the document now
// holding its text is doubtful; collateral counts other documents doubtful only after the damage.
// npm run bench -- honesty   (HONESTY_LAYOUTS=a,b for some; HONESTY_DETAIL=1 lists silent merges)
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ParsedDocument } from '../src/shared/domain'
import { isDoubtful } from '../src/main/importer/parse/confidence'
import { REPO_ROOT } from '../tests/support/sample'
import { holderOf, mergedIntoPrevious, parseIssueTraced, parserText, sameDocument } from '../tests/support/perturb'

const TUNING = join(REPO_ROOT, 'tests', 'fixtures', 'typeset', 'tuning')
const FORMATS = ['txt', 'layout.txt'] as const
const ONLY = process.env.HONESTY_LAYOUTS?.split(',').filter(Boolean) ?? []
const DETAIL = process.env.HONESTY_DETAIL === '1'

interface Tally { merges: number; lost: number; flagged: number; collateral: number; kept: number; codes: Map<string, number> }

const doubtful = (d: ParsedDocument | undefined): boolean => d !== undefined && isDoubtful(d.confidence ?? 1)

function label(d: ParsedDocument): string {
  return d.docNumber ?? d.title.slice(0, 20)
}

/** Each document of one file glued to its predecessor in turn. */
function mergeFile(text: string, name: string, t: Tally): void {
  const base = parseIssueTraced(text)
  const docs = base.issue.documents
  for (let k = 1; k < docs.length; k++) {
    t.merges++
    let out: ParsedDocument[]
    try {
      out = parseIssueTraced(mergedIntoPrevious(text, base, k)).issue.documents
    } catch {
      continue
    }
    // Still found (by a 文号 read elsewhere, its title from the 目录): nothing was lost.
    if (sameDocument(out, docs[k])) {
      t.kept++
      continue
    }
    t.lost++
    const holder = holderOf(out, docs[k], docs) ?? sameDocument(out, docs[k - 1])
    if (doubtful(holder)) {
      t.flagged++
      for (const r of holder?.reasons ?? []) t.codes.set(r.code, (t.codes.get(r.code) ?? 0) + 1)
    } else if (DETAIL) console.log(`  silent: ${name} ${label(docs[k])} into ${holder ? label(holder) : '—'}`)
    for (const d of out) {
      const was = sameDocument(docs, d)
      if (d !== holder && doubtful(d) && was && !doubtful(was)) t.collateral++
    }
  }
}

export async function run(): Promise<void> {
  const all: Tally = { merges: 0, lost: 0, flagged: 0, collateral: 0, kept: 0, codes: new Map() }
  console.log('layout              fmt   merges  lost  flagged  collateral')
  for (const layout of readdirSync(TUNING).sort()) {
    if (ONLY.length && !ONLY.includes(layout)) continue
    for (const format of FORMATS) {
      const file = join(TUNING, layout, `${layout}.${format}`)
      if (!existsSync(file)) continue
      const t: Tally = { merges: 0, lost: 0, flagged: 0, collateral: 0, kept: 0, codes: all.codes }
      mergeFile(parserText(readFileSync(file, 'utf8')), `${layout}.${format}`, t)
      const fmt = format === 'layout.txt' ? 'ltxt' : format
      console.log(`${layout.padEnd(19)} ${fmt.padEnd(5)} ${String(t.merges).padEnd(7)} ${String(t.lost).padEnd(5)} ${String(t.flagged).padEnd(8)} ${t.collateral}`)
      for (const k of ['merges', 'lost', 'flagged', 'collateral', 'kept'] as const) all[k] += t[k]
    }
  }
  const pct = all.lost ? Math.round((100 * all.flagged) / all.lost) : 0
  console.log(`merged documents: ${all.merges} merges, ${all.lost} lost, ${all.flagged} flagged (${pct}%), ${all.kept} still found, ${all.collateral} other documents newly doubtful`)
  const codes = [...all.codes].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`)
  console.log(`reasons on flagged holders: ${codes.join(', ')}`)
}

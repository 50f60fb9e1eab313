// Dev tool: the txt rows (as scripts/txt-rows.ts prints them) of the TUNING layouts with their 目录 lost,
// to check that an issue whose 目录 cannot be read, or is absent, still comes out right from its body.
// Two mutations of each layout's text, scored against the same truth:
//   blank: the 目录 page's entries removed, its heading kept (the importer flags TOC_LOST);
//   drop:  the 目录 page dropped whole (an extract without one).
// The lines over the heading on its page (a cover or running head set above it) are kept in both; the
// pages after it that still print leaders (the 目录 run on) are blanked or dropped with it.
// npx tsx scripts/toc-lost-rows.ts [layout…] [--detail]   (TXT_ROWS_EXT=layout.txt: pdftotext -layout's
// text; TOC_LOST_MUT=blank|drop: one mutation only). Never for held-out layouts: their text is not to be read.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { silentLogger } from '../src/main/log'
import { createServices } from '../src/main/services'
import { score, wrongFields, type OutDoc, type TruthDoc } from '../bench/lib/accuracy-score'

const ROOT = join(__dirname, '..', 'tests', 'fixtures', 'typeset', 'tuning')
const EXT = process.env.TXT_ROWS_EXT ?? 'txt'
type Mutation = 'blank' | 'drop'
const HEADING = '目　录'

const compact = (s: string): string => s.replace(/\s/g, '')

/** The line where the page's 目录 heading starts ('目录', '目 录', or '目' with '录' a few lines on), or -1. */
function headingLine(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const c = compact(lines[i])
    if (/^目录/.test(c)) return i
    if (c === '目' && lines.slice(i + 1, i + 12).some((l) => compact(l) === '录')) return i
  }
  return -1
}

/** Leader lines (. . . . or …… before a page number): a 目录 page without a heading still has them. */
const leaders = (page: string): number => (page.match(/(\.\s?){4,}|…{3,}|(·\s?){4,}/g) ?? []).length

/** The text with its 目录 page (a front one in the first four pages, or a back one) mutated; null when none is found. */
export function loseToc(text: string, how: Mutation): string | null {
  const pages = text.split('\f')
  const near = (i: number): boolean => i < 4 || i >= pages.length - 3
  let at = pages.findIndex((p, i) => near(i) && headingLine(p.split('\n').slice(0, 30)) >= 0)
  if (at < 0) at = pages.findIndex((p, i) => i < 4 && leaders(p) >= 5)
  if (at < 0) return null
  const lines = pages[at].split('\n')
  const head = headingLine(lines.slice(0, 30))
  const kept = head < 0 ? [] : lines.slice(0, head)
  // The 目录 runs on over the next pages while they print leaders: those go too (left blank, or dropped).
  let more = 0
  while (more < 2 && at + more + 1 < pages.length && leaders(pages[at + more + 1]) > 0) more++
  const page = [...kept, ...(how === 'blank' ? [HEADING] : [])].join('\n') + '\n'
  const rest = how === 'blank' ? Array<string>(more).fill('\n') : []
  if (how === 'drop' && kept.length === 0) pages.splice(at, 1 + more)
  else pages.splice(at, 1 + more, page, ...rest)
  return pages.join('\f')
}

async function row(layout: string, how: Mutation, detail: boolean): Promise<string | null> {
  const file = join(ROOT, layout, `${layout}.${EXT}`)
  if (!existsSync(file)) return null
  const tag = `${how.padEnd(8)} ${layout.padEnd(20)}`
  const mutated = loseToc(readFileSync(file, 'utf8'), how)
  if (mutated === null) return `${tag} no 目录 page found`
  const truth = (JSON.parse(readFileSync(join(ROOT, layout, `${layout}.truth.json`), 'utf8')) as { documents: TruthDoc[] }).documents
  const dir = mkdtempSync(join(tmpdir(), 'toc-lost-'))
  // The same file name: an issue named nowhere takes its name from it.
  const copy = join(dir, `${layout}.${EXT}`)
  writeFileSync(copy, mutated)
  const s = createServices({ dbFile: join(dir, 'archive.db'), create: true, log: silentLogger })
  try {
    const report = await s.importFiles({ sources: [{ kind: 'path', path: copy }] })
    if (report.failed.length) return `${tag} failed: ${report.failed[0].error}`
    const outs: OutDoc[] = []
    for (const d of (await s.listDocuments({ sort: 'issue', offset: 0, limit: 100_000 })).items) {
      const full = await s.getDocument({ id: d.id })
      outs.push({ docNumber: d.docNumber, title: d.title, category: d.category, issuers: full.issuers, date: d.date, public: d.public, paragraphs: full.paragraphs, confidence: full.confidence, reasonCodes: (full.reasons ?? []).map((r) => r.code) })
    }
    const sc = score(outs, truth)
    const pc = Math.round((100 * sc.paragraphsWhole) / sc.paragraphsTotal)
    const line = `${tag} docs ${sc.found}/${sc.truthDocs} fields ${sc.fieldsRight}/${sc.fieldsTotal} paras ${sc.paragraphsWhole}/${sc.paragraphsTotal} ${pc}% invented ${sc.invented} silent ${sc.fieldsWrongSilent + sc.inventedSilent} flagged ${sc.docsDoubtful}/${sc.docsOut}`
    if (!detail) return line
    return [line, ...wrongFields(outs, truth).detail.filter((d) => !/flagged, all right|reasons:/.test(d))].join('\n')
  } finally {
    s.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

async function main(args: string[]): Promise<void> {
  const detail = args.includes('--detail')
  const only = args.filter((a) => !a.startsWith('--'))
  const mode = process.env.TOC_LOST_MUT
  const mutations: Mutation[] = mode === 'blank' || mode === 'drop' ? [mode] : ['blank', 'drop']
  for (const how of mutations) {
    for (const layout of readdirSync(ROOT).sort()) {
      if (only.length && !only.includes(layout)) continue
      const r = await row(layout, how, detail)
      if (r) console.log(r)
    }
  }
}

if (require.main === module) void main(process.argv.slice(2))

// Where each truth document's paragraphs that do not come out whole went: for each document of a
// tuning layout's truth, how many paragraphs came out whole in the document parsed at its place,
// and of the rest how many start inside that document ('own': cut or glued there), inside another
// parsed document ('dN': a document boundary or the streams crossed there) or nowhere ('lost').
// paragraph-causes.ts says 'in another document'; this says which, so a run of a document's
// paragraphs read into the next one (its 文号 and title read before the document's tail) shows.
// A paragraph is placed by its first 10 characters (a text printed twice places at its first).
// Usage: npx tsx scripts/paragraph-places.ts tests/fixtures/typeset/tuning/X/X.txt [-v]
//   (-v: each misplaced paragraph's start). Tuning layouts only: held-out layouts are never debugged on.
import { readFileSync } from 'node:fs'
import { parseIssue } from '../src/main/importer/parse/parse-issue'
import { norm, type TruthDoc } from '../bench/lib/accuracy-score'
import { foldIdeographs } from '../src/main/importer/read/fold-glyphs'
import { readLayoutColumns } from '../src/main/importer/layout/text-layout-columns'
import { readJoinedColumns } from '../src/main/importer/layout/text-joined-columns'

function main(args: string[]): void {
  const file = args[0]
  if (!file) throw new Error('usage: npx tsx scripts/paragraph-places.ts FILE [-v]')
  if (file.includes('held-out')) throw new Error('held-out layouts are never debugged on')
  const verbose = args.includes('-v')
  const truth = (JSON.parse(readFileSync(file.replace(/(\.layout)?\.txt$/, '.truth.json'), 'utf8')) as { documents: TruthDoc[] }).documents
  // As the importer reads it: columns kept in place (.layout.txt) or joined on a row read apart.
  const issue = parseIssue(readJoinedColumns(readLayoutColumns(foldIdeographs(readFileSync(file, 'utf8')))))
  const outs = issue.documents.map((d) => d.blocks.map((b) => norm(b.text)))
  truth.forEach((t, i) => {
    const paras = t.paragraphs.map(norm)
    let whole = 0
    const where = new Map<string, number>()
    const misplaced: string[] = []
    for (const p of paras) {
      if (outs[i]?.includes(p)) {
        whole++
        continue
      }
      const j = outs.findIndex((o) => o.some((x) => x.includes(p.slice(0, 10))))
      const key = j === i ? 'own' : j < 0 ? 'lost' : `d${j + 1}`
      where.set(key, (where.get(key) ?? 0) + 1)
      if (key !== 'own') misplaced.push(`    ${key}: ${p.slice(0, 30)}`)
    }
    const rest = [...where].map(([k, n]) => `${k} ${n}`).join(', ')
    console.log(`${i + 1} ${t.docNumber ?? '(no 文号)'} ${t.date}: whole ${whole}/${paras.length}${rest ? ` — ${rest}` : ''}`)
    if (verbose && misplaced.length) console.log(misplaced.join('\n'))
  })
}

main(process.argv.slice(2))

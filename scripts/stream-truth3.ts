// Where the plain text's reading of three-column pages goes wrong, against the page: like
// stream-truth.ts, but each page's columns are found from where its word boxes start (the three
// columns of a page set in three start at three places), so that a piece's true column is left,
// middle or right. Each page's pieces as read are compared with the page's true order (each band
// between lines set across the page: its columns left to right, each down).
// Usage: npx tsx scripts/stream-truth3.ts tests/fixtures/typeset/tuning/X/X.txt [...more]
//   [--pages] (each page's broken joins) [--page=N] (page N's pieces as read: column, row, .txt
//   line, ✗ where a join breaks) [--raw] (the text's own order instead of the reading). The .txt
//   is read as the importer reads it (page-truth.ts textAsRead: rows of joined columns read apart
//   first), so its line numbers are that text's. [--blocks[=N]] (how much of each page pdftotext
//   wrote in blocks: runs of N or more pieces, 3 unless given, of one column in the text's own
//   order, each following on in that column; the reading's broken joins summed by the share of
//   its page so written: 50% and more, 20-50%, less). [--classes] (the reading's broken joins
//   summed by how much of its page the importer re-read: its text lines left as the text writes
//   them, 80% and more (no column reading reached the page), 20-80%, less: a page read in columns;
//   and by whether the page's broken joins lie on lines the reading moved or left).
// Tuning layouts only: held-out layouts are never debugged on.
import { parseIssueTraced } from '../src/main/importer/parse/parse-issue'
import { pageStarts } from '../src/main/importer/parse/text-pages'
import { isBlank } from '../src/main/importer/parse/lines'
import { matchText, textAsRead, threeColumnPages as pdfPages, type Piece3 as Piece } from './page-truth'

function main(args: string[]): void {
  const showPages = args.includes('--pages')
  const raw = args.includes('--raw')
  const showPage = Number(args.find((a) => a.startsWith('--page='))?.slice(7) ?? 0)
  const blocksArg = args.find((a) => a.startsWith('--blocks'))
  const blockRun = blocksArg ? Number(blocksArg.split('=')[1] ?? 3) : 0
  let [all, allBroken] = [0, 0]
  for (const file of args.filter((a) => !a.startsWith('--'))) {
    if (file.includes('held-out')) throw new Error('held-out layouts are never debugged on')
    const text = textAsRead(file)
    const pdf = pdfPages(file.replace(/\.txt$/, '.pdf'))
    const { lines } = parseIssueTraced(text)
    const rawLines = text.split('\n').flatMap((l) => l.split('\f'))
    const starts = pageStarts(lines)
    let [nLines, nBroken] = [0, 0]
    const moves = new Map<string, number>()
    let lateCount = 0
    const byShare = [0, 0, 0]
    // --classes: [pieces, broken joins] on pages left as written / partly re-read / re-read.
    const byLeft = [
      [0, 0],
      [0, 0],
      [0, 0],
    ]
    starts.forEach((start, p) => {
      const page = pdf[p]
      if (!page || page.cols !== 3) return
      const end = starts[p + 1] ?? lines.length
      const rawUsed = new Set<Piece>()
      const rawRead: Piece[] = []
      for (let i = start; i < end; i++)
        if (!isBlank(rawLines[i] ?? ''))
          for (const g of matchText(rawLines[i], page.pieces, rawUsed)) {
            g.txtLine = i
            rawRead.push(g)
          }
      const used = new Set<Piece>()
      const read: Piece[] = []
      for (let i = start; i < end; i++) {
        const t = raw ? (rawLines[i] ?? '') : lines[i].text
        if (!isBlank(t)) read.push(...matchText(t, page.pieces, used))
      }
      const present = [...read].sort((a, b) => a.rank - b.rank)
      const nextOf = new Map(present.map((x, k) => [x, present[k + 1]]))
      const broken = read.slice(1).filter((q, k) => nextOf.get(read[k]) !== q).length
      nLines += read.length
      nBroken += broken
      if (showPages) console.log(`  page ${p + 1}: ${read.length} pieces, ${broken} joins broken`)
      if (args.includes('--classes')) {
        // A line the importer left where the text writes it (the same text on the same line).
        let [kept, all] = [0, 0]
        for (let i = start; i < end; i++)
          if (!isBlank(lines[i].text)) {
            all++
            if (lines[i].text === rawLines[i]) kept++
          }
        const left = kept / Math.max(1, all)
        const k = left >= 0.8 ? 0 : left >= 0.2 ? 1 : 2
        byLeft[k][0] += read.length
        byLeft[k][1] += broken
        console.log(`  page ${p + 1}: ${Math.round(100 * left)}% of lines left as written, ${read.length} pieces, ${broken} joins broken`)
      }
      if (blockRun) {
        // Blocks in the text's own order: a column's pieces written one after another, in its order.
        const blocks: string[] = []
        let inBlocks = 0
        for (let i = 0; i < rawRead.length; ) {
          let j = i + 1
          while (j < rawRead.length && rawRead[i].col >= 0 && rawRead[j].col === rawRead[i].col && rawRead[j].rank === rawRead[j - 1].rank + 1) j++
          if (j - i >= blockRun) {
            inBlocks += j - i
            blocks.push(`${'LMR'[rawRead[i].col]}${j - i}`)
          }
          i = j
        }
        const share = inBlocks / Math.max(1, rawRead.length)
        byShare[share >= 0.5 ? 0 : share >= 0.2 ? 1 : 2] += broken
        console.log(`  page ${p + 1}: ${rawRead.length} pieces, ${inBlocks} in blocks (${blocks.join(' ')}), ${broken} joins broken`)
      }
      if (args.includes('--late')) {
        // Pieces the text writes after a piece lower in their own column: no reading that keeps
        // each column's order puts them back.
        for (const c of [0, 1, 2]) {
          const col = page.pieces.filter((x) => x.col === c && x.txtLine >= 0).sort((a, b) => a.txtLine - b.txtLine)
          col.forEach((x, k) => {
            if (col.slice(0, k).some((w) => w.y > x.y + 2)) {
              lateCount++
              console.log(`  late p${p + 1} ${'LMR'[c]} y${Math.round(x.y)} t${x.txtLine} ${x.text}`)
            }
          })
        }
      }
      if (args.includes('--moves')) {
        // How the text goes from piece to piece: on along the row, round to the next row, or else.
        const rowsOf = [...new Set(read.filter((x) => x.col >= 0).map((x) => Math.round(x.y)))].sort((a, b) => a - b)
        const row = (x: Piece): number => rowsOf.indexOf(Math.round(x.y))
        const kind = (a: Piece, b: Piece): string => {
          if (a.col < 0 || b.col < 0) return 'across'
          const dr = row(b) - row(a)
          if (dr === 0) return b.col > a.col ? `row+${b.col - a.col}` : b.col === a.col ? 'same cell' : 'row back'
          if (dr === 1 && b.col <= a.col) return `wrap ${a.col}>${b.col}`
          if (b.col === a.col && dr > 0) return `down ${dr > 3 ? '4+' : dr}`
          return dr < 0 ? 'up' : 'skip ahead'
        }
        for (let k = 1; k < read.length; k++) moves.set(kind(read[k - 1], read[k]), (moves.get(kind(read[k - 1], read[k])) ?? 0) + 1)
      }
      if (showPage === p + 1) {
        for (const [k, x] of read.entries()) {
          const mark = k > 0 && nextOf.get(read[k - 1]) !== x ? '✗' : ' '
          console.log(`${mark} ${x.col < 0 ? 'S' : 'LMR'[x.col]} y${String(Math.round(x.y)).padStart(3)} r${String(x.rank).padStart(3)} t${x.txtLine} ${x.text}`)
        }
      }
    })
    console.log(`${file.split('/').pop()}: ${nLines} pieces on three-column pages, ${nBroken} joins broken`)
    if (blockRun) console.log(`  joins broken on pages written in blocks: 50%+ ${byShare[0]}, 20-50% ${byShare[1]}, less ${byShare[2]}`)
    if (args.includes('--classes')) {
      const [a, b, c] = byLeft.map(([n, x]) => `${x} of ${n} pieces`)
      console.log(`  joins broken on pages left as written 80%+: ${a}; 20-80%: ${b}; re-read (under 20% left): ${c}`)
    }
    if (lateCount) console.log(`  ${lateCount} late pieces`)
    if (moves.size) console.log('  ' + [...moves].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', '))
    all += nLines
    allBroken += nBroken
  }
  if (args.filter((a) => !a.startsWith('--')).length > 1) console.log(`all: ${all} pieces, ${allBroken} joins broken`)
}

main(process.argv.slice(2))

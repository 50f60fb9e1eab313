// Whether each 条's label ('第十四条') set apart in the plain text finds its own text: the label
// and the first words of its row as the layout's -layout text prints them ('第十四条   纳税人本人
//或者配偶单', one line there) against the line the label heads in the text as parse-issue gives
// it to the column readings (ParseOptions.beforeStreams: labels paired, text-labels.ts), or
// (--after) as the columns were read. Counts labels with their own text, with another line's, and
// left bare; -v prints each label that missed.
// Usage: npx tsx scripts/label-pairs.ts tests/fixtures/typeset/tuning/X/X.txt [...more] [--after] [-v]
// Tuning layouts only: held-out layouts are never debugged on.
import { readFileSync } from 'node:fs'
import { parseIssueTraced } from '../src/main/importer/parse/parse-issue'
import type { SourceLine } from '../src/main/importer/parse/lines'

/** A 条's label and the words after it on its line. */
const LABELLED = /^(第[一二三四五六七八九十百零〇]+条)\s*(.*)$/
/** Characters of the text compared (the layout's line holds some 10 after the label). */
const HEAD = 4

function main(args: string[]): void {
  const files = args.filter((a) => !a.startsWith('-'))
  if (!files.length) throw new Error('usage: label-pairs.ts X.txt [...] [--after] [-v]')
  const verbose = args.includes('-v')
  let [right, wrong, bare] = [0, 0, 0]
  for (const file of files) {
    if (file.includes('held-out')) throw new Error('held-out layouts are never debugged on')
    // Each label's own words, as the -layout text prints the label's row of its column.
    const truth = new Map<string, string>()
    for (const m of readFileSync(file.replace(/\.txt$/, '.layout.txt'), 'utf8').matchAll(/(第[一二三四五六七八九十百零〇]+条)[ \u3000]+(\S+)/g)) {
      if (!truth.has(m[1])) truth.set(m[1], m[2].slice(0, HEAD))
    }
    const text = readFileSync(file, 'utf8')
    let lines: SourceLine[] = []
    const traced = parseIssueTraced(text, {
      beforeStreams: (l) => {
        lines = [...l]
      },
    })
    if (args.includes('--after')) lines = traced.lines
    let [r, w, b] = [0, 0, 0]
    lines.forEach((l, i) => {
      const m = LABELLED.exec(l.text.trim())
      const own = m && truth.get(m[1])
      if (!m || !own) return
      const words = m[2].replace(/\s/g, '')
      if (!words) b++
      else if (words.startsWith(own)) r++
      else w++
      if (verbose && !words.startsWith(own)) console.log(`  ${String(i).padStart(5)} ${m[1]} ${words.slice(0, 16) || '(bare)'}  | its own: ${own}`)
    })
    console.log(`${file.split('/').pop()}: ${r} labels with their own text, ${w} with another line, ${b} bare`)
    ;[right, wrong, bare] = [right + r, wrong + w, bare + b]
  }
  if (files.length > 1) console.log(`all: ${right} with their own text, ${wrong} with another line, ${bare} bare`)
}

main(process.argv.slice(2))

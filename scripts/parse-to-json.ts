// Prints an issue's documents as `docs --json` would: npx tsx scripts/parse-to-json.ts FILE
import { readFileSync } from 'node:fs'
import { parseIssue } from '../src/main/importer/parse/parse-issue'
import { docsElement } from '../src/main/cli/docs-element'

const file = process.argv[2]
if (!file) {
  console.error('usage: npx tsx scripts/parse-to-json.ts FILE [--timing]')
  process.exit(2)
}
const text = readFileSync(file, 'utf8')
const started = performance.now()
const issue = parseIssue(text)
const took = performance.now() - started
const { gazette, year, issueNo, totalNo } = issue.meta
const docs = issue.documents.map((d) => docsElement({ ...d, id: d.seq, gazette, year, issueNo, totalNo }))
console.log(JSON.stringify(docs, null, 2))
if (process.argv.includes('--timing')) console.error(`parseIssue: ${took.toFixed(1)} ms`)

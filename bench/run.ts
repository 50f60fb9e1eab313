// npm run bench: runs every benchmark module in bench/ and prints its figures.
// Each module exports `run(): Promise<void>`; pass names to run a subset (npm run bench -- search).
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const ORDER = ['import', 'search', 'export', 'ui']
const wanted = process.argv.slice(2)
const here = import.meta.dirname
const available = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
  .sort((a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99))

for (const name of available) {
  if (wanted.length && !wanted.includes(name)) continue
  console.log(`\n## ${name}`)
  const mod = (await import(pathToFileURL(join(here, `${name}.bench.ts`)).href)) as { run(): Promise<void> }
  await mod.run()
}

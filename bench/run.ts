// npm run bench: runs every benchmark module in bench/ and prints its figures.
// Each module exports `run(): Promise<void>`; pass names to run a subset (npm run bench -- search).
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

const ORDER = ['import', 'search', 'export', 'ui', 'accuracy', 'hostile', 'ocr']

async function main(): Promise<void> {
  const wanted = process.argv.slice(2)
  const available = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .map((f) => f.replace(/\.bench\.ts$/, ''))
    .sort((a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99))
  for (const name of available) {
    if (wanted.length && !wanted.includes(name)) continue
    console.log(`\n## ${name}`)
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- tsx runs bench as CommonJS
    const mod = require(join(__dirname, `${name}.bench.ts`)) as { run(): Promise<void> }
    await mod.run()
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})

// npm run fuzz: property tests, 20× the runs, random seed (replay: FUZZ_SEED=… npm run fuzz).
import { spawnSync } from 'node:child_process'

const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31))
console.log(`fuzz: FUZZ_SEED=${seed} (set it to replay this run)`)
const result = spawnSync(
  'npx',
  ['vitest', 'run', '--config', 'vitest.fuzz.config.ts', ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: 'large', FUZZ_SEED: seed } },
)
if (result.status !== 0) console.log(`fuzz failed; replay with FUZZ_SEED=${seed} npm run fuzz`)
process.exit(result.status ?? 1)

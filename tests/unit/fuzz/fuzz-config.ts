// Run counts and seed for the property tests: small and fixed in CI, large for `npm run fuzz`.
import fc from 'fast-check'

const LARGE = process.env.FUZZ_RUNS === 'large'
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20220701

/** fast-check parameters: `runs` in CI, 20× under FUZZ_RUNS=large; seed fixed unless FUZZ_SEED. */
export function params<T>(runs: number): fc.Parameters<T> {
  return { numRuns: LARGE ? runs * 20 : runs, seed: SEED, endOnFailure: true }
}

/** Per-test timeout that grows with the run count. */
export function timeout(ms: number): number {
  return LARGE ? ms * 20 : ms
}

/** Hang guard, not a speed test: one call may take at most this long (a whole wrapped sample parses in ~1 s; a quadratic pass would take minutes). */
export const TIME_CAP_MS = 15_000

export function timed<T>(f: () => T): { value: T; ms: number } {
  const t0 = performance.now()
  const value = f()
  return { value, ms: performance.now() - t0 }
}

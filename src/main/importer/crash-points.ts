// The moments of an import's save that the crash tests kill the process at (tests/unit/reliability/crash.test.ts).
/**
 * Crash tests only: GAZETTE_TEST_CRASH_AT=<point>[:N] SIGKILLs this process at `point` of the
 * N-th issue saved in this run (default the first). Random kill delays rarely land between the
 * file store and the commit, so the tests name those moments. SIGKILL runs no cleanup, like a
 * power cut. Inert (one env lookup) unless the variable is set, which nothing but the tests do.
 */
export function crashForTest(point: 'after-original-stored' | 'inside-transaction' | 'after-commit', n: number): void {
  const want = process.env.GAZETTE_TEST_CRASH_AT
  if (!want) return
  const [name, count = '1'] = want.split(':')
  if (name === point && Number(count) === n) process.kill(process.pid, 'SIGKILL')
}

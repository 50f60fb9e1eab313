// npm test: unit tests (Vitest, Node), then the build and the end-to-end tests in Chromium.
// Prints one closing line "Tests: N passed, N failed" that CI reads.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' }
const work = mkdtempSync(join(tmpdir(), 'gazette-test-'))
const totals = { passed: 0, failed: 0, skipped: 0 }
let exitCode = 0

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env })
  return r.status ?? 1
}

function vitest(name, config) {
  const out = join(work, `${name}.json`)
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]
  if (config) args.push('--config', config)
  const status = run('npx', args)
  if (!existsSync(out)) {
    console.error(`[test] ${name}: Vitest wrote no report (exit ${status})`)
    totals.failed += 1
    exitCode = 1
    return
  }
  const r = JSON.parse(readFileSync(out, 'utf8'))
  totals.passed += r.numPassedTests
  totals.failed += r.numFailedTests
  totals.skipped += r.numPendingTests + r.numTodoTests
  // A suite that fails outside its tests (it cannot load, or its beforeAll cannot start Chromium)
  // counts as failed: its tests are listed as skipped, and none of them as failed.
  const brokenSuites = r.testResults.filter((t) => t.status === 'failed' && !t.assertionResults.some((a) => a.status === 'failed'))
  totals.failed += brokenSuites.length
  for (const t of brokenSuites) console.error(`[test] ${name}: ${t.name} did not run: ${(t.message ?? '').split('\n')[0]}`)
  if (status !== 0) exitCode = 1
}

// The component and end-to-end tests drive Debian's Chromium: say so before they fail one by one.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const noChromium = existsSync(chromiumPath)
  ? ''
  : `[test] Chromium not found at ${chromiumPath}: the component and end-to-end tests need it (apt-get install -y chromium fonts-noto-cjk poppler-utils poppler-data, or set CHROMIUM_PATH)`
if (noChromium) console.error(noChromium)

vitest('unit')
if (process.env.SKIP_E2E !== '1') {
  if (run(process.execPath, ['scripts/built.mjs']) !== 0) {
    console.error('[test] electron-vite build failed')
    totals.failed += 1
    exitCode = 1
  } else {
    vitest('e2e', 'vitest.e2e.config.ts')
  }
}
if (noChromium) console.error(noChromium)
console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`)
process.exit(exitCode || (totals.failed > 0 ? 1 : 0))

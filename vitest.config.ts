import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

// Folders whose tests only call pure functions (parsing, layout, SQL over a temp db, search,
// renderer helpers): no vi.mock, no process-wide state, no shared module state they rely on.
// They share one module cache per worker (isolate: false), which saves a process and a fresh
// import of pdf.js and the parser per file. Every other folder keeps one fresh process per file.
const SHARED = ['parse', 'layout', 'db', 'search', 'shared', 'gateway', 'archive', 'fixtures', 'architecture']
const shared = [...SHARED.map((d) => `tests/unit/${d}/**/*.test.ts`), 'tests/unit/renderer/*.test.ts']
const all = ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx']

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one worker less than the cores: a single worker on a 2-core machine.
    // The tests are CPU-bound and independent (temp dirs, port 0), so use every core.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: all,
          exclude: shared,
          // The CLI and packaging tests run the built bundle: build it first when a source is newer.
          globalSetup: ['tests/support/build-setup.mjs'],
        },
      },
      { extends: true, test: { name: 'pure', include: shared, isolate: false } },
    ],
  },
})

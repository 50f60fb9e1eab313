import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The CLI and packaging tests run the built bundle: build it first when a source is newer.
    globalSetup: ['tests/support/build-setup.mjs'],
  },
})

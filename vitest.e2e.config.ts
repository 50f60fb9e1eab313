import { defineConfig } from 'vitest/config'

// End-to-end: the built renderer in Debian's Chromium, over browser mode on a real archive.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
})

import { defineConfig } from 'vitest/config'

// End-to-end: the built renderer in Debian's Chromium, over browser mode on a real archive.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    // The files run one after another in one process, as the app serves one archive after another:
    // each starts its own archive, server and Chromium (harness.ts) and closes them, so only the
    // module caches (pdf.js, fonts, the OCR models) carry over — loaded once instead of 14 times.
    isolate: false,
  },
})

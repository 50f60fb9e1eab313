// electron-builder.yml: schema-valid, per-user NSIS, deb+AppImage x64/arm64, fuses, files, resources.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  type Json,
  readBuilderConfig,
  readIcoSizes,
  readPackageJson,
  readPngHeader,
  requireFromRoot,
  root,
} from './helpers'

let config: Json
let pkg: Json

beforeAll(() => {
  config = readBuilderConfig()
  pkg = readPackageJson()
})

describe('schema', () => {
  it('validates against app-builder-lib/scheme.json (no type coercion)', () => {
    const { default: Ajv } = requireFromRoot('ajv') as { default: new (o: object) => Json }
    const schema = requireFromRoot('app-builder-lib/scheme.json')
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema)
    const ok = validate(structuredClone(config))
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 1)).toEqual([])
    expect(ok).toBe(true)
  })

  it("passes electron-builder's own configuration check", async () => {
    const { validateConfiguration } = requireFromRoot('app-builder-lib/out/util/config/config')
    await expect(
      validateConfiguration(structuredClone(config), { isEnabled: false }),
    ).resolves.toBeUndefined()
  })
})

describe('identity', () => {
  it('names the app 公报档案 with an ASCII executable and artifact names', () => {
    expect(config.appId).toMatch(/^[a-z0-9.-]+$/)
    expect(config.productName).toBe('公报档案')
    expect(pkg.productName).toBe(config.productName) // Electron's userData folder uses it
    expect(config.executableName).toBe('gazette-archive')
    expect(config.artifactName).toMatch(/^[\x20-\x7e]+$/)
  })
})

describe('Windows', () => {
  it('builds an NSIS installer for x64 only', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }])
  })

  it('installs per user without administrator rights, in Chinese, with shortcuts', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: false,
      allowToChangeInstallationDirectory: true,
      installerLanguages: ['zh_CN'],
      language: '2052',
      createDesktopShortcut: true,
      createStartMenuShortcut: true,
      shortcutName: '公报档案',
      deleteAppDataOnUninstall: false,
    })
    expect(config.win.requestedExecutionLevel ?? 'asInvoker').toBe('asInvoker')
  })

  it('has a multi-size .ico with 16 px and 256 px images', () => {
    const ico = join(root, config.win.icon)
    expect(readIcoSizes(ico)).toEqual(expect.arrayContaining([16, 32, 48, 256]))
    expect(config.nsis.installerIcon).toBe(config.win.icon)
  })
})

describe('Linux', () => {
  it('builds deb and AppImage for x64 and arm64', () => {
    const targets = Object.fromEntries(
      config.linux.target.map((t: Json) => [t.target, [...t.arch].sort()]),
    )
    expect(targets).toEqual({ deb: ['arm64', 'x64'], AppImage: ['arm64', 'x64'] })
  })

  it('has the Office category, a maintainer and Chinese texts', () => {
    expect(config.linux.category).toBe('Office')
    expect(config.linux.maintainer).toMatch(/<[^@\s]+@[^>\s]+>/)
    expect(config.linux.synopsis).toMatch(/[\u4e00-\u9fff]/)
    expect(config.linux.description).toMatch(/[\u4e00-\u9fff]/)
    expect(config.deb.depends).toEqual(expect.arrayContaining(['libnss3', 'libgbm1']))
  })

  it('has a homepage in package.json (fpm refuses to build a deb without one)', () => {
    expect(pkg.homepage ?? config.extraMetadata?.homepage).toMatch(/^https?:\/\//)
  })

  it('ships pixel-fitted icons as NxN.png', () => {
    const dir = join(root, config.linux.icon)
    for (const n of [16, 32, 48, 256, 512]) {
      expect(readPngHeader(join(dir, `${n}x${n}.png`))).toMatchObject({ width: n, height: n })
    }
  })
})

describe('app contents', () => {
  it('packs only the build output and package.json', () => {
    const include = config.files.filter((p: string) => !p.startsWith('!'))
    expect(include).toEqual(['out/**', 'package.json'])
    for (const p of config.files) expect(p).not.toMatch(/^!?(src|tests|docs|bench|scripts)\b/)
  })

  it('unpacks better-sqlite3 from the asar and rebuilds it only at packaging time', () => {
    expect(config.asar).not.toBe(false)
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**')
    expect(config.npmRebuild).toBe(true)
  })

  it('flips the Electron fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })
})

describe('extra resources on disk', () => {
  const resource = (to: string) => config.extraResources.find((r: Json) => r.to === to)

  it('copies fonts (OpenType faces with their licences)', () => {
    expect(resource('fonts')?.from).toBe('resources/fonts')
    const files = readdirSync(join(root, 'resources/fonts'))
    expect(files.filter((f) => f.endsWith('.otf')).length).toBeGreaterThan(0)
    expect(files).toEqual(expect.arrayContaining(['LICENSE-Fandol.txt', 'OFL.txt']))
  })

  it('copies the sample issue', () => {
    const from = join(root, resource('samples')?.from ?? 'missing')
    expect(statSync(from).isDirectory()).toBe(true)
    expect(readdirSync(from).length).toBeGreaterThan(0)
  })

  it('has a 512×512 RGBA PNG icon', () => {
    expect(resource('icon.png')?.from).toBe(config.icon)
    expect(readPngHeader(join(root, config.icon))).toEqual({ width: 512, height: 512, colorType: 6 })
    expect(existsSync(join(root, 'resources/icon.svg'))).toBe(true)
  })
})

describe('package.json', () => {
  it('never rebuilds native modules for Electron on install', () => {
    const scripts: Record<string, string> = pkg.scripts ?? {}
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) {
      expect(scripts[hook] ?? '').not.toMatch(/install-app-deps|electron-builder|electron-rebuild/)
    }
  })

  it("approves better-sqlite3's build script and not electron's download", () => {
    expect(pkg.allowScripts).toMatchObject({ 'better-sqlite3': true, electron: false })
  })

  it('has npm run dist → scripts/dist.mjs', () => {
    expect(pkg.scripts?.dist).toBe('node scripts/dist.mjs')
    expect(existsSync(join(root, 'scripts/dist.mjs'))).toBe(true)
  })
})

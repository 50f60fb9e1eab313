// Font faces for export: bundled Fandol + Noto Serif SC fallback, or the office's own system fonts.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import * as fontkit from 'fontkit'
import type { FontKey, Measure } from './types'

export const FONT_KEYS: FontKey[] = ['fang', 'song', 'songBold', 'hei', 'kai']

export const BUNDLED: Record<FontKey, string> = {
  fang: 'FandolFang-Regular.otf',
  song: 'FandolSong-Regular.otf',
  songBold: 'FandolSong-Bold.otf',
  hei: 'FandolHei-Regular.otf',
  kai: 'FandolKai-Regular.otf',
}
export const FALLBACK_FILE = 'NotoSerifSC-Regular.ttf'

/** File names (lower case) of the faces county offices install with their 公文 templates. */
const SYSTEM_NAMES: Partial<Record<FontKey, string[]>> = {
  songBold: ['方正小标宋简体.ttf', 'fzxbsjw.ttf', 'fzxbsjw--gb1-0.ttf', '方正小标宋_gbk.ttf', 'fzxbsk.ttf'],
  fang: ['仿宋_gb2312.ttf', 'fs_gb2312.ttf', 'fangsong_gb2312.ttf', 'simfang.ttf'],
  hei: ['黑体.ttf', 'simhei.ttf'],
  kai: ['楷体_gb2312.ttf', 'kt_gb2312.ttf', 'kaiti_gb2312.ttf', 'simkai.ttf'],
}

export function defaultSystemFontDirs(): string[] {
  const home = homedir()
  const win = process.env.WINDIR ?? 'C:\\Windows'
  const local = process.env.LOCALAPPDATA
  return [
    join(win, 'Fonts'),
    ...(local ? [join(local, 'Microsoft', 'Windows', 'Fonts')] : []),
    '/usr/share/fonts',
    '/usr/local/share/fonts',
    join(home, '.local', 'share', 'fonts'),
    join(home, '.fonts'),
  ]
}

function listFonts(dir: string, depth: number, out: Map<string, string>): void {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return // missing or unreadable folder: nothing installed there
  }
  for (const name of names) {
    const full = join(dir, name)
    if (/\.(ttf|otf)$/i.test(name)) {
      if (!out.has(name.toLowerCase())) out.set(name.toLowerCase(), full)
    } else if (depth > 0 && !name.includes('.')) {
      try {
        if (statSync(full).isDirectory()) listFonts(full, depth - 1, out)
      } catch {
        // a broken link: skip it
      }
    }
  }
}

/** Paths of office fonts found in `dirs` (searched three levels deep), by the role they fill. */
export function findSystemFonts(dirs: string[] = defaultSystemFontDirs()): Partial<Record<FontKey, string>> {
  const files = new Map<string, string>()
  for (const d of dirs) listFonts(d, 3, files)
  const found: Partial<Record<FontKey, string>> = {}
  for (const key of FONT_KEYS) {
    const hit = SYSTEM_NAMES[key]?.find((n) => files.has(n))
    if (hit) found[key] = files.get(hit)
  }
  return found
}

export interface FontSet {
  faces: Record<FontKey, fontkit.Font>
  fallback: fontkit.Font
  /** Where each face came from, for the report and tests. */
  sources: Record<FontKey | 'fallback', string>
  measure: Measure
}

const faceCache = new Map<string, fontkit.Font>()

/** Parses a font file once per process; exports reuse the parsed face (and its glyph caches). */
export function loadFace(path: string): fontkit.Font {
  let face = faceCache.get(path)
  if (!face) {
    const parsed = fontkit.create(readFileSync(path))
    face = 'fonts' in parsed ? parsed.fonts[0] : parsed
    faceCache.set(path, face)
  }
  return face
}

const setCache = new Map<string, FontSet>()

export function loadFontSet(fontsDir: string, preferSystemFonts = true, systemDirs?: string[]): FontSet {
  const key = `${fontsDir}|${preferSystemFonts}|${systemDirs?.join(';') ?? ''}`
  const cached = setCache.get(key)
  if (cached) return cached
  const system = preferSystemFonts ? findSystemFonts(systemDirs) : {}
  const sources = {} as FontSet['sources']
  const faces = {} as Record<FontKey, fontkit.Font>
  for (const k of FONT_KEYS) {
    sources[k] = system[k] ?? join(fontsDir, BUNDLED[k])
    if (!existsSync(sources[k])) throw new Error(`缺少字体文件：${sources[k]}`)
    faces[k] = loadFace(sources[k])
  }
  sources.fallback = join(fontsDir, FALLBACK_FILE)
  const fallback = loadFace(sources.fallback)
  const set = { faces, fallback, sources, measure: createMeasure(faces, fallback) }
  setCache.set(key, set)
  return set
}

/** The face that draws `codePoint` for `key`: the role's own face, else the fallback. */
export function faceFor(faces: Record<FontKey, fontkit.Font>, fallback: fontkit.Font, key: FontKey, codePoint: number): fontkit.Font {
  const face = faces[key]
  return face.hasGlyphForCodePoint(codePoint) || !fallback.hasGlyphForCodePoint(codePoint) ? face : fallback
}

/** Advance widths in em from the face that will actually draw each character, cached. */
export function createMeasure(faces: Record<FontKey, fontkit.Font>, fallback: fontkit.Font): Measure {
  const cache = new Map<string, number>()
  const em = (ch: string, key: FontKey): number => {
    const id = key + ch
    let w = cache.get(id)
    if (w === undefined) {
      const cp = ch.codePointAt(0) ?? 0x20
      const face = faceFor(faces, fallback, key, cp)
      w = face.glyphForCodePoint(cp).advanceWidth / face.unitsPerEm
      cache.set(id, w)
    }
    return w
  }
  return (text, font, size) => {
    let sum = 0
    for (const ch of text) sum += em(ch, font)
    return sum * size
  }
}

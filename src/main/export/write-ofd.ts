// The second writer of the one layout: laid-out pages → OFD, the same runs at the same places
// (points → mm), each character's advance given, so a reader places every glyph as the PDF does.
// Each face used is embedded, cut to the characters it draws, as the PDF's fonts are.
import { basename } from 'node:path'
import type { FontSet } from './fonts'
import { PAGE_HEIGHT, PAGE_WIDTH } from './grid'
import { subsetFont } from './font-subset'
import { buildOfd, type OfdFont, type OfdTextRun } from './ofd-build'
import type { FontKey, LayoutPage, Run } from './types'
import { splitByFace } from './write-pdf'

export const MM_PER_PT = 25.4 / 72

export interface OfdMeta {
  title: string
  author?: string | null
  subject?: string | null
  creationDate?: Date
  custom: Record<string, string>
}

// Family names Chinese office software maps to its own faces when the named font is absent.
const FAMILY: Record<FontKey | 'fallback', string> = {
  fang: '仿宋',
  song: '宋体',
  songBold: '方正小标宋简体',
  hei: '黑体',
  kai: '楷体',
  fallback: '宋体',
}
const KEYS: (FontKey | 'fallback')[] = ['fang', 'song', 'songBold', 'hei', 'kai', 'fallback']

/** The fonts the runs use, each with its subset to embed (faces no run uses are left out). */
function fontTable(fonts: FontSet, runs: OfdTextRun[]): OfdFont[] {
  const used = new Map<number, string[]>()
  for (const r of runs) (used.get(r.font) ?? used.set(r.font, []).get(r.font)!).push(r.text)
  return KEYS.flatMap((k, i) => {
    const text = used.get(i + 1)
    if (!text) return []
    const face = k === 'fallback' ? fonts.fallback : fonts.faces[k]
    return [{
      id: i + 1,
      fontName: basename(fonts.sources[k]).replace(/\.(otf|ttf)$/i, ''),
      familyName: FAMILY[k],
      ...(k === 'songBold' ? { bold: true } : {}),
      file: { bytes: subsetFont(face, text.join('')), ext: /\.ttf$/i.test(fonts.sources[k]) ? 'ttf' : 'otf' },
    }]
  })
}

function runsOf(run: Run, fonts: FontSet): OfdTextRun[] {
  return splitByFace(run, fonts).map((sub) => {
    const chars = [...sub.text]
    const adv = chars.map((ch) => (fonts.measure(ch, run.font, run.size) + run.charSpacing) * MM_PER_PT)
    const key = sub.fontName as FontKey | 'fallback'
    return {
      x: (run.x + sub.dx) * MM_PER_PT,
      y: run.y * MM_PER_PT,
      text: sub.text,
      font: KEYS.indexOf(key) + 1,
      size: run.size * MM_PER_PT,
      deltaX: adv.slice(0, -1),
      width: adv.reduce((s, a) => s + a, 0),
      color: run.color,
    }
  })
}

/** Renders laid-out pages into one OFD package. */
export function writeOfd(pages: LayoutPage[], fonts: FontSet, meta: OfdMeta): Promise<Buffer> {
  const mm = (v: number): number => v * MM_PER_PT
  const laid = pages.map((p) => ({
    runs: p.runs.flatMap((r) => runsOf(r, fonts)),
    rules: p.rules.map((r) => ({ x1: mm(r.x1), y1: mm(r.y1), x2: mm(r.x2), y2: mm(r.y2), width: mm(r.width), color: r.color })),
  }))
  return buildOfd({
    width: mm(PAGE_WIDTH),
    height: mm(PAGE_HEIGHT),
    fonts: fontTable(fonts, laid.flatMap((p) => p.runs)),
    pages: laid,
    info: { title: meta.title, author: meta.author ?? undefined, subject: meta.subject ?? undefined, creationDate: meta.creationDate },
    custom: meta.custom,
  })
}

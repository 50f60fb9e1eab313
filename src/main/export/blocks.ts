// Turns single blocks (paragraphs, headings, titles, signatures) into grid line items.
import {
  BLOCK_WIDTH,
  BODY_SIZE,
  BODY_SPACING,
  MARGIN_LEFT,
  SIZE_2,
  baselineIn,
  cells,
} from './grid'
import { breakLines, lineRuns, lineWidth, toChars, type SChar } from './line-break'
import type { Item } from './paginate'
import { placeSignature } from './signature'
import { formatDateLine, normalizeText } from './text-normalize'
import { shapeTitle } from './title-shape'
import type { FontKey, Measure, Run } from './types'

export interface TextOptions {
  size?: number
  firstIndent?: number // pt
  restIndent?: number // pt
  center?: boolean
}

/** Wraps styled characters on the grid; one item per line; the last line keeps with the one before. */
export function charItems(chars: SChar[], o: TextOptions = {}): Item[] {
  if (!chars.length) return []
  const size = o.size ?? BODY_SIZE
  const lines = breakLines(chars, {
    width: BLOCK_WIDTH,
    firstIndent: o.firstIndent ?? 0,
    restIndent: o.restIndent ?? 0,
    spacing: size === BODY_SIZE ? BODY_SPACING : 0,
    justify: !o.center,
  })
  return lines.map((line, i) => {
    const x = o.center ? MARGIN_LEFT + (BLOCK_WIDTH - lineWidth(line)) / 2 : MARGIN_LEFT + line.indent
    const runs = lineRuns(line, x, baselineIn(0, size), size)
    return { height: 1, runs, rules: [], keepWithPrev: i > 0 && i === lines.length - 1 }
  })
}

export function textItems(text: string, font: FontKey, measure: Measure, o: TextOptions = {}): Item[] {
  return charItems(toChars(normalizeText(text), font, o.size ?? BODY_SIZE, measure), o)
}

/** Body paragraph, indented two characters. */
export function paragraphItems(text: string, measure: Measure): Item[] {
  return textItems(text, 'fang', measure, { firstIndent: cells(2) })
}

const HEADING_FONT: Record<string, FontKey> = {
  heading1: 'hei',
  heading2: 'kai',
  heading3: 'fang',
  heading4: 'fang',
}

/** A heading sentence longer than this is a numbered paragraph: all 仿宋. */
const MAX_HEADING_CHARS = 30

/**
 * Heading levels (7.3.3): 一、 黑体, （一） 楷体, 1. and （1） 仿宋. When the heading runs on into
 * its paragraph ("（一）标题。正文…"), only the heading sentence takes the heading face.
 */
export function headingItems(kind: string, text: string, measure: Measure): Item[] {
  const t = normalizeText(text)
  const stop = t.search(/[。：:]/)
  const cut = stop >= 0 && stop < t.length - 1 ? stop + 1 : t.length
  const font = cut <= MAX_HEADING_CHARS ? (HEADING_FONT[kind] ?? 'fang') : 'fang'
  const chars = [
    ...toChars(t.slice(0, cut), font, BODY_SIZE, measure),
    ...toChars(t.slice(cut), 'fang', BODY_SIZE, measure),
  ]
  return charItems(chars, { firstIndent: cells(2) })
}

/** Title lines: 2号 bold Song, centred, shaped as a trapezoid or diamond. */
export function titleItems(title: string, measure: Measure): Item[] {
  const t = normalizeText(title)
  const lines = shapeTitle(t, BLOCK_WIDTH, (ch) => measure(ch, 'songBold', SIZE_2))
  return lines.map((line, i) => {
    const w = measure(line, 'songBold', SIZE_2)
    const run: Run = {
      x: MARGIN_LEFT + (BLOCK_WIDTH - w) / 2,
      y: baselineIn(0, SIZE_2),
      text: line,
      font: 'songBold',
      size: SIZE_2,
      charSpacing: 0,
    }
    return { height: 1, runs: [run], rules: [], keepWithPrev: i > 0 }
  })
}

function singleLine(text: string, font: FontKey, x: number): Run {
  return { x, y: baselineIn(0, BODY_SIZE), text, font, size: BODY_SIZE, charSpacing: BODY_SPACING }
}

/** Width of an unwrapped body line on the grid (visible extent). */
export function plainWidth(text: string, font: FontKey, measure: Measure): number {
  const n = [...text].length
  return measure(text, font, BODY_SIZE) + Math.max(0, n - 1) * BODY_SPACING
}

/** Signature lines and date (7.3.5.2), after one blank line, all kept with the body's end. */
export function signatureItems(units: string[], date: string | null, measure: Measure): Item[] {
  const names = units.map(normalizeText)
  const d = date ? formatDateLine(date) : null
  const place = placeSignature(
    names.map((u) => plainWidth(u, 'fang', measure)),
    d ? plainWidth(d, 'fang', measure) : 0,
  )
  const items: Item[] = [{ height: 1, runs: [], rules: [], space: true, keepWithPrev: true }]
  names.forEach((u, i) => {
    items.push({ height: 1, runs: [singleLine(u, 'fang', MARGIN_LEFT + place.unitX[i])], rules: [], keepWithPrev: true })
  })
  if (d) items.push({ height: 1, runs: [singleLine(d, 'fang', MARGIN_LEFT + place.dateX)], rules: [], keepWithPrev: true })
  return items
}

/** 附注 (7.3.6): indented two characters, in round brackets. */
export function noteItems(text: string, measure: Measure): Item[] {
  let t = normalizeText(text)
  if (!/^[（(]/.test(t)) t = `（${t}）`
  t = t.replace(/^\(/, '（').replace(/\)$/, '）')
  const items = textItems(t, 'fang', measure, { firstIndent: cells(2) })
  return items
}

/** 附件说明: the first line after two characters; wrapped names align with the name's first char. */
export function attachmentNoteItems(text: string, first: boolean, measure: Measure): Item[] {
  const t = normalizeText(text.replace(/^[-•]\s*/, ''))
  const head = first ? cells(2) : cells(5)
  const prefix = /^(?:附件[：:])?\s*(\d+[.．、]\s*)?/.exec(t)?.[0] ?? ''
  const indent = cells(2) + cells(first ? 0 : 3) + plainWidth(prefix, 'fang', measure) + BODY_SPACING
  return textItems(t, 'fang', measure, { firstIndent: head, restIndent: indent })
}

// An OFD page's text objects → positioned runs in PDF points, y from the page's bottom (what
// pdf.js gives for a PDF), so the PDF line model reads OFD unchanged. OFD measures in mm, y down;
// a TextCode's X/Y is its first glyph's baseline origin inside the object's Boundary.
import { unspread, type TextRun } from '../../layout/pdf-lines'
import { straight, type Rule } from '../../layout/ruling-lines'
import { descendants, type XmlElement } from './ofd-xml'

export const PT_PER_MM = 72 / 25.4
const MAX_NUMBERS = 100_000

export interface PageBox {
  width: number
  height: number
}

/** Numbers of an OFD ST_Array ('0 0 210 297'); 'g 3 4.2' repeats 4.2 three times (DeltaX). */
export function numbers(s: string | undefined): number[] {
  if (!s) return []
  const toks = s.trim().split(/\s+/)
  const out: number[] = []
  for (let i = 0; i < toks.length; i++) {
    // A run never needs more advances than this; 'g' counts beyond it are hostile.
    if (out.length > MAX_NUMBERS) break
    if (toks[i] === 'g') {
      const n = Math.min(Number(toks[i + 1]), MAX_NUMBERS - out.length)
      const v = Number(toks[i + 2])
      for (let k = 0; k < n; k++) out.push(v)
      i += 2
    } else out.push(Number(toks[i]))
  }
  return out.map((n) => (Number.isFinite(n) ? n : 0))
}

/** Advance of a character when the file gives none: an em for hanzi and full-width forms. */
function guessAdvance(ch: string, size: number): number {
  const cp = ch.codePointAt(0) ?? 0
  return cp >= 0x2e80 || (cp >= 0x2010 && cp <= 0x206f) ? size : size / 2
}

type Ctm = [number, number, number, number, number, number]

interface Placement {
  box: [number, number]
  /** The Boundary's width, which ends the object's last glyph better than a guess. */
  boxWidth: number
  ctm: Ctm
  size: number
  font: string
  page: PageBox
}

/**
 * One TextCode → runs. A gap much wider than a glyph (a spread-out signature, words set apart)
 * starts a new run, so the line model sees the space a PDF would show.
 */
function codeRuns(chars: string[], x0: number, y0: number, dx: number[], p: Placement, out: TextRun[], last = false): void {
  const xs: number[] = []
  let x = x0
  chars.forEach((ch, i) => {
    xs.push(x)
    x += dx[i] ?? guessAdvance(ch, p.size)
  })
  let start = 0
  const flush = (endIdx: number): void => {
    const lastX = xs[endIdx - 1]
    const guessed = lastX + guessAdvance(chars[endIdx - 1], p.size)
    const boxed = last && endIdx === chars.length && p.boxWidth > lastX && p.boxWidth < guessed + p.size ? p.boxWidth : null
    const right = boxed ?? guessed
    out.push(toPdf(chars.slice(start, endIdx).join(''), xs[start], right, y0, p))
    start = endIdx
  }
  for (let i = 1; i < chars.length; i++) {
    // Western glyphs run up to about an em wide ('%', 'W'); wider than that is a space.
    if (xs[i] - xs[i - 1] > Math.max(p.size, 1.6 * guessAdvance(chars[i - 1], p.size))) flush(i)
  }
  flush(chars.length)
}

function toPdf(str: string, left: number, right: number, y: number, p: Placement): TextRun {
  const [a, b, c, d, e, f] = p.ctm
  const tx = (px: number, py: number): [number, number] => [a * px + c * py + e, b * px + d * py + f]
  const [lx, ly] = tx(left, y)
  const [rx] = tx(right, y)
  const scale = Math.hypot(c, d) || 1
  return {
    str: unspread(str),
    x: (p.box[0] + lx) * PT_PER_MM,
    y: (p.page.height - (p.box[1] + ly)) * PT_PER_MM,
    width: Math.max(0, rx - lx) * PT_PER_MM,
    size: p.size * scale * PT_PER_MM,
    font: p.font,
  }
}

function textObjectRuns(obj: XmlElement, page: PageBox, out: TextRun[]): void {
  const boundary = numbers(obj.attrs.Boundary)
  const ctm = numbers(obj.attrs.CTM)
  const p: Placement = {
    box: [boundary[0] ?? 0, boundary[1] ?? 0],
    boxWidth: ctm.length === 6 ? 0 : (boundary[2] ?? 0),
    ctm: ctm.length === 6 ? (ctm as Ctm) : [1, 0, 0, 1, 0, 0],
    size: Number(obj.attrs.Size) || 0,
    font: `ofd:${obj.attrs.Font ?? ''}`,
    page,
  }
  if (p.size <= 0) return
  let x = 0
  let y = 0
  const codes = obj.children.filter((c) => c.name === 'TextCode')
  for (const code of codes) {
    const chars = [...code.text.replace(/[\r\n\t]/g, '')]
    if (code.attrs.X !== undefined) x = Number(code.attrs.X) || 0
    if (code.attrs.Y !== undefined) y = Number(code.attrs.Y) || 0
    if (chars.length === 0) continue
    const dy = numbers(code.attrs.DeltaY)
    // Vertical or stepped text: each glyph placed on its own.
    if (dy.some((v) => v !== 0)) {
      const dx = numbers(code.attrs.DeltaX)
      chars.forEach((ch, i) => {
        codeRuns([ch], x, y, [], p, out)
        x += dx[i] ?? 0
        y += dy[i] ?? 0
      })
      continue
    }
    const dx = numbers(code.attrs.DeltaX)
    codeRuns(chars, x, y, dx, p, out, code === codes[codes.length - 1] && x === 0)
    x += chars.reduce((s, ch, i) => s + (dx[i] ?? guessAdvance(ch, p.size)), 0)
  }
}

export interface PageContent {
  runs: TextRun[]
  /** Straight stroked segments (table rules), in points with y upwards, as the PDF reader gives. */
  rules: Rule[]
  images: number
}

/** The straight segments of a path object's AbbreviatedData (M x y L x y …), placed on the page. */
function pathRules(obj: XmlElement, page: PageBox, out: Rule[]): void {
  const box = numbers(obj.attrs.Boundary)
  if (obj.attrs.CTM || obj.attrs.Stroke === 'false') return
  const toks = (obj.children.find((c) => c.name === 'AbbreviatedData')?.text ?? '').trim().split(/\s+/)
  let at: [number, number] | null = null
  for (let i = 0; i < toks.length && out.length < 20_000; i++) {
    const op = toks[i]
    if (op !== 'M' && op !== 'L') continue
    const pt: [number, number] = [(box[0] ?? 0) + Number(toks[i + 1]), (box[1] ?? 0) + Number(toks[i + 2])]
    i += 2
    if (op === 'L' && at && pt.every(Number.isFinite)) {
      const y = (v: number): number => (page.height - v) * PT_PER_MM
      const rule = straight([at[0] * PT_PER_MM, y(at[1])], [pt[0] * PT_PER_MM, y(pt[1])])
      if (rule) out.push(rule)
    }
    at = pt
  }
}

/** The runs of every text object of a page's content (layers, nested blocks), and its image count. */
export function pageContent(content: XmlElement | undefined, page: PageBox): PageContent {
  const runs: TextRun[] = []
  const rules: Rule[] = []
  if (!content) return { runs, rules, images: 0 }
  for (const obj of descendants(content, 'TextObject')) textObjectRuns(obj, page, runs)
  for (const obj of descendants(content, 'PathObject')) pathRules(obj, page, rules)
  return { runs, rules, images: descendants(content, 'ImageObject').length }
}

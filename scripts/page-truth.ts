// Shared by the dev tools stream-truth.ts and stream-truth3.ts: a typeset PDF's word boxes
// (pdftotext -bbox-layout) as lines of words, the page's true reading order of pieces (bands
// between pieces set across the page; in each band its columns left to right, each down), and a
// text line matched to the pieces it holds; and a .txt as the importer reads it.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { foldIdeographs } from '../src/main/importer/read/fold-glyphs'
import { readLayoutColumns } from '../src/main/importer/layout/text-layout-columns'
import { readJoinedColumns } from '../src/main/importer/layout/text-joined-columns'

export interface Word {
  x0: number
  x1: number
  y: number
  text: string
}

export const squash = (s: string): string => s.replace(/\s+/g, '')

/**
 * A .txt as the importer's reader gives it to the parser (read/read-source.ts): -layout columns,
 * and pages whose columns pdftotext joined on rows one space apart, read apart first. A tool that
 * parsed the file as it is would see such a page's rows still joined, and count as broken a page
 * the importer reads (web3-sw-noto9: 1093 joins broken so, 518 as read).
 */
export function textAsRead(file: string): string {
  return readJoinedColumns(readLayoutColumns(foldIdeographs(readFileSync(file, 'utf8'))))
}
const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')

/** Each page's width and its lines of words, as pdftotext's bbox layout gives them. */
export function bboxPages(pdf: string): { width: number; lines: Word[][] }[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { maxBuffer: 1 << 28 }).toString()
  return xml.split('<page ').slice(1).map((page) => ({
    width: Number(/width="([\d.]+)"/.exec(page)?.[1] ?? 595),
    lines: page
      .split('<line ')
      .slice(1)
      .map((line) =>
        [...line.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
          x0: Number(m[1]),
          y: Number(m[2]),
          x1: Number(m[3]),
          text: unescape(m[4]),
        })),
      )
      .filter((ws) => ws.length > 0),
  }))
}

/**
 * The pieces in the page's true order, each given its rank: bands between pieces set across the
 * page; in each band the columns (`column`, 0 first) left to right, each down.
 */
export function trueOrder<P extends { y: number; rank: number }>(pieces: P[], across: (p: P) => boolean, column: (p: P) => number): P[] {
  let band = 0
  const bandOf = new Map<P, number>()
  for (const p of [...pieces].sort((a, b) => a.y - b.y)) {
    if (across(p)) band++
    bandOf.set(p, band)
    if (across(p)) band++
  }
  const order = [...pieces].sort((a, b) => bandOf.get(a)! - bandOf.get(b)! || column(a) - column(b) || a.y - b.y)
  order.forEach((p, k) => (p.rank = k))
  return order
}

/**
 * The pieces a text holds, in order: the longest unused piece its rest starts with, each time; at
 * the end, a piece the text holds only the start of (a justified line cut at a stretched gap).
 */
export function matchText<P extends { text: string }>(text: string, pieces: P[], used: Set<P>): P[] {
  let rest = squash(text)
  const out: P[] = []
  while (rest.length > 0) {
    let best: P | null = null
    for (const p of pieces) if (!used.has(p) && p.text.length > 0 && rest.startsWith(p.text) && (!best || p.text.length > best.text.length)) best = p
    if (!best) {
      for (const p of pieces) if (!used.has(p) && p.text.length > rest.length && p.text.startsWith(rest) && rest.length >= 2) best = p
      if (best) {
        used.add(best)
        out.push(best)
        break
      }
      rest = rest.slice(1)
      continue
    }
    used.add(best)
    out.push(best)
    rest = rest.slice(best.text.length)
  }
  return out
}

export interface Piece3 {
  text: string
  /** 0, 1, 2 left to right; -1 across the page. */
  col: number
  y: number
  rank: number
  txtLine: number
}

function columnStarts(words: Word[][]): number[] {
  const count = new Map<number, number>()
  for (const line of words) {
    const x = Math.round(line[0].x0 / 4) * 4
    count.set(x, (count.get(x) ?? 0) + 1)
  }
  const starts = [...count].filter(([, n]) => n >= 4).map(([x]) => x).sort((a, b) => a - b)
  const out: number[] = []
  for (const x of starts) if (!out.length || x - out[out.length - 1] > 100) out.push(x)
  return out
}

/**
 * Each page's pieces of a typeset PDF whose pages may be set in three columns (the columns found
 * where the page's word boxes start: three places on a page in three), in the page's true order,
 * and how many columns the page has.
 */
export function threeColumnPages(pdf: string): { pieces: Piece3[]; cols: number }[] {
  return bboxPages(pdf).map(({ lines }) => {
    const starts = columnStarts(lines)
    const colOf = (w: Word): number => {
      for (let j = 1; j < starts.length; j++) if (w.x0 < starts[j] - 8 && w.x1 > starts[j] + 12) return -1
      let c = 0
      for (let j = 1; j < starts.length; j++) if (w.x0 >= starts[j] - 8) c = j
      return c
    }
    const pieces: Piece3[] = []
    for (const ws of lines) {
      const y = Math.min(...ws.map((w) => w.y))
      const cols = ws.map(colOf)
      if (cols.includes(-1)) {
        pieces.push({ text: squash(ws.map((w) => w.text).join('')), col: -1, y, rank: 0, txtLine: -1 })
        continue
      }
      for (const c of [...new Set(cols)]) pieces.push({ text: squash(ws.filter((_, k) => cols[k] === c).map((w) => w.text).join('')), col: c, y, rank: 0, txtLine: -1 })
    }
    return { pieces: trueOrder(pieces, (p) => p.col === -1, (p) => Math.max(0, p.col)), cols: starts.length }
  })
}

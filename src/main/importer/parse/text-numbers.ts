// A paragraph's number as the line that opens it prints it: （一）, 1., 一、, （1）, 第一条, and
// its value. Read by the two-stream reading's joins (text-joins.ts: a document's numbering starts
// at one under its head) and by the numbering over whole streams (text-label-order.ts).
import { parseNumeral } from './dates'

/** A paragraph's number: its family (（一）, 一、, 1., （1）, 第一条) and its value. */
export interface Numbered {
  family: string
  n: number
}

const FAMILIES: [string, RegExp][] = [
  ['（一）', /^[（(]([一二三四五六七八九十]{1,3})[）)]/],
  ['（1）', /^[（(](\d{1,2})[）)]/],
  ['一、', /^([一二三四五六七八九十]{1,3})、/],
  // Up to three digits: a list of a hundred entries and more ('109. 云南省德宏傣族景颇族自治州…').
  ['1.', /^(\d{1,3})(?:[.．](?!\d)|、)/],
  ['第一条', /^第([一二三四五六七八九十百零〇]{1,5})条/],
]

/** The number a line opens with, or null. */
export function numberOf(text: string): Numbered | null {
  const t = text.trimStart()
  for (const [family, re] of FAMILIES) {
    const m = re.exec(t)
    if (!m) continue
    const n = /^\d+$/.test(m[1]) ? Number(m[1]) : parseNumeral(m[1])
    return n > 0 ? { family, n } : null
  }
  return null
}


// The labels Word draws before numbered paragraphs of a .doc ('一、', '（一）'): the list tables
// (PlfLst, PlfLfo) read and each numbered paragraph counted as Word counts.
import { DocError, type Reader } from './doc-reader'
import type { Fib } from './doc-binary'
import { formatNumber } from './docx-numbering'

// fibRgFcLcb97 pairs of the list tables ([MS-DOC] 2.5.6).
const PLF_LST = 73
const PLF_LFO = 74
const UTF16 = new TextDecoder('utf-16le')

/** A numbered paragraph: its list format override (1-based LFO index) and level. */
export interface ListRef {
  ilfo: number
  ilvl: number
}

export const MAX_LEVEL = 8
/** MSONFC → the OOXML name docx-numbering.ts formats (the enumerations share their order). */
const NFC = ['decimal', 'upperRoman', 'lowerRoman', 'upperLetter', 'lowerLetter', 'ordinal', 'cardinalText', 'ordinalText', 'hex',
  'chicago', 'ideographDigital', 'japaneseCounting', 'aiueo', 'iroha', 'decimalFullWidth', 'decimalHalfWidth', 'japaneseLegal',
  'japaneseDigitalTenThousand', 'decimalEnclosedCircle', 'decimalFullWidth2', 'aiueoFullWidth', 'irohaFullWidth', 'decimalZero',
  'bullet', 'ganada', 'chosung', 'decimalEnclosedFullstop', 'decimalEnclosedParen', 'decimalEnclosedCircleChinese',
  'ideographEnclosedCircle', 'ideographTraditional', 'ideographZodiac', 'ideographZodiacTraditional', 'taiwaneseCounting',
  'ideographLegalTraditional', 'taiwaneseCountingThousand', 'taiwaneseDigital', 'chineseCounting', 'chineseLegalSimplified',
  'chineseCountingThousand']
// LibreOffice writes 35 (taiwaneseCountingThousand) for its 一、二、三 lists; Word shows the same digits.
const nfcName = (nfc: number): string => (nfc === 0xff ? 'none' : (NFC[nfc] ?? 'decimal'))

interface ListLevel {
  start: number
  fmt: string
  /** The number text: characters 0-8 stand for that level's number. */
  text: string
}

/** One LVL at `at`: the level and where the next begins. */
function readLevel(table: Reader, at: number): [ListLevel, number] {
  const start = table.i32(at)
  const nfc = table.u8(at + 4)
  const cbChpx = table.u8(at + 24)
  const cbPapx = table.u8(at + 25)
  let p = at + 28 + cbPapx + cbChpx
  const cch = table.u16(p)
  const text = UTF16.decode(table.slice(p + 2, cch * 2))
  p += 2 + cch * 2
  return [{ start, fmt: nfcName(nfc), text }, p]
}

/** The lists (by lsid, their levels) and the list format overrides (by 1-based index). */
function readLists(table: Reader, fib: Fib): { lists: Map<number, ListLevel[]>; lfos: { lsid: number; starts: Map<number, number> }[] } {
  const lists = new Map<number, ListLevel[]>()
  const lfos: { lsid: number; starts: Map<number, number> }[] = []
  const [fcLst, lcbLst] = fib.fcLcb(PLF_LST)
  if (lcbLst < 2) return { lists, lfos }
  table.check(fcLst, lcbLst)
  const cLst = table.u16(fcLst)
  if (2 + cLst * 28 > lcbLst) throw new DocError('corrupt', 'PlfLst')
  // The levels follow the PlfLst: one for a simple list, nine for the others.
  let at = fcLst + lcbLst
  for (let i = 0; i < cLst; i++) {
    const lstf = fcLst + 2 + i * 28
    const count = table.u8(lstf + 26) & 1 ? 1 : 9
    const levels: ListLevel[] = []
    for (let l = 0; l < count; l++) {
      const [level, next] = readLevel(table, at)
      levels.push(level)
      at = next
    }
    lists.set(table.u32(lstf), levels)
  }
  const [fcLfo, lcbLfo] = fib.fcLcb(PLF_LFO)
  if (lcbLfo < 4) return { lists, lfos }
  table.check(fcLfo, lcbLfo)
  const lfoMac = table.u32(fcLfo)
  if (4 + lfoMac * 16 > lcbLfo) throw new DocError('corrupt', 'PlfLfo')
  // Each LFO's overrides follow all the LFOs: a CP, then per overridden level a start and maybe a level.
  let p = fcLfo + 4 + lfoMac * 16
  for (let i = 0; i < lfoMac; i++) {
    const lfo = fcLfo + 4 + i * 16
    const clfolvl = table.u8(lfo + 12)
    const starts = new Map<number, number>()
    if (clfolvl > 0) {
      p += 4
      for (let k = 0; k < clfolvl; k++) {
        const start = table.i32(p)
        const bits = table.u32(p + 4)
        p += 8
        if (bits & 0x10) starts.set(bits & 0xf, start)
        if (bits & 0x20) p = readLevel(table, p)[1]
      }
    }
    lfos.push({ lsid: table.u32(lfo), starts })
  }
  return { lists, lfos }
}

/**
 * Each numbered paragraph's label, counted as Word counts: per list, a level counting on from its
 * start, deeper levels restarting under it (docx-numbering.ts counts a .docx the same way).
 */
export function listLabels(table: Reader, fib: Fib, refs: Map<number, ListRef>): Map<number, string> {
  const labels = new Map<number, string>()
  if (refs.size === 0) return labels
  const { lists, lfos } = readLists(table, fib)
  const counters = new Map<number, (number | undefined)[]>()
  const started = new Set<number>()
  for (const cp of [...refs.keys()].sort((a, b) => a - b)) {
    const { ilfo, ilvl } = refs.get(cp) as ListRef
    const lfo = lfos[ilfo - 1]
    const levels = lfo && lists.get(lfo.lsid)
    const level = levels?.[ilvl]
    if (!lfo || !levels || !level || level.fmt === 'bullet') continue
    const count = counters.get(lfo.lsid) ?? []
    // An override's start applies where the override is first used.
    if (!started.has(ilfo)) {
      started.add(ilfo)
      for (const l of lfo.starts.keys()) count[l] = undefined
    }
    const startOf = (l: number): number => lfo.starts.get(l) ?? levels[l]?.start ?? 1
    for (let l = 0; l <= ilvl; l++) if (count[l] === undefined) count[l] = startOf(l) - (l === ilvl ? 1 : 0)
    count[ilvl] = (count[ilvl] as number) + 1
    count.length = ilvl + 1
    counters.set(lfo.lsid, count)
    let label = ''
    for (const ch of level.text) {
      const l = ch.charCodeAt(0)
      label += l <= MAX_LEVEL ? formatNumber(count[l] ?? startOf(l), levels[l]?.fmt ?? 'decimal') : ch
    }
    if (label) labels.set(cp, label)
  }
  return labels
}

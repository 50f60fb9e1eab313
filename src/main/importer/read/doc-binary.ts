// The Word 97-2003 binary format ([MS-DOC]) as far as the body's text needs it: the FIB, the piece
// table (which characters make the document, in order), character runs that Word hides or marks
// deleted, the paragraph marks that end a table row, section ends, the footnotes and endnotes with
// the places that refer to them, and the labels of numbered paragraphs (doc-lists.ts). Every offset read from the
// file is checked against the stream it points into: a bad one is corruption (DocError), never a
// read past the end.
import { DocError, Reader } from './doc-reader'
import { MAX_LEVEL, listLabels, type ListRef } from './doc-lists'

export { DocError } from './doc-reader'

/** Where each story starts, in characters (CPs) of the whole text. */
export interface Stories {
  main: [number, number]
  footnotes: [number, number]
  endnotes: [number, number]
}

export interface Note {
  /** The CP in the main story of the mark that refers to the note. */
  ref: number
  /** The note's text, [start, end) CPs of the whole text. */
  text: [number, number]
}

export interface DocBinary {
  /** Every story's characters, one UTF-16 unit per CP. */
  text: string
  stories: Stories
  /** Per CP: HIDDEN and DELETED runs, ROW_END and IN_TABLE paragraphs. */
  flags: Uint8Array
  /** Whether paragraph properties were read: without them rows are told from cells by guess. */
  paragraphsRead: boolean
  /** CPs of section marks (0x0C ending a section, so a paragraph too). */
  sectionEnds: Set<number>
  footnotes: Note[]
  endnotes: Note[]
  /** The label Word draws before each numbered paragraph ('一、', '（一）'), by its paragraph mark's CP. */
  labels: Map<number, string>
}

export const HIDDEN = 1
export const DELETED = 2
export const ROW_END = 4
export const IN_TABLE = 8

const WORD_IDENT = 0xa5ec
/** nFib of Word 97 and later; Word 6 and 95 wrote 101-105 and another FIB. */
const NFIB_WORD97 = 0xc0

// fibRgFcLcb97 pairs, by index ([MS-DOC] 2.5.6).
const PLCF_FND_REF = 2
const PLCF_FND_TXT = 3
const PLCF_SED = 6
const PLCF_BTE_CHPX = 12
const PLCF_BTE_PAPX = 13
const CLX = 33
const PLCF_END_REF = 46
const PLCF_END_TXT = 47

// Sprms this reader acts on.
const SPRM_C_RMARK_DEL = 0x0800
const SPRM_C_VANISH = 0x083c
const SPRM_C_FLD_VANISH = 0x0802
const SPRM_P_IN_TABLE = 0x2416
const SPRM_P_TTP = 0x2417
const SPRM_P_INNER_TTP = 0x244c
const SPRM_P_ILFO = 0x460b
const SPRM_P_ILVL = 0x260a
/** A paragraph's properties too long for its FKP: they are in the Data stream, at this offset. */
const SPRM_P_HUGE_PAPX = 0x6646
const SPRM_T_DEF_TABLE = 0xd608
const SPRM_P_CHG_TABS = 0xc615

export interface Fib {
  tableStream: '0Table' | '1Table'
  ccp: { text: number; ftn: number; hdd: number; atn: number; edn: number; txbx: number; hdrTxbx: number }
  fcLcb: (index: number) => [fc: number, lcb: number]
}

/** The FIB's parts this reader needs; refuses encrypted files and Word 6/95 ones. */
export function readFib(wordDocument: Uint8Array): Fib {
  const r = new Reader(wordDocument, 'FIB')
  if (wordDocument.length < 32 || r.u16(0) !== WORD_IDENT) throw new DocError('corrupt', 'not a Word document stream')
  const nFib = r.u16(2)
  const flags = r.u16(0x0a)
  if (flags & 0x0100) throw new DocError('encrypted', 'fEncrypted')
  if (nFib < NFIB_WORD97) throw new DocError('old-version', `nFib ${nFib}`)
  let at = 32
  const csw = r.u16(at)
  at += 2 + csw * 2
  const cslw = r.u16(at)
  const lw = at + 2
  if (cslw < 11) throw new DocError('corrupt', 'fibRgLw')
  at = lw + cslw * 4
  const cbRgFcLcb = r.u16(at)
  const fcLcbAt = at + 2
  const lwAt = (i: number): number => r.i32(lw + i * 4)
  const ccp = { text: lwAt(3), ftn: lwAt(4), hdd: lwAt(5), atn: lwAt(7), edn: lwAt(8), txbx: lwAt(9), hdrTxbx: lwAt(10) }
  if (Object.values(ccp).some((n) => n < 0)) throw new DocError('corrupt', 'ccp')
  return {
    tableStream: flags & 0x0200 ? '1Table' : '0Table',
    ccp,
    fcLcb: (index) => (index >= cbRgFcLcb ? [0, 0] : [r.u32(fcLcbAt + index * 8), r.u32(fcLcbAt + index * 8 + 4)]),
  }
}

interface Piece {
  cpStart: number
  cpEnd: number
  /** Byte offset in WordDocument; `compressed` pieces hold one byte a character (cp1252). */
  fc: number
  compressed: boolean
}

/** The piece table from the Clx: which bytes of WordDocument make each run of CPs. */
function readPieces(table: Reader, fib: Fib, maxChars: number): Piece[] {
  const [fcClx, lcbClx] = fib.fcLcb(CLX)
  if (lcbClx === 0) throw new DocError('corrupt', 'no piece table')
  table.check(fcClx, lcbClx)
  let at = fcClx
  const end = fcClx + lcbClx
  // Prc entries (0x01, size, property modifiers) come first; the Pcdt (0x02) follows.
  while (at < end && table.u8(at) === 0x01) at += 3 + table.u16(at + 1)
  if (at >= end || table.u8(at) !== 0x02) throw new DocError('corrupt', 'Pcdt')
  const lcb = table.u32(at + 1)
  const plc = at + 5
  table.check(plc, lcb)
  if (lcb < 4 || (lcb - 4) % 12 !== 0) throw new DocError('corrupt', 'PlcPcd size')
  const n = (lcb - 4) / 12
  const pieces: Piece[] = []
  let total = 0
  for (let i = 0; i < n; i++) {
    const cpStart = table.u32(plc + i * 4)
    const cpEnd = table.u32(plc + (i + 1) * 4)
    if (cpEnd < cpStart || cpStart !== total) throw new DocError('corrupt', 'piece CPs')
    const raw = table.u32(plc + (n + 1) * 4 + i * 8 + 2)
    const compressed = (raw & 0x40000000) !== 0
    const fc = compressed ? (raw & 0x3fffffff) / 2 : raw
    total = cpEnd
    if (total > maxChars) throw new DocError('too-large', `${total} characters`)
    pieces.push({ cpStart, cpEnd, fc, compressed })
  }
  return pieces
}

const CP1252 = new TextDecoder('windows-1252')
const UTF16 = new TextDecoder('utf-16le')

function pieceText(doc: Reader, pieces: Piece[]): string {
  const parts: string[] = []
  for (const p of pieces) {
    const n = p.cpEnd - p.cpStart
    const bytes = doc.slice(p.fc, p.compressed ? n : n * 2)
    parts.push(p.compressed ? CP1252.decode(bytes) : UTF16.decode(bytes))
  }
  const text = parts.join('')
  // A lone surrogate decodes to U+FFFD, one unit for one: CPs and string indices stay aligned.
  if (text.length !== pieces[pieces.length - 1].cpEnd) throw new DocError('corrupt', 'text length')
  return text
}

/** Each [fcStart, fcEnd) byte range as CP ranges through the pieces that hold those bytes. */
function fcToCp(pieces: Piece[], fcStart: number, fcEnd: number, each: (cpStart: number, cpEnd: number) => void): void {
  for (const p of pieces) {
    const width = p.compressed ? 1 : 2
    const pEnd = p.fc + (p.cpEnd - p.cpStart) * width
    const a = Math.max(fcStart, p.fc)
    const b = Math.min(fcEnd, pEnd)
    if (a < b) each(p.cpStart + Math.floor((a - p.fc) / width), p.cpStart + Math.ceil((b - p.fc) / width))
  }
}

/** Calls `f(sprm, operandAt)` for each sprm of a grpprl; stops where one cannot be sized. */
function eachSprm(r: Reader, from: number, to: number, f: (sprm: number, at: number) => void): void {
  let at = from
  while (at + 2 <= to) {
    const sprm = r.u16(at)
    at += 2
    const spra = sprm >> 13
    let size: number
    if (sprm === SPRM_T_DEF_TABLE) {
      if (at + 2 > to) return
      size = r.u16(at) + 1
    } else if (spra === 6) {
      if (at >= to) return
      size = r.u8(at) + 1
      if (sprm === SPRM_P_CHG_TABS && size === 256) return // the long form: nothing this reader needs follows reliably
    } else size = [1, 1, 2, 4, 2, 2, 0, 3][spra]
    if (at + size > to) return
    f(sprm, at)
    at += size
  }
}

/** A toggle's operand: 1 on, 0x81 the opposite of the style's (taken as on), else off. */
const toggledOn = (v: number): boolean => v === 1 || v === 0x81

/** Walks a PlcBte (FC bounds, then page numbers of 512-byte FKPs) and each FKP's runs. */
function eachFkpRun(
  doc: Reader,
  table: Reader,
  [fc, lcb]: [number, number],
  run: (page: number, j: number, crun: number, fcStart: number, fcEnd: number) => void,
): void {
  if (lcb < 8 || (lcb - 4) % 8 !== 0) return
  table.check(fc, lcb)
  const n = (lcb - 4) / 8
  for (let i = 0; i < n; i++) {
    const pn = table.u32(fc + (n + 1) * 4 + i * 4) & 0x3fffff
    const page = pn * 512
    doc.check(page, 512)
    const crun = doc.u8(page + 511)
    for (let j = 0; j < crun; j++) run(page, j, crun, doc.u32(page + j * 4), doc.u32(page + (j + 1) * 4))
  }
}

function markCharacterRuns(doc: Reader, table: Reader, fib: Fib, pieces: Piece[], flags: Uint8Array): void {
  eachFkpRun(doc, table, fib.fcLcb(PLCF_BTE_CHPX), (page, j, crun, fcStart, fcEnd) => {
    const rgb = doc.u8(page + (crun + 1) * 4 + j)
    if (rgb === 0) return
    const at = page + rgb * 2
    const cb = doc.u8(at)
    if (at + 1 + cb > page + 511) return
    let mark = 0
    eachSprm(doc, at + 1, at + 1 + cb, (sprm, op) => {
      const on = toggledOn(doc.u8(op))
      if (sprm === SPRM_C_VANISH || sprm === SPRM_C_FLD_VANISH) mark = on ? mark | HIDDEN : mark & ~HIDDEN
      else if (sprm === SPRM_C_RMARK_DEL) mark = doc.u8(op) & 1 ? mark | DELETED : mark & ~DELETED
    })
    // sprmCFFldVanish hides a field's own marks, never shown anyway: only real runs matter.
    if (mark) fcToCp(pieces, fcStart, fcEnd, (a, b) => fill(flags, a, b, mark))
  })
}

function markParagraphs(
  doc: Reader,
  table: Reader,
  data: Reader | null,
  fib: Fib,
  pieces: Piece[],
  flags: Uint8Array,
  lists: Map<number, ListRef>,
): boolean {
  let read = false
  eachFkpRun(doc, table, fib.fcLcb(PLCF_BTE_PAPX), (page, j, crun, fcStart, fcEnd) => {
    read = true
    const bOffset = doc.u8(page + (crun + 1) * 4 + j * 13)
    if (bOffset === 0) return
    const at = page + bOffset * 2
    const cb = doc.u8(at)
    const [from, size] = cb !== 0 ? [at + 1, cb * 2 - 1] : [at + 2, doc.u8(at + 1) * 2]
    const to = Math.min(from + size, page + 511)
    let mark = 0
    let ilfo = 0
    let ilvl = 0
    const paragraphSprm = (r: Reader) => (sprm: number, op: number): void => {
      const on = r.u8(op) !== 0
      if (sprm === SPRM_P_ILFO) ilfo = new DataView(r.bytes.buffer, r.bytes.byteOffset).getInt16(op, true)
      else if (sprm === SPRM_P_ILVL) ilvl = r.u8(op)
      else if (sprm === SPRM_P_IN_TABLE && on) mark |= IN_TABLE
      else if ((sprm === SPRM_P_TTP || sprm === SPRM_P_INNER_TTP) && on) mark |= ROW_END | IN_TABLE
      else if (sprm === SPRM_P_HUGE_PAPX && data && r === doc) {
        // A table row's end often lands here: its cell definitions do not fit a page of 512 bytes.
        const offset = doc.u32(op)
        const cb = data.u16(offset)
        data.check(offset + 2, cb)
        eachSprm(data, offset + 2, offset + 2 + cb, paragraphSprm(data))
      }
    }
    // The first two bytes are the style (istd); the sprms follow.
    eachSprm(doc, from + 2, to, paragraphSprm(doc))
    if (mark) fcToCp(pieces, fcStart, fcEnd, (a, b) => fill(flags, a, b, mark))
    // The paragraph's mark is its last character.
    if (ilfo > 0 && ilvl <= MAX_LEVEL) fcToCp(pieces, fcEnd - 1, fcEnd, (a) => lists.set(a, { ilfo, ilvl }))
  })
  return read
}

function fill(flags: Uint8Array, a: number, b: number, mark: number): void {
  const end = Math.min(b, flags.length)
  for (let i = Math.max(0, a); i < end; i++) flags[i] |= mark
}

/** A PLC of CPs (n+1 of them) followed by n data entries of `size` bytes: the CPs. */
function plcCps(table: Reader, [fc, lcb]: [number, number], size: number): number[] {
  if (lcb < 4 || (lcb - 4) % (4 + size) !== 0) return []
  table.check(fc, lcb)
  const n = (lcb - 4) / (4 + size)
  const cps: number[] = []
  for (let i = 0; i <= n; i++) cps.push(table.u32(fc + i * 4))
  return cps
}

function readNotes(table: Reader, fib: Fib, refIndex: number, txtIndex: number, story: [number, number]): Note[] {
  const refs = plcCps(table, fib.fcLcb(refIndex), 2)
  const txts = plcCps(table, fib.fcLcb(txtIndex), 0)
  const notes: Note[] = []
  for (let i = 0; i + 1 < refs.length && i + 1 < txts.length; i++) {
    const start = story[0] + txts[i]
    const end = Math.min(story[0] + txts[i + 1], story[1])
    if (start < end) notes.push({ ref: refs[i], text: [start, end] })
  }
  return notes
}

/**
 * The document's text and what this reader knows of each character. `maxChars` bounds the text
 * (and so the memory it takes) before any of it is decoded.
 */
export function readDocBinary(wordDocument: Uint8Array, stream: (name: string) => Uint8Array | null, maxChars: number): DocBinary {
  const fib = readFib(wordDocument)
  const tableBytes = stream(fib.tableStream)
  if (!tableBytes) throw new DocError('corrupt', `no ${fib.tableStream}`)
  const doc = new Reader(wordDocument, 'WordDocument')
  const table = new Reader(tableBytes, fib.tableStream)
  const pieces = readPieces(table, fib, maxChars)
  if (pieces.length === 0) throw new DocError('corrupt', 'no pieces')
  const text = pieceText(doc, pieces)
  const { ccp } = fib
  const main: [number, number] = [0, Math.min(ccp.text, text.length)]
  const footnotes: [number, number] = [main[1], Math.min(main[1] + ccp.ftn, text.length)]
  const endStart = footnotes[1] + ccp.hdd + ccp.atn
  const endnotes: [number, number] = [Math.min(endStart, text.length), Math.min(endStart + ccp.edn, text.length)]
  const flags = new Uint8Array(text.length)
  // Properties are a gain, not a need: a file whose runs cannot be read still gives its text.
  try {
    markCharacterRuns(doc, table, fib, pieces, flags)
  } catch (err) {
    if (!(err instanceof DocError)) throw err
  }
  let paragraphsRead = false
  const listRefs = new Map<number, ListRef>()
  try {
    const data = stream('Data')
    paragraphsRead = markParagraphs(doc, table, data && new Reader(data, 'Data'), fib, pieces, flags, listRefs)
  } catch (err) {
    if (!(err instanceof DocError)) throw err
  }
  const tolerant = <T>(read: () => T, fallback: T): T => {
    try {
      return read()
    } catch (err) {
      if (err instanceof DocError) return fallback
      throw err
    }
  }
  const sectionEnds = tolerant(() => new Set(plcCps(table, fib.fcLcb(PLCF_SED), 12).slice(1).map((cp) => cp - 1)), new Set<number>())
  return {
    text,
    stories: { main, footnotes, endnotes },
    flags,
    paragraphsRead,
    sectionEnds,
    footnotes: tolerant(() => readNotes(table, fib, PLCF_FND_REF, PLCF_FND_TXT, footnotes), []),
    endnotes: tolerant(() => readNotes(table, fib, PLCF_END_REF, PLCF_END_TXT, endnotes), []),
    labels: tolerant(() => listLabels(table, fib, listRefs), new Map<number, string>()),
  }
}

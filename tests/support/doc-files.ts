// Small old Word (.doc) files built byte by byte for the reader's tests: a compound file ([MS-CFB],
// version 3, every stream at least 4096 bytes so none goes to the mini stream) holding a
// WordDocument stream with a Word 97 FIB and the text as one Unicode piece, and a 1Table stream
// with the piece table and, when asked, the footnotes. Hostile variants change single fields.

const SSZ = 512
const END = -2
const FREE = -1
const FATSECT = -3
const DIFSECT = -4

function u16(b: Uint8Array, at: number, v: number): void {
  new DataView(b.buffer, b.byteOffset).setUint16(at, v, true)
}
function i32(b: Uint8Array, at: number, v: number): void {
  new DataView(b.buffer, b.byteOffset).setInt32(at, v, true)
}

const padded = (data: Uint8Array, min = 4096): Uint8Array => {
  const out = new Uint8Array(Math.ceil(Math.max(data.length, min) / SSZ) * SSZ)
  out.set(data)
  return out
}

export interface CfbOptions {
  /** Rewrites the FAT before it is written (sector index → next), to make chains cyclic and such. */
  fat?: (fat: number[], streams: { name: string; first: number; count: number }[]) => void
  /** The size a stream's directory entry declares, instead of its data's length. */
  sizes?: Record<string, number>
}

/** A compound file holding the streams, in the root storage. */
export function buildCfb(streams: Record<string, Uint8Array>, opts: CfbOptions = {}): Uint8Array {
  const names = Object.keys(streams)
  const datas = names.map((n) => padded(streams[n]))
  const placed: { name: string; first: number; count: number }[] = []
  let next = 0
  datas.forEach((d, k) => {
    placed.push({ name: names[k], first: next, count: d.length / SSZ })
    next += d.length / SSZ
  })
  const dirEntries = names.length + 1
  const dirSectors = Math.ceil((dirEntries * 128) / SSZ)
  const dirFirst = next
  next += dirSectors
  // FAT sectors past the header's 109 are listed in DIFAT sectors (127 each, then the next's number).
  let fatSectors = 1
  const difatFor = (n: number): number => Math.max(0, Math.ceil((n - 109) / 127))
  while (next + fatSectors + difatFor(fatSectors) > fatSectors * (SSZ / 4)) fatSectors++
  const fatFirst = next
  const difatSectors = difatFor(fatSectors)
  const difatFirst = fatFirst + fatSectors
  const total = next + fatSectors + difatSectors
  const fat: number[] = new Array(fatSectors * (SSZ / 4)).fill(FREE)
  const link = (first: number, count: number): void => {
    for (let i = 0; i < count; i++) fat[first + i] = i + 1 < count ? first + i + 1 : END
  }
  placed.forEach((p) => link(p.first, p.count))
  link(dirFirst, dirSectors)
  for (let i = 0; i < fatSectors; i++) fat[fatFirst + i] = FATSECT
  for (let i = 0; i < difatSectors; i++) fat[difatFirst + i] = DIFSECT
  opts.fat?.(fat, placed)

  const out = new Uint8Array(SSZ * (total + 1))
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
  u16(out, 24, 0x3e)
  u16(out, 26, 3)
  u16(out, 28, 0xfffe)
  u16(out, 30, 9)
  u16(out, 32, 6)
  i32(out, 44, fatSectors)
  i32(out, 48, dirFirst)
  i32(out, 56, 4096)
  i32(out, 60, END)
  i32(out, 64, 0)
  i32(out, 68, difatSectors ? difatFirst : END)
  i32(out, 72, difatSectors)
  for (let i = 0; i < 109; i++) i32(out, 76 + i * 4, i < fatSectors ? fatFirst + i : FREE)
  const sector = (id: number): number => (id + 1) * SSZ
  for (let d = 0; d < difatSectors; d++) {
    const at = sector(difatFirst + d)
    for (let i = 0; i < 127; i++) {
      const k = 109 + d * 127 + i
      i32(out, at + i * 4, k < fatSectors ? fatFirst + k : FREE)
    }
    i32(out, at + 508, d + 1 < difatSectors ? difatFirst + d + 1 : END)
  }
  datas.forEach((d, k) => out.set(d, sector(placed[k].first)))
  const entry = (i: number, name: string, type: number, child: number, right: number, start: number, size: number): void => {
    const at = sector(dirFirst) + i * 128
    for (let c = 0; c < name.length; c++) u16(out, at + c * 2, name.charCodeAt(c))
    u16(out, at + 64, (name.length + 1) * 2)
    out[at + 66] = type
    out[at + 67] = 1
    i32(out, at + 68, -1)
    i32(out, at + 72, right)
    i32(out, at + 76, child)
    i32(out, at + 116, start)
    i32(out, at + 120, size)
  }
  entry(0, 'Root Entry', 5, names.length ? 1 : -1, -1, END, 0)
  names.forEach((n, k) => entry(k + 1, n, 2, -1, k + 2 <= names.length ? k + 2 : -1, placed[k].first, opts.sizes?.[n] ?? Math.max(streams[n].length, 4096)))
  for (let i = 0; i < fat.length; i++) i32(out, sector(fatFirst) + i * 4, fat[i])
  return out
}

export interface DocSpec {
  /** The main story; paragraphs end with \r (one is added at the end when missing). */
  main: string
  /** Footnotes: each note's text (with its \r), referred to at the CP of `refs[i]` in `main`. */
  notes?: { ref: number; text: string }[]
  encrypted?: boolean
  nFib?: number
}

const TEXT_AT = 1024

/** The WordDocument and 1Table streams of a Word 97 file holding `spec`'s text. */
export function buildWordStreams(spec: DocSpec): { WordDocument: Uint8Array; '1Table': Uint8Array } {
  const main = spec.main.endsWith('\r') ? spec.main : `${spec.main}\r`
  const notes = spec.notes ?? []
  const ftn = notes.length ? notes.map((n) => `\u0002${n.text}`).join('') + '\r' : ''
  const all = main + ftn + '\r'
  const wd = new Uint8Array(TEXT_AT + all.length * 2)
  u16(wd, 0, 0xa5ec)
  u16(wd, 2, spec.nFib ?? 0xc1)
  u16(wd, 0x0a, 0x0200 | (spec.encrypted ? 0x0100 : 0))
  u16(wd, 32, 14)
  u16(wd, 62, 22)
  i32(wd, 64 + 3 * 4, main.length)
  i32(wd, 64 + 4 * 4, ftn.length)
  u16(wd, 152, 0x5d)
  for (let i = 0; i < all.length; i++) u16(wd, TEXT_AT + i * 2, all.charCodeAt(i))

  const table: number[] = []
  const put32 = (v: number): void => {
    table.push(v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff)
  }
  const fcLcb: [number, number][] = new Array(0x5d).fill(null).map(() => [0, 0])
  // The piece table: one piece, Unicode, at TEXT_AT.
  const clx = table.length
  table.push(0x02)
  put32(16)
  put32(0)
  put32(all.length)
  table.push(0, 0)
  put32(TEXT_AT)
  table.push(0, 0)
  fcLcb[33] = [clx, table.length - clx]
  if (notes.length) {
    const ref = table.length
    for (const n of notes) put32(n.ref)
    put32(main.length - 1)
    for (let i = 0; i < notes.length; i++) table.push(1, 0)
    fcLcb[2] = [ref, table.length - ref]
    const txt = table.length
    let at = 0
    for (const n of notes) {
      put32(at)
      at += n.text.length + 1
    }
    put32(at)
    put32(at + 1)
    fcLcb[3] = [txt, table.length - txt]
  }
  fcLcb.forEach(([fc, lcb], i) => {
    i32(wd, 154 + i * 8, fc)
    i32(wd, 154 + i * 8 + 4, lcb)
  })
  return { WordDocument: wd, '1Table': new Uint8Array(table) }
}

/** A whole .doc file holding `spec`'s text. */
export function buildDoc(spec: DocSpec, opts: CfbOptions = {}): Uint8Array {
  return buildCfb(buildWordStreams(spec), opts)
}

/** A .doc whose WordDocument chain runs in a two-sector cycle (a reader that trusts it never ends). */
export function cyclicDoc(): Uint8Array {
  return buildCfb(buildWordStreams({ main: '兴县人民政府公报。\r' }), { fat: (fat, s) => void (fat[s[0].first + 1] = s[0].first) })
}

/** A small .doc whose piece table claims 2^30 characters (2 GB of text to decode, were it believed). */
export function absurdPieceDoc(): Uint8Array {
  const streams = buildWordStreams({ main: '兴县人民政府公报。\r' })
  new DataView(streams['1Table'].buffer).setUint32(9, 0x40000000, true)
  return buildCfb(streams)
}

/** A legal .doc of `chars` characters of gazette text in paragraphs (past the text cap when large). */
export function largeLegalDoc(chars: number): Uint8Array {
  const para = '为进一步加强全县住户调查工作，根据省统计局有关要求，现就有关事项通知如下。\r'
  return buildDoc({ main: para.repeat(Math.ceil(chars / para.length)) })
}

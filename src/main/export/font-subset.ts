// A face cut down to the characters a document draws, as a standalone OpenType file an OFD can
// embed (FontFile). fontkit's subsetter gives only what a PDF needs: a bare CFF table for CFF
// faces, and TrueType tables without cmap, name, OS/2 or post. An OFD maps its text through the
// font's cmap, so this adds a cmap for the subset's glyphs and the tables a standalone font needs.
import type * as fontkit from 'fontkit'

type Tables = Map<string, Uint8Array>

interface FaceInternals {
  stream: { buffer: Uint8Array }
  directory: { tables: Record<string, { offset: number; length: number }> }
  createSubset(): { includeGlyph(glyph: fontkit.Glyph | number): number; encode(): Uint8Array; glyphs: number[] }
  getGlyph(id: number): fontkit.Glyph & { _getMetrics(): { leftBearing: number } }
}

function rawTable(face: FaceInternals, tag: string): Uint8Array | undefined {
  const t = face.directory.tables[tag]
  return t ? face.stream.buffer.subarray(t.offset, t.offset + t.length) : undefined
}

/** The tables of an sfnt file (fontkit's TrueType subset). */
function readSfnt(bytes: Uint8Array): Tables {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const out: Tables = new Map()
  for (let i = 0; i < view.getUint16(4); i++) {
    const at = 12 + i * 16
    const tag = String.fromCharCode(...bytes.subarray(at, at + 4))
    const offset = view.getUint32(at + 8)
    out.set(tag, bytes.subarray(offset, offset + view.getUint32(at + 12)))
  }
  return out
}

function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array((bytes.length + 3) & ~3)
  padded.set(bytes)
  const view = new DataView(padded.buffer)
  let sum = 0
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0
  return sum
}

/** An sfnt of `tables` (tags sorted, 4-byte aligned, head's checkSumAdjustment set). */
function writeSfnt(tables: Tables, cff: boolean): Uint8Array {
  const tags = [...tables.keys()].sort()
  const n = tags.length
  let size = 12 + 16 * n
  const offsets = tags.map((t) => {
    const at = size
    size += (tables.get(t)!.length + 3) & ~3
    return at
  })
  const out = new Uint8Array(size)
  const view = new DataView(out.buffer)
  const pow = 2 ** Math.floor(Math.log2(n))
  view.setUint32(0, cff ? 0x4f54544f : 0x00010000)
  view.setUint16(4, n)
  view.setUint16(6, pow * 16)
  view.setUint16(8, Math.log2(pow))
  view.setUint16(10, n * 16 - pow * 16)
  tags.forEach((t, i) => {
    const data = tables.get(t)!
    if (t === 'head') new DataView(data.buffer, data.byteOffset).setUint32(8, 0)
    const at = 12 + i * 16
    for (let k = 0; k < 4; k++) out[at + k] = t.charCodeAt(k)
    view.setUint32(at + 4, checksum(data))
    view.setUint32(at + 8, offsets[i])
    view.setUint32(at + 12, data.length)
    out.set(data, offsets[i])
  })
  const head = offsets[tags.indexOf('head')]
  if (head !== undefined) view.setUint32(head + 8, (0xb1b0afba - checksum(out)) >>> 0)
  return out
}

/** A cmap with a format 4 subtable (BMP) and a format 12 one (all), one segment per character. */
function cmapTable(map: [number, number][]): Uint8Array {
  const bmp = map.filter(([cp]) => cp < 0xffff)
  const segs = bmp.length + 1
  const f4 = new DataView(new ArrayBuffer(16 + segs * 8))
  f4.setUint16(0, 4)
  f4.setUint16(2, f4.byteLength)
  f4.setUint16(6, segs * 2)
  const pow = 2 ** Math.floor(Math.log2(segs))
  f4.setUint16(8, pow * 2)
  f4.setUint16(10, Math.log2(pow))
  f4.setUint16(12, segs * 2 - pow * 2)
  const ends = 14
  const starts = ends + segs * 2 + 2
  const deltas = starts + segs * 2
  ;[...bmp, [0xffff, 0] as [number, number]].forEach(([cp, gid], i) => {
    f4.setUint16(ends + i * 2, cp)
    f4.setUint16(starts + i * 2, cp)
    f4.setUint16(deltas + i * 2, cp === 0xffff ? 1 : (gid - cp + 0x10000) & 0xffff)
  })
  const f12 = new DataView(new ArrayBuffer(16 + map.length * 12))
  f12.setUint16(0, 12)
  f12.setUint32(4, f12.byteLength)
  f12.setUint32(12, map.length)
  map.forEach(([cp, gid], i) => {
    f12.setUint32(16 + i * 12, cp)
    f12.setUint32(20 + i * 12, cp)
    f12.setUint32(24 + i * 12, gid)
  })
  const head = new DataView(new ArrayBuffer(4 + 2 * 8))
  head.setUint16(2, 2)
  head.setUint16(4, 3)
  head.setUint16(6, 1)
  head.setUint32(8, 20)
  head.setUint16(12, 3)
  head.setUint16(14, 10)
  head.setUint32(16, 20 + f4.byteLength)
  return concat([head, f4, f12].map((v) => new Uint8Array(v.buffer)))
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/** A copy of the face's table with 16-bit `fields` (offset → value) changed. */
function patched(table: Uint8Array | undefined, fields: Record<number, number>): Uint8Array {
  const out = new Uint8Array(table ?? new Uint8Array(0))
  const view = new DataView(out.buffer)
  for (const [at, v] of Object.entries(fields)) view.setUint16(Number(at), v)
  return out
}

/** post version 3: no glyph names (they would have to be subset too). */
function post3(face: FaceInternals): Uint8Array {
  const out = new Uint8Array(32)
  out.set((rawTable(face, 'post') ?? new Uint8Array(32)).subarray(0, 32))
  new DataView(out.buffer).setUint32(0, 0x00030000)
  return out
}

/** The CFF tables around fontkit's bare CFF subset: metrics for the subset's glyph order. */
function cffTables(face: FaceInternals, cff: Uint8Array, glyphs: number[]): Tables {
  const hmtx = new DataView(new ArrayBuffer(glyphs.length * 4))
  glyphs.forEach((gid, i) => {
    // The face's own hmtx entry, as fontkit's TrueType subsetter copies it (no outline parsed).
    const g = face.getGlyph(gid)
    hmtx.setUint16(i * 4, Math.round(g.advanceWidth))
    hmtx.setInt16(i * 4 + 2, Math.round(g._getMetrics().leftBearing || 0))
  })
  const maxp = new DataView(new ArrayBuffer(6))
  maxp.setUint32(0, 0x00005000)
  maxp.setUint16(4, glyphs.length)
  return new Map([
    ['CFF ', cff],
    ['head', patched(rawTable(face, 'head'), {})],
    ['hhea', patched(rawTable(face, 'hhea'), { 34: glyphs.length })],
    ['hmtx', new Uint8Array(hmtx.buffer)],
    ['maxp', new Uint8Array(maxp.buffer)],
  ])
}

/** `face` cut to the characters of `text` (those it has), as an OpenType file with a cmap. */
export function subsetFont(face: fontkit.Font, text: Iterable<string>): Uint8Array {
  const f = face as unknown as FaceInternals & fontkit.Font
  const subset = f.createSubset()
  const cps = [...new Set([...text].map((ch) => ch.codePointAt(0) ?? 0))].filter((cp) => f.hasGlyphForCodePoint(cp)).sort((a, b) => a - b)
  const map = cps.map((cp): [number, number] => [cp, subset.includeGlyph(f.glyphForCodePoint(cp))])
  const encoded = subset.encode()
  const cff = Boolean(f.directory.tables['CFF '])
  const tables = cff ? cffTables(f, encoded, subset.glyphs) : readSfnt(encoded)
  tables.set('cmap', cmapTable(map))
  tables.set('post', post3(f))
  for (const tag of ['OS/2', 'name']) {
    const raw = rawTable(f, tag)
    if (raw) tables.set(tag, new Uint8Array(raw))
  }
  return writeSfnt(tables, cff)
}

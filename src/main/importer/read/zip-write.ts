// Writes a plain zip from verified entries and their (still compressed) data: one local header
// per entry with exact sizes, no descriptors, no extra fields, then the directory and end record.
import type { CentralEntry } from './zip-records'

const UTF8_NAMES = 0x800

function localHeader(e: CentralEntry): Uint8Array {
  const h = new Uint8Array(30 + e.nameBytes.length)
  const v = new DataView(h.buffer)
  v.setUint32(0, 0x04034b50, true)
  v.setUint16(4, 20, true)
  v.setUint16(6, e.flags & UTF8_NAMES, true)
  v.setUint16(8, e.method, true)
  v.setUint32(14, e.crc32, true)
  v.setUint32(18, e.compressedSize, true)
  v.setUint32(22, e.uncompressedSize, true)
  v.setUint16(26, e.nameBytes.length, true)
  h.set(e.nameBytes, 30)
  return h
}

function centralHeader(e: CentralEntry, offset: number): Uint8Array {
  const h = new Uint8Array(46 + e.nameBytes.length)
  const v = new DataView(h.buffer)
  v.setUint32(0, 0x02014b50, true)
  v.setUint16(4, 20, true)
  v.setUint16(6, 20, true)
  v.setUint16(8, e.flags & UTF8_NAMES, true)
  v.setUint16(10, e.method, true)
  v.setUint32(16, e.crc32, true)
  v.setUint32(20, e.compressedSize, true)
  v.setUint32(24, e.uncompressedSize, true)
  v.setUint16(28, e.nameBytes.length, true)
  v.setUint32(42, offset, true)
  h.set(e.nameBytes, 46)
  return h
}

function endRecord(count: number, size: number, offset: number): Uint8Array {
  const h = new Uint8Array(22)
  const v = new DataView(h.buffer)
  v.setUint32(0, 0x06054b50, true)
  v.setUint16(8, count, true)
  v.setUint16(10, count, true)
  v.setUint32(12, size, true)
  v.setUint32(16, offset, true)
  return h
}

/** A zip holding exactly `entries`, entry i's compressed bytes being `data[i]`. */
export function writeZip(entries: CentralEntry[], data: Uint8Array[]): Uint8Array {
  const chunks: Uint8Array[] = []
  const offsets: number[] = []
  let at = 0
  entries.forEach((e, i) => {
    offsets.push(at)
    const head = localHeader(e)
    chunks.push(head, data[i])
    at += head.length + data[i].length
  })
  const dirStart = at
  entries.forEach((e, i) => {
    const head = centralHeader(e, offsets[i])
    chunks.push(head)
    at += head.length
  })
  chunks.push(endRecord(entries.length, at - dirStart, dirStart))
  return Buffer.concat(chunks)
}

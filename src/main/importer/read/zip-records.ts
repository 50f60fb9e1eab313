// Strict reading of a zip's records: the end record, a central directory that holds exactly the
// entries the end record counts, and local headers that follow one another as the directory says.
import type { ZipEntry } from './zip-inspect'

export interface CentralEntry extends ZipEntry {
  flags: number
  crc32: number
  nameBytes: Uint8Array
}

export interface CentralDirectory {
  entries: CentralEntry[]
  /** Where the central directory starts: every entry's data lies before it. */
  offset: number
}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const DESCRIPTOR = 0x08074b50
const ENCRYPTED = 0x1
const HAS_DESCRIPTOR = 0x8
const MAX_ENTRIES = 10_000

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

/** The one end record: the last, and it must end the file (after its comment). */
function findEnd(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 65557)
  for (let p = view.byteLength - 22; p >= stop; p--) {
    if (view.getUint32(p, true) !== EOCD) continue
    return p + 22 + view.getUint16(p + 20, true) === view.byteLength ? p : -1
  }
  return -1
}

/**
 * The central directory, or null when it is not exactly what the end record describes: one
 * disk, `count` entries filling `size` bytes that end where the end record starts, no ZIP64,
 * no encryption. Entries past the count (which JSZip would read) make it null.
 */
export function readCentralDirectory(bytes: Uint8Array): CentralDirectory | null {
  const view = viewOf(bytes)
  const end = findEnd(view)
  if (end < 0) return null
  const disk = view.getUint16(end + 4, true) | view.getUint16(end + 6, true)
  const count = view.getUint16(end + 10, true)
  const size = view.getUint32(end + 12, true)
  const offset = view.getUint32(end + 16, true)
  if (disk !== 0 || count !== view.getUint16(end + 8, true) || count > MAX_ENTRIES) return null
  if (offset + size !== end) return null
  const entries: CentralEntry[] = []
  let p = offset
  while (p < end) {
    const e = readCentralEntry(bytes, view, p, end)
    if (!e) return null
    entries.push(e.entry)
    p = e.next
  }
  return p === end && entries.length === count ? { entries, offset } : null
}

function readCentralEntry(
  bytes: Uint8Array,
  view: DataView,
  p: number,
  end: number,
): { entry: CentralEntry; next: number } | null {
  if (p + 46 > end || view.getUint32(p, true) !== CENTRAL) return null
  const nameLen = view.getUint16(p + 28, true)
  const next = p + 46 + nameLen + view.getUint16(p + 30, true) + view.getUint16(p + 32, true)
  const flags = view.getUint16(p + 8, true)
  if (next > end || nameLen === 0 || flags & ENCRYPTED) return null
  const nameBytes = bytes.slice(p + 46, p + 46 + nameLen)
  const entry: CentralEntry = {
    name: new TextDecoder().decode(nameBytes),
    nameBytes,
    flags,
    method: view.getUint16(p + 10, true),
    crc32: view.getUint32(p + 16, true),
    compressedSize: view.getUint32(p + 20, true),
    uncompressedSize: view.getUint32(p + 24, true),
    localOffset: view.getUint32(p + 42, true),
  }
  return { entry, next }
}

/**
 * Each entry's compressed data, in directory order, or null unless the local headers run in
 * sequence from the start of the file to the central directory: one per entry, same name and
 * method, no gaps but data descriptors, no overlaps, nothing hidden between them.
 */
export function readLocalData(bytes: Uint8Array, dir: CentralDirectory): Uint8Array[] | null {
  const view = viewOf(bytes)
  const order = dir.entries.map((e, i) => i).sort((a, b) => dir.entries[a].localOffset - dir.entries[b].localOffset)
  const data: Uint8Array[] = new Array(dir.entries.length)
  let p = 0
  for (const i of order) {
    const e = dir.entries[i]
    if (e.localOffset !== p) return null
    const start = localDataStart(view, e, dir.offset)
    if (start < 0) return null
    const stop = start + e.compressedSize
    if (stop > dir.offset) return null
    data[i] = bytes.subarray(start, stop)
    p = stop + descriptorLength(view, e, stop, dir.offset)
  }
  return p === dir.offset ? data : null
}

function localDataStart(view: DataView, e: CentralEntry, limit: number): number {
  const p = e.localOffset
  if (p + 30 > limit || view.getUint32(p, true) !== LOCAL) return -1
  const nameLen = view.getUint16(p + 26, true)
  if (view.getUint16(p + 8, true) !== e.method || nameLen !== e.nameBytes.length) return -1
  for (let k = 0; k < nameLen; k++) if (view.getUint8(p + 30 + k) !== e.nameBytes[k]) return -1
  return p + 30 + nameLen + view.getUint16(p + 28, true)
}

// A data descriptor (crc, sizes; with or without its signature) may follow an entry's data.
function descriptorLength(view: DataView, e: CentralEntry, at: number, limit: number): number {
  if (!(e.flags & HAS_DESCRIPTOR)) return 0
  const signed = at + 4 <= limit && view.getUint32(at, true) === DESCRIPTOR
  return signed ? 16 : 12
}

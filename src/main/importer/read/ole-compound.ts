// The OLE compound file ([MS-CFB]) that holds an old Word file's streams, read for hostile input:
// every sector number is checked against the file, every chain is walked once with a visited set
// (a cycle or a chain longer than its stream needs is corruption, not a loop), and no stream is
// larger than the file that holds it. The npm packages that read this format (word-extractor, cfb)
// follow chains without such checks: a two-sector cycle loops forever and a crafted FAT costs them
// memory quadratic in the file's size, so the few pages of the format are read here.

export class CompoundError extends Error {}

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const END_OF_CHAIN = -2
const NO_STREAM = -1
const MINI_SECTOR = 64
const MINI_CUTOFF = 4096
const STREAM = 2
const ROOT = 5
/** Directory entries a Word file needs are few; a directory of more is not a document's. */
const MAX_ENTRIES = 100_000

export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && SIGNATURE.every((b, i) => bytes[i] === b)
}

interface Entry {
  name: string
  type: number
  left: number
  right: number
  child: number
  start: number
  size: number
}

export interface CompoundFile {
  /** The named stream among the root storage's children, or null when it has none. */
  stream(name: string): Uint8Array | null
}

export function readCompoundFile(bytes: Uint8Array): CompoundFile {
  if (!isCompoundFile(bytes) || bytes.length < 512) throw new CompoundError('header')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const u16 = (at: number): number => view.getUint16(at, true)
  const i32 = (at: number): number => view.getInt32(at, true)
  const shift = u16(30)
  if ((shift !== 9 && shift !== 12) || u16(32) !== 6) throw new CompoundError('sector size')
  const ssz = 1 << shift
  const sectors = Math.floor((bytes.length - ssz) / ssz) + ((bytes.length - ssz) % ssz > 0 ? 1 : 0)
  if (sectors <= 0) throw new CompoundError('no sectors')
  const sectorAt = (id: number): number => (id + 1) * ssz
  const inFile = (id: number): boolean => id >= 0 && id < sectors

  // The FAT's own sectors: 109 listed in the header, the rest in the DIFAT chain.
  const fatCount = i32(44)
  if (fatCount < 0 || fatCount > sectors) throw new CompoundError('FAT count')
  const fatSectors: number[] = []
  for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) fatSectors.push(i32(76 + i * 4))
  const perSector = ssz / 4
  let difat = i32(68)
  const difatSeen = new Set<number>()
  while (fatSectors.length < fatCount) {
    if (!inFile(difat) || difatSeen.has(difat)) throw new CompoundError('DIFAT chain')
    difatSeen.add(difat)
    const at = sectorAt(difat)
    for (let i = 0; i < perSector - 1 && fatSectors.length < fatCount; i++) fatSectors.push(view.getInt32(at + i * 4, true))
    difat = view.getInt32(at + ssz - 4, true)
  }
  // Entries past the file's last sector point nowhere: the table stops at the file's end.
  const fat = new Int32Array(Math.min(fatCount * perSector, sectors))
  fatSectors.forEach((id, k) => {
    if (!inFile(id)) throw new CompoundError('FAT sector')
    const at = sectorAt(id)
    for (let i = 0; i < perSector && k * perSector + i < fat.length; i++) fat[k * perSector + i] = view.getInt32(at + i * 4, true)
  })

  /** A chain's sector numbers, each checked; at most `max` of them. */
  const chain = (table: Int32Array, start: number, max: number, what: string): number[] => {
    const out: number[] = []
    const seen = new Uint8Array(table.length)
    for (let id = start; id !== END_OF_CHAIN; id = table[id]) {
      if (id < 0 || id >= table.length || seen[id]) throw new CompoundError(`${what} chain`)
      if (out.length >= max) throw new CompoundError(`${what} chain too long`)
      seen[id] = 1
      out.push(id)
    }
    return out
  }
  const gather = (ids: number[], size: number): Uint8Array => {
    if (ids.length * ssz < size) throw new CompoundError('chain shorter than its stream')
    const out = new Uint8Array(size)
    ids.forEach((id, k) => {
      const from = sectorAt(id)
      const n = Math.min(ssz, out.length - k * ssz, bytes.length - from)
      if (n > 0) out.set(bytes.subarray(from, from + n), k * ssz)
    })
    return out
  }

  const dirIds = chain(fat, i32(48), sectors, 'directory')
  const dir = gather(dirIds, dirIds.length * ssz)
  const count = Math.min(dir.length / 128, MAX_ENTRIES)
  const entry = (i: number): Entry => {
    const at = i * 128
    const dv = new DataView(dir.buffer, dir.byteOffset + at, 128)
    const nameBytes = Math.min(64, Math.max(0, dv.getUint16(64, true) - 2))
    return {
      name: new TextDecoder('utf-16le').decode(dir.subarray(at, at + nameBytes)),
      type: dv.getUint8(66),
      left: dv.getInt32(68, true),
      right: dv.getInt32(72, true),
      child: dv.getInt32(76, true),
      start: dv.getInt32(116, true),
      // Version 3 files keep only the low 32 bits; a size past the file's is corruption.
      size: dv.getUint32(120, true),
    }
  }
  if (count === 0) throw new CompoundError('directory')
  const root = entry(0)
  if (root.type !== ROOT) throw new CompoundError('root entry')

  // The root's children: a tree of siblings, walked with each entry visited once.
  const children = new Map<string, Entry>()
  const visited = new Uint8Array(count)
  const stack = [root.child]
  while (stack.length > 0) {
    const i = stack.pop() as number
    if (i === NO_STREAM) continue
    if (i < 0 || i >= count || visited[i]) throw new CompoundError('directory tree')
    visited[i] = 1
    const e = entry(i)
    if (!children.has(e.name)) children.set(e.name, e)
    stack.push(e.left, e.right)
  }

  // Small streams live in the mini stream (the root's data), in 64-byte sectors listed by the mini FAT.
  let mini: { fat: Int32Array; data: Uint8Array } | null = null
  const miniStream = (): { fat: Int32Array; data: Uint8Array } => {
    if (mini) return mini
    const miniFatCount = i32(64)
    if (miniFatCount < 0 || miniFatCount > sectors) throw new CompoundError('mini FAT count')
    // A stream's mini sectors must lie inside the mini stream, whose length the root gives.
    const fatIds = miniFatCount === 0 ? [] : chain(fat, i32(60), miniFatCount, 'mini FAT')
    const raw = gather(fatIds, fatIds.length * ssz)
    const miniFat = new Int32Array(raw.length / 4)
    const rv = new DataView(raw.buffer, raw.byteOffset, raw.byteLength)
    for (let i = 0; i < miniFat.length; i++) miniFat[i] = rv.getInt32(i * 4, true)
    if (root.size > bytes.length) throw new CompoundError('mini stream size')
    const ids = root.start === END_OF_CHAIN ? [] : chain(fat, root.start, Math.ceil(root.size / ssz), 'mini stream')
    mini = { fat: miniFat, data: gather(ids, root.size) }
    return mini
  }

  return {
    stream(name: string): Uint8Array | null {
      const e = children.get(name)
      if (!e || e.type !== STREAM) return null
      if (e.size > bytes.length) throw new CompoundError(`${name} size`)
      if (e.size === 0) return new Uint8Array(0)
      if (e.size >= MINI_CUTOFF) return gather(chain(fat, e.start, Math.ceil(e.size / ssz), name), e.size)
      const m = miniStream()
      const ids = chain(m.fat, e.start, Math.ceil(e.size / MINI_SECTOR), name)
      const out = new Uint8Array(e.size)
      ids.forEach((id, k) => {
        const from = id * MINI_SECTOR
        const n = Math.min(MINI_SECTOR, e.size - k * MINI_SECTOR, m.data.length - from)
        if (n <= 0 || (n < MINI_SECTOR && k < ids.length - 1)) throw new CompoundError(`${name} outside the mini stream`)
        out.set(m.data.subarray(from, from + n), k * MINI_SECTOR)
      })
      return out
    },
  }
}

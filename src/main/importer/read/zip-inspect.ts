// A quick look at a zip's central directory (to tell Word files from other zips) and the
// declared-size bomb checks; zip-verify.ts does the strict reading before mammoth.
import { refuse } from './read-errors'

export interface ZipEntry {
  name: string
  method: number
  compressedSize: number
  uncompressedSize: number
  localOffset: number
}

// A deflated entry this much bigger than its compressed size is a bomb, not a document.
const MAX_RATIO = 100
// Entries smaller than this are never judged by ratio (tiny XML compresses very well).
const RATIO_MIN_SIZE = 1024 * 1024
const EOCD = 0x06054b50
const CENTRAL = 0x02014b50

/** The entries listed in the central directory, or null if this is not a readable zip. */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const eocd = findEocd(view)
  if (eocd < 0) return null
  const count = view.getUint16(eocd + 10, true)
  let p = view.getUint32(eocd + 16, true)
  const entries: ZipEntry[] = []
  for (let i = 0; i < count; i++) {
    if (p + 46 > view.byteLength || view.getUint32(p, true) !== CENTRAL) return null
    const nameLen = view.getUint16(p + 28, true)
    const skip = nameLen + view.getUint16(p + 30, true) + view.getUint16(p + 32, true)
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen)),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    })
    p += 46 + skip
  }
  return entries
}

// The end-of-central-directory record sits in the last 64 KB + 22 bytes (after a comment).
function findEocd(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 65557)
  for (let p = view.byteLength - 22; p >= stop; p--) {
    if (view.getUint32(p, true) === EOCD) return p
  }
  return -1
}

/**
 * Refuses a zip whose declared sizes add up past `maxTotal` or whose entries compress
 * implausibly well. What the parts really inflate to is checked in zip-verify.ts.
 */
export function checkZipBomb(
  entries: ZipEntry[],
  maxTotal: number,
  fileName: string,
): void {
  const bomb = (): Error => refuse('CORRUPT_FILE', fileName, '压缩比异常，疑似压缩炸弹，已拒绝。')
  let total = 0
  for (const e of entries) {
    // 0xffffffff means ZIP64 sizes: far beyond any gazette, so treated like an oversize entry.
    if (e.uncompressedSize === 0xffffffff || e.compressedSize === 0xffffffff) throw bomb()
    total += e.uncompressedSize
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize)
    if (e.uncompressedSize > RATIO_MIN_SIZE && ratio > MAX_RATIO) throw bomb()
  }
  if (total > maxTotal) throw bomb()
}

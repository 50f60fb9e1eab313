// Checks a Word file's zip strictly and rewrites it, so mammoth (through JSZip) sees only entries
// we listed, located and inflated ourselves under a byte cap. JSZip reads central-directory
// entries past the count the end record declares; a 408 KB file hid a 3.4 GB part that way.
import { createInflateRaw } from 'node:zlib'
import { refuse } from './read-errors'
import { checkZipBomb, type ZipEntry } from './zip-inspect'
import { readCentralDirectory, readLocalData, type CentralEntry } from './zip-records'
import { writeZip } from './zip-write'

const bombText = '压缩比异常，疑似压缩炸弹，已拒绝。'
const corruptText = '已损坏（Word 压缩包的目录与内容不一致），无法导入。'

export interface DocxCaps {
  /** All parts inflated, images included. */
  maxTotal: number
  /** The XML parts mammoth parses: its time grows with them (24 MB took 30 s here). */
  maxXml: number
}

const MB = 1024 * 1024

/**
 * The zip's entries, verified: the central directory holds exactly the entries its end record
 * counts, no name twice, every local header where the directory says and in sequence, and every
 * part inflates to exactly its declared size, all parts together at most `maxTotal` bytes.
 * Returns a freshly written zip of those entries (the original compressed data, clean headers).
 */
export async function verifyDocxZip(bytes: Uint8Array, fileName: string, caps: DocxCaps): Promise<Uint8Array> {
  const { maxTotal } = caps
  const corrupt = (): Error => refuse('CORRUPT_FILE', fileName, corruptText)
  const central = readCentralDirectory(bytes)
  if (!central) throw corrupt()
  refuseDuplicates(central.entries, fileName)
  checkZipBomb(central.entries, maxTotal, fileName)
  checkXmlSize(central.entries, caps.maxXml, fileName)
  const parts = readLocalData(bytes, central)
  if (!parts) throw corrupt()
  let budget = maxTotal
  let mismatch = false
  // A part that inflates past its declared size is a bomb whatever else is wrong: checked for all.
  for (const [i, e] of central.entries.entries()) {
    const size = await inflatedSize(parts[i], e, Math.min(budget, e.uncompressedSize))
    if (size === 'over') throw refuse('CORRUPT_FILE', fileName, bombText)
    if (size === 'bad' || size !== e.uncompressedSize) mismatch = true
    else budget -= size
  }
  if (mismatch) throw corrupt()
  return writeZip(central.entries, parts)
}

// Every size is checked against what the part really inflates to below, so the sum is honest.
export function checkXmlSize(entries: ZipEntry[], maxXml: number, fileName: string): void {
  const xml = entries.filter((e) => /\.(xml|rels)$/i.test(e.name)).reduce((n, e) => n + e.uncompressedSize, 0)
  if (xml <= maxXml) return
  const size = `${(xml / MB).toFixed(0)} MB`
  throw refuse('FILE_TOO_LARGE', fileName, `的文字内容过大（XML 共 ${size}，上限 ${Math.round(maxXml / MB)} MB），无法导入。`)
}

export function refuseDuplicates(entries: ZipEntry[], fileName: string): void {
  const names = new Set<string>()
  for (const e of entries) {
    // Readers differ on case and slashes; one spelling per part leaves nothing to choose.
    const key = e.name.replace(/\\/g, '/').toLowerCase()
    if (names.has(key)) throw refuse('CORRUPT_FILE', fileName, `含有重复的压缩条目（${e.name.slice(0, 80)}），已拒绝。`)
    names.add(key)
  }
}

/**
 * Bytes the entry inflates to, counted as the stream runs and never held: 'over' as soon as
 * it passes `cap`, 'bad' for data that is not deflate or a method Word does not use.
 */
async function inflatedSize(data: Uint8Array, e: CentralEntry, cap: number): Promise<number | 'over' | 'bad'> {
  if (e.method === 0) return data.length > cap ? 'over' : data.length
  if (e.method !== 8) return 'bad'
  return new Promise((resolve) => {
    const inflate = createInflateRaw()
    let total = 0
    let done = false
    const finish = (r: number | 'over' | 'bad'): void => {
      if (done) return
      done = true
      inflate.destroy()
      resolve(r)
    }
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length
      if (total > cap) finish('over')
    })
    inflate.on('error', () => finish('bad'))
    inflate.on('end', () => finish(total))
    inflate.end(data)
  })
}

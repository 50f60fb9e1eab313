// An OFD package opened as strictly as a Word file (issue 9): the zip's records checked, no
// duplicate or unsafe names, declared sizes capped (bombs), all XML together capped, and each
// part inflated only when read, never past its declared size. References resolve inside the
// package: one that climbs out of it ('..' past the root) is refused.
import { inflateRawSync } from 'node:zlib'
import { refuse } from '../read-errors'
import { checkZipBomb } from '../zip-inspect'
import { readCentralDirectory, readLocalData } from '../zip-records'
import { checkXmlSize, refuseDuplicates, type DocxCaps } from '../zip-verify'
import { parseXml, XmlError, type XmlElement } from './ofd-xml'

export interface OfdPackage {
  names: string[]
  has(path: string): boolean
  /** The part's XML, parsed; a clear refusal when it is missing or malformed. */
  xml(path: string, what: string): XmlElement
  /** The part's bytes (an image), inflated under its declared size; a clear refusal when missing. */
  data(path: string, what: string): Buffer
  /** `ref` as written in `from` (a part's path), resolved to a package path. */
  resolve(from: string, ref: string): string
}

const ZIP_ENCRYPTED = 0x1

/** True when the zip's central directory marks any entry as encrypted (a password-protected zip). */
export function zipEncrypted(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let end = -1
  for (let p = bytes.length - 22; p >= Math.max(0, bytes.length - 65557) && end < 0; p--) if (view.getUint32(p, true) === 0x06054b50) end = p
  if (end < 0) return false
  for (let p = view.getUint32(end + 16, true); p + 46 <= end && view.getUint32(p, true) === 0x02014b50; ) {
    if (view.getUint16(p + 8, true) & ZIP_ENCRYPTED) return true
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true)
  }
  return false
}

export function encrypted(fileName: string): Error {
  return refuse('CORRUPT_FILE', fileName, '是加密的 OFD 文件（需要密钥或密码才能打开），无法导入。请提供未加密的文件。')
}

function unsafeName(name: string): boolean {
  return name.startsWith('/') || name.includes('\\') || /^[A-Za-z]:/.test(name) || name.split('/').includes('..')
}

export function openOfdPackage(bytes: Uint8Array, fileName: string, caps: DocxCaps): OfdPackage {
  const corrupt = (why: string): Error => refuse('CORRUPT_FILE', fileName, `不是完整的 OFD 文件（${why}），无法导入。`)
  const central = readCentralDirectory(bytes)
  if (!central && zipEncrypted(bytes)) throw encrypted(fileName)
  if (!central) throw corrupt('压缩包目录损坏')
  const bad = central.entries.find((e) => unsafeName(e.name))
  if (bad) throw refuse('CORRUPT_FILE', fileName, `含有不安全的路径（${bad.name.slice(0, 80)}），已拒绝。`)
  refuseDuplicates(central.entries, fileName)
  checkZipBomb(central.entries, caps.maxTotal, fileName)
  checkXmlSize(central.entries, caps.maxXml, fileName)
  const data = readLocalData(bytes, central)
  if (!data) throw corrupt('压缩包的目录与内容不一致')
  const index = new Map(central.entries.map((e, i) => [e.name.toLowerCase(), i]))
  const inflate = (i: number): Buffer => {
    const e = central.entries[i]
    let out: Buffer
    try {
      out = e.method === 0 ? Buffer.from(data[i]) : inflateRawSync(data[i], { maxOutputLength: Math.max(1, e.uncompressedSize) })
    } catch {
      throw refuse('CORRUPT_FILE', fileName, `的部件 ${e.name} 无法解压（损坏或大于声明的大小），已拒绝。`)
    }
    if ((e.method !== 0 && e.method !== 8) || out.length !== e.uncompressedSize) throw corrupt(`部件 ${e.name} 大小不符`)
    return out
  }
  return {
    names: central.entries.map((e) => e.name),
    has: (path) => index.has(path.toLowerCase()),
    xml(path, what) {
      const i = index.get(path.toLowerCase())
      if (i === undefined) throw corrupt(`缺少${what} ${path}`)
      try {
        return parseXml(inflate(i).toString('utf8').replace(/^\uFEFF/, ''))
      } catch (err) {
        if (err instanceof XmlError) throw corrupt(`${what} ${path} 不是有效的 XML：${err.message}`)
        throw err
      }
    },
    data(path, what) {
      const i = index.get(path.toLowerCase())
      if (i === undefined) throw corrupt(`缺少${what} ${path}`)
      return inflate(i)
    },
    resolve(from, ref) {
      const r = ref.trim().replace(/\\/g, '/')
      const base = r.startsWith('/') ? [] : from.split('/').slice(0, -1)
      const parts = [...base]
      for (const seg of r.split('/')) {
        if (seg === '' || seg === '.') continue
        if (seg !== '..') parts.push(seg)
        else if (!parts.pop()) throw refuse('CORRUPT_FILE', fileName, `的引用路径「${ref.slice(0, 80)}」指向压缩包之外，已拒绝。`)
      }
      return parts.join('/')
    },
  }
}

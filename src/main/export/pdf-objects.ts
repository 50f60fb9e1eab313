// A small reader of a PDF's indirect objects (classic xref files, as pdfkit writes them): each
// object's dictionary text and stream bytes, refs followed, strings decoded. For the PDF/A check.
import { inflateSync } from 'node:zlib'

export interface PdfObject {
  /** The object's text before any stream (its dictionary, or a plain value). */
  dict: string
  stream?: Buffer
}

export interface PdfFile {
  header: string
  /** The second line: a comment with bytes ≥ 128 marks the file as binary (PDF/A 6.1.2). */
  binaryMarker: boolean
  objects: Map<number, PdfObject>
  trailer: string
}

const OBJ = /(\d+)\s+(\d+)\s+obj\b/g

/** Parses every `n g obj … endobj`; later definitions of a number win (incremental updates). */
export function readPdfObjects(bytes: Uint8Array): PdfFile {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const text = buf.toString('latin1')
  const objects = new Map<number, PdfObject>()
  const re = new RegExp(OBJ)
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length
    const end = text.indexOf('endobj', start)
    if (end < 0) break
    re.lastIndex = end + 6 // never look for objects inside a stream's bytes
    const body = text.slice(start, end)
    const s = body.search(/\bstream\r?\n/)
    if (s < 0) {
      objects.set(Number(m[1]), { dict: body.trim() })
      continue
    }
    const dataStart = start + s + body.slice(s).indexOf('\n') + 1
    const dataEnd = text.lastIndexOf('endstream', end)
    objects.set(Number(m[1]), { dict: body.slice(0, s).trim(), stream: buf.subarray(dataStart, dataEnd).subarray(0, lengthOf(body, dataEnd - dataStart)) })
  }
  const t = text.lastIndexOf('trailer')
  const lines = text.slice(0, 64).split(/\r\n|\r|\n/)
  const marker = lines[1] ?? ''
  return {
    header: lines[0] ?? '',
    binaryMarker: marker.startsWith('%') && [...marker.slice(1, 5)].filter((c) => c.charCodeAt(0) >= 128).length >= 4,
    objects,
    trailer: t >= 0 ? text.slice(t, text.indexOf('startxref', t)) : '',
  }
}

// The /Length when it is direct; otherwise the bytes up to endstream (less its end of line).
function lengthOf(dict: string, upTo: number): number {
  const m = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict)
  return m ? Number(m[1]) : Math.max(0, upTo - 1)
}

/** The object a `/Key n g R` in `dict` points to. */
export function refOf(file: PdfFile, dict: string, key: string): PdfObject | undefined {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+\\d+\\s+R`).exec(dict)
  return m ? file.objects.get(Number(m[1])) : undefined
}

/** All objects referenced in an array value `/Key [1 0 R 2 0 R]` (or a single ref). */
export function refsOf(file: PdfFile, dict: string, key: string): PdfObject[] {
  const arr = new RegExp(`/${key}\\s*\\[([^\\]]*)\\]`).exec(dict)
  const list = arr ? arr[1] : (new RegExp(`/${key}\\s+(\\d+\\s+\\d+\\s+R)`).exec(dict)?.[1] ?? '')
  return [...list.matchAll(/(\d+)\s+\d+\s+R/g)].flatMap((m) => file.objects.get(Number(m[1])) ?? [])
}

/** The stream's bytes, inflated when it is /FlateDecode; undefined when unreadable (encrypted). */
export function streamData(obj: PdfObject): Buffer | undefined {
  if (!obj.stream) return undefined
  if (!/\/Filter\s*\/FlateDecode/.test(obj.dict)) return obj.stream
  try {
    return inflateSync(obj.stream)
  } catch {
    return undefined
  }
}

/** A literal `(…)` or hex `<…>` string value of `/Key`, decoded (UTF-16BE with BOM, else Latin-1). */
export function stringOf(file: PdfFile, dict: string, key: string): string | undefined {
  const at = new RegExp(`/${key}\\s*([(<])`).exec(dict)
  let raw: Buffer
  if (!at) {
    const ref = refOf(file, dict, key)
    return ref ? stringOf(file, `/${key} ${ref.dict}`, key) : undefined
  }
  const from = (at.index ?? 0) + at[0].length
  if (at[1] === '<') raw = Buffer.from(dict.slice(from, dict.indexOf('>', from)).replace(/\s/g, ''), 'hex')
  else raw = literal(dict, from)
  if (raw[0] === 0xfe && raw[1] === 0xff) return raw.subarray(2).swap16().toString('utf16le')
  return raw.toString('latin1')
}

const ESC: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 }

function literal(s: string, from: number): Buffer {
  const out: number[] = []
  let depth = 1
  for (let i = from; i < s.length; i++) {
    const c = s[i]
    if (c === '\\') {
      const n = s[++i]
      const oct = /^[0-7]{1,3}/.exec(s.slice(i, i + 3))
      if (oct) {
        out.push(parseInt(oct[0], 8) & 0xff)
        i += oct[0].length - 1
      } else if (n !== '\n' && n !== '\r') out.push(ESC[n] ?? n.charCodeAt(0))
      continue
    }
    if (c === '(') depth++
    if (c === ')' && --depth === 0) break
    out.push(c.charCodeAt(0) & 0xff)
  }
  return Buffer.from(out)
}

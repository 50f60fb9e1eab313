// Hostile and oversized files, built at run time for the tests and the `hostile` bench.
import { readFileSync } from 'node:fs'
import { crc32, deflateRawSync } from 'node:zlib'
import type { CentralEntry } from '../../src/main/importer/read/zip-records'
import { writeZip } from '../../src/main/importer/read/zip-write'
import { SAMPLE_TXT } from './sample'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/></Types>'

/** A word/document.xml with one paragraph per line. */
export function documentXml(lines: string[]): string {
  const body = lines.map((l) => `<w:p><w:r><w:t xml:space="preserve">${l}</w:t></w:r></w:p>`).join('')
  return `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`
}

export interface Part {
  name: string
  content: string | Uint8Array
}

function entryOf(part: Part): { entry: CentralEntry; data: Uint8Array } {
  const raw = typeof part.content === 'string' ? Buffer.from(part.content) : Buffer.from(part.content)
  const data = deflateRawSync(raw, { level: 1 })
  const nameBytes = Buffer.from(part.name)
  const entry: CentralEntry = {
    name: part.name,
    nameBytes,
    flags: 0x800,
    method: 8,
    crc32: crc32(raw),
    compressedSize: data.length,
    uncompressedSize: raw.length,
    localOffset: 0,
  }
  return { entry, data }
}

/** A well-formed zip of `parts` (names may repeat: nothing here checks them). */
export function zipOf(parts: Part[]): Uint8Array {
  const built = parts.map(entryOf)
  return writeZip(
    built.map((b) => b.entry),
    built.map((b) => b.data),
  )
}

const SMALL_DOC: Part = { name: 'word/document.xml', content: documentXml(['兴县人民政府公报']) }
const TYPES: Part = { name: '[Content_Types].xml', content: CONTENT_TYPES }

/** `chars` characters of prose in one document part: compresses far better than 100:1. */
export function hugeDocument(chars: number): Part {
  return { name: 'word/document.xml', content: documentXml(['甲'.repeat(chars)]) }
}

/** Sets the entry count of the end record (the last 22 bytes of a zip without a comment). */
function declareCount(zip: Uint8Array, count: number): Uint8Array {
  const out = new Uint8Array(zip)
  const view = new DataView(out.buffer)
  view.setUint16(out.length - 22 + 8, count, true)
  view.setUint16(out.length - 22 + 10, count, true)
  return out
}

/**
 * The reported bypass: the end record counts two entries, the directory holds three. JSZip reads
 * the third (a second, huge word/document.xml that replaces the first); the old check did not.
 */
export function entryPastCountDocx(hiddenChars: number): Uint8Array {
  return declareCount(zipOf([TYPES, SMALL_DOC, hugeDocument(hiddenChars)]), 2)
}

/** Two entries with one name, counted honestly. */
export function duplicateEntryDocx(hiddenChars: number): Uint8Array {
  return zipOf([TYPES, SMALL_DOC, hugeDocument(hiddenChars)])
}

/** A local entry no directory entry points at, hidden between two listed ones. */
export function unlistedLocalDocx(): Uint8Array {
  const listed = zipOf([TYPES, SMALL_DOC])
  const hidden = zipOf([{ name: 'word/hidden.xml', content: '<x/>' }])
  const dirAt = Buffer.from(listed).readUInt32LE(listed.length - 22 + 16)
  const hiddenLocal = hidden.subarray(0, Buffer.from(hidden).readUInt32LE(hidden.length - 22 + 16))
  // Local records, then the hidden one, then the directory moved along by its length.
  const out = Buffer.concat([listed.subarray(0, dirAt), hiddenLocal, listed.subarray(dirAt)])
  out.writeUInt32LE(dirAt + hiddenLocal.length, out.length - 22 + 16)
  return out
}

/**
 * A legal but very large Word file: the sample's text repeated in many short runs until the XML
 * is about `xmlMb` MB (markup compresses well, the text less: about 7:1 overall).
 */
export function largeLegalDocx(xmlMb: number): Uint8Array {
  const lines = readFileSync(SAMPLE_TXT, 'utf8').split('\n').filter((l) => l.trim() !== '')
  const para = (l: string): string =>
    `<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLine="640"/></w:pPr>` +
    `<w:r><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr>` +
    `<w:t xml:space="preserve">${l}</w:t></w:r></w:p>`
  const one = lines.map(para).join('')
  const copies = Math.max(1, Math.round((xmlMb * 1024 * 1024) / Buffer.byteLength(one)))
  const head = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>`
  const xml = Buffer.concat([Buffer.from(head), Buffer.from(one.repeat(copies)), Buffer.from('</w:body></w:document>')])
  return zipOf([TYPES, { name: 'word/document.xml', content: xml }])
}

/**
 * The sample issue with one line of `n` characters of `unit` between Latin letters in its last
 * document's body: past the start the text decoder samples, so it reaches the parser.
 */
export function pathologicalText(unit: string, n: number): string {
  const lines = readFileSync(SAMPLE_TXT, 'utf8').split('\n')
  lines.splice(lines.length - 5, 0, `a${unit.repeat(Math.ceil(n / unit.length))}b`)
  return lines.join('\n')
}

/** A deterministic stream of pseudo-random numbers in [0, 1). */
function seeded(seed: number): () => number {
  let s = seed >>> 0
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32
}

const LABELS: ((n: number) => string)[] = [
  (n) => `（${'一二三四五六七八九'[n % 9]}）`,
  (n) => `${(n % 30) + 1}.`,
  (n) => `${'一二三四五六七八九'[n % 9]}、`,
  (n) => `第${'一二三四五六七八九'[n % 9]}条`,
]

/**
 * The sample's cover and first document's head, then `pages` pages (page feeds) of two columns
 * (`columns` 2: 22 hanzi a line) or three (15 hanzi) written line by line: equal-width lines of
 * the sample's prose, each opening with a paragraph number (（一） 1. 一、 第一条) in scrambled
 * order, so the numbering breaks on nearly every line and the readers that mend a numbering
 * (text-label-order*.ts) have the most places to try trades at.
 */
export function scrambledColumnsText(pages: number, columns: 2 | 3, linesPerPage = 380): string {
  const text = readFileSync(SAMPLE_TXT, 'utf8')
  const prose = text.replace(/[^\u4e00-\u9fff，。、；：]/g, '')
  const random = seeded(7)
  const width = columns === 2 ? 22 : 15
  const piece = (): string => {
    const label = LABELS[Math.floor(random() * LABELS.length)](Math.floor(random() * 90))
    const at = Math.floor(random() * (prose.length - width))
    return label + prose.slice(at, at + width - label.length)
  }
  const head = text.split('\n').slice(0, 40).join('\n')
  const out: string[] = [`${head}\n兴县人民政府\n关于做好工作的通知\n兴政发〔2022〕1号\n`]
  for (let p = 0; p < pages; p++) {
    const page: string[] = []
    for (let k = 0; k < linesPerPage; k++) page.push(piece())
    out.push(`${page.join('\n')}\n`)
  }
  return out.join('\f')
}

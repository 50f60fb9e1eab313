// Text-file decoding: BOM, strict UTF-8, then GB18030 / BOM-less UTF-16 judged by plausibility.
import iconv from 'iconv-lite'

export type TextEncoding = 'UTF-8' | 'UTF-8 BOM' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030'

export interface DecodedText {
  text: string
  encoding: TextEncoding
}

// How much of a decoded sample must look like real text (see scoreText) to be accepted.
const MIN_PLAUSIBLE = 0.9
// How many characters of the start are enough to judge an encoding.
const SAMPLE_CHARS = 64 * 1024

/**
 * Decodes a text file, or returns null when no candidate encoding yields plausible text
 * (binary data, or an encoding we do not read).
 */
export function decodeText(bytes: Uint8Array): DecodedText | null {
  const bom = decodeWithBom(bytes)
  if (bom) return bom.text !== null && isPlausible(bom.text) ? finish(bom.text, bom.encoding) : null
  const utf16 = guessBomlessUtf16(bytes)
  if (utf16) {
    const text = decodeStrict(bytes, utf16)
    return text !== null && isPlausible(text) ? finish(text, utf16) : null
  }
  if (bytes.includes(0)) return decodeUtf16Fallback(bytes)
  const utf8 = decodeStrict(bytes, 'utf-8')
  if (utf8 !== null && !looksLikeMisreadGbk(utf8, bytes)) {
    return isPlausible(utf8) ? finish(utf8, 'UTF-8') : null
  }
  const gb = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), 'gb18030')
  return isPlausible(gb) ? finish(gb, 'GB18030') : decodeUtf16Fallback(bytes)
}

/**
 * BOM-less UTF-16 of almost pure Chinese has too few NULs for guessBomlessUtf16: tried last,
 * strictly (no lone surrogates) and with a higher bar than the other encodings.
 */
function decodeUtf16Fallback(bytes: Uint8Array): DecodedText | null {
  if (bytes.length % 2 !== 0) return null
  for (const encoding of ['UTF-16LE', 'UTF-16BE'] as const) {
    const text = decodeStrict(bytes, encoding)
    if (text !== null && scoreText(text.slice(0, SAMPLE_CHARS)) >= 0.97)
      return finish(text, encoding)
  }
  return null
}

function finish(text: string, encoding: TextEncoding): DecodedText {
  return { text: text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n'), encoding }
}

function decodeWithBom(bytes: Uint8Array): { text: string | null; encoding: TextEncoding } | null {
  const [a, b, c] = bytes
  if (a === 0xef && b === 0xbb && c === 0xbf) {
    return { text: decodeStrict(bytes.subarray(3), 'utf-8'), encoding: 'UTF-8 BOM' }
  }
  if (a === 0xff && b === 0xfe)
    return { text: decodeStrict(bytes.subarray(2), 'utf-16le'), encoding: 'UTF-16LE' }
  if (a === 0xfe && b === 0xff)
    return { text: decodeStrict(bytes.subarray(2), 'utf-16be'), encoding: 'UTF-16BE' }
  return null
}

function decodeStrict(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label.toLowerCase(), { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

/**
 * UTF-16 without a BOM shows itself by NUL bytes in one byte position only (the high byte of
 * ASCII digits, spaces and newlines, which Chinese gazettes are full of).
 */
function guessBomlessUtf16(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null
  const n = Math.min(bytes.length, 8192)
  let even = 0
  let odd = 0
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue
    if (i % 2 === 0) even++
    else odd++
  }
  const pairs = n / 2
  if (odd > pairs * 0.05 && even < odd / 20) return 'UTF-16LE'
  if (even > pairs * 0.05 && odd < even / 20) return 'UTF-16BE'
  return null
}

/**
 * A few short GBK strings happen to be valid UTF-8, decoding to Latin letters and symbols
 * (陆路 → ½·). If UTF-8 gives no CJK, and no accented letter inside an ASCII word (café),
 * but GB18030 gives only common hanzi and punctuation, it is GBK.
 */
function looksLikeMisreadGbk(utf8: string, bytes: Uint8Array): boolean {
  const sample = utf8.slice(0, SAMPLE_CHARS)
  const nonAscii = sample.replace(/[\x00-\x7f]/g, '')
  if (nonAscii.length === 0 || /[\u3000-\u9fff\uff00-\uffef]/.test(nonAscii)) return false
  if (/[A-Za-z][^\x00-\x7f]|[^\x00-\x7f][A-Za-z]/.test(sample)) return false
  const gb = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), 'gb18030')
  const gbNonAscii = [...gb.slice(0, SAMPLE_CHARS).replace(/[\x00-\x7f]/g, '')]
  return gbNonAscii.length >= 2 && gbNonAscii.every((ch) => commonChars().has(ch))
}

function isPlausible(text: string): boolean {
  return scoreText(text.slice(0, SAMPLE_CHARS)) >= MIN_PLAUSIBLE
}

/**
 * Share of characters that real Chinese text is made of: printable ASCII and whitespace,
 * common hanzi and punctuation (GB2312 level 1 and symbol rows) in full, rarer CJK at 3/4
 * weight. Control characters, U+FFFD and private-use characters count against.
 */
export function scoreText(text: string): number {
  let good = 0
  let total = 0
  const common = commonChars()
  for (const ch of text) {
    total++
    const cp = ch.codePointAt(0) ?? 0
    if ((cp >= 0x20 && cp < 0x7f) || ch === '\n' || ch === '\r' || ch === '\t' || ch === '\f')
      good++
    else if (common.has(ch)) good++
    else if (isOtherText(cp)) good += 0.75
  }
  return total === 0 ? 1 : good / total
}

function isOtherText(cp: number): boolean {
  return (
    (cp >= 0x3400 && cp <= 0x9fff) || // CJK unified ideographs and extension A
    (cp >= 0x3000 && cp <= 0x30ff) || // CJK punctuation, kana
    (cp >= 0xff00 && cp <= 0xffef) || // full-width forms
    (cp >= 0x2000 && cp <= 0x27bf) || // general punctuation, symbols, dingbats
    (cp >= 0xa0 && cp <= 0x24f) || // Latin-1 supplement and extended Latin
    (cp >= 0x20000 && cp <= 0x3134f) // CJK extensions B–G
  )
}

let commonSet: Set<string> | null = null

/** GB2312 symbol rows (A1–A9) and level-1 hanzi (B0–D7): the ~4,500 most used characters. */
function commonChars(): Set<string> {
  if (commonSet) return commonSet
  const bytes: number[] = []
  for (let lead = 0xa1; lead <= 0xd7; lead++) {
    if (lead > 0xa9 && lead < 0xb0) continue
    for (let trail = 0xa1; trail <= 0xfe; trail++) bytes.push(lead, trail)
  }
  const chars = [...iconv.decode(Buffer.from(bytes), 'gb18030')]
  // Unassigned cells in these rows decode to private-use characters: leave them out.
  commonSet = new Set(chars.filter((ch) => !/[\ue000-\uf8ff\ufffd]/.test(ch)))
  return commonSet
}

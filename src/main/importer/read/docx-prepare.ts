// The verified zip with document.xml rewritten once before mammoth reads it: list numbers written
// as text (docx-numbering.ts) and the text made what Word shows (docx-shown.ts). Every other part
// keeps its bytes; the zip is written afresh by the same writer zip-verify.ts uses.
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib'
import { labelNumberedParagraphs, readNumbering, readStyleNumbering } from './docx-numbering'
import { shownDocumentXml } from './docx-shown'
import { readCentralDirectory, readLocalData, type CentralEntry } from './zip-records'
import { writeZip } from './zip-write'

function inflate(data: Uint8Array, e: CentralEntry): string {
  return Buffer.from(e.method === 0 ? data : inflateRawSync(data)).toString('utf8')
}

/** document.xml with each numbered paragraph labelled; as it was when nothing is numbered. */
function numbered(docXml: string, numberingXml: string | null, stylesXml: string): string {
  if (numberingXml === null || (!docXml.includes('<w:numPr>') && !docXml.includes('<w:pStyle'))) return docXml
  return labelNumberedParagraphs(docXml, readNumbering(numberingXml), readStyleNumbering(stylesXml))
}

/** The zip with document.xml prepared; the zip as it was when there is nothing to change. */
export function prepareDocx(zip: Uint8Array): Uint8Array {
  const dir = readCentralDirectory(zip)
  const parts = dir && readLocalData(zip, dir)
  if (!dir || !parts) return zip
  const at = (name: string): number => dir.entries.findIndex((e) => e.name.replace(/\\/g, '/').toLowerCase() === name)
  const part = (name: string): string | null => {
    const i = at(name)
    return i < 0 ? null : inflate(parts[i], dir.entries[i])
  }
  const doc = at('word/document.xml')
  if (doc < 0) return zip
  const docXml = inflate(parts[doc], dir.entries[doc])
  const styles = part('word/styles.xml') ?? ''
  const prepared = shownDocumentXml(numbered(docXml, part('word/numbering.xml'), styles), styles)
  if (prepared === docXml) return zip
  const raw = Buffer.from(prepared, 'utf8')
  const data = deflateRawSync(raw)
  const entries = dir.entries.map((e, i) => (i === doc ? { ...e, method: 8, flags: e.flags & 0x800, crc32: crc32(raw), compressedSize: data.length, uncompressedSize: raw.length } : e))
  return writeZip(entries, parts.map((p, i) => (i === doc ? data : p)))
}

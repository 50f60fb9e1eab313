// Shared setup for archive-work tests: a real archive in a temp folder, the real reader/parser.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { ImportSource } from '../../../src/shared/api'
import { createServices, type Services } from '../../../src/main/services'
import { silentLogger } from '../../../src/main/log'
import { SAMPLE_TXT } from '../../support/sample'

export const SAMPLE_TEXT = readFileSync(SAMPLE_TXT, 'utf8')
export const fixture = (name: string): string =>
  readFileSync(resolve(process.cwd(), 'tests/fixtures/archive-work', name), 'utf8')

export const upload = (name: string, text: string | Uint8Array): ImportSource => ({
  kind: 'upload',
  name,
  bytesBase64: Buffer.from(text).toString('base64'),
})

export interface TempArchive {
  dir: string
  api: Services
  close(): void
}

export function tempArchive(prefix = 'archive-work-'): TempArchive {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  const api = createServices({ dbFile: join(dir, 'archive.db'), log: silentLogger })
  return {
    dir,
    api,
    close() {
      api.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export async function idOf(api: Services, docNumber: string): Promise<number> {
  const id = await api.findByDocNumber({ docNumber })
  if (id === null) throw new Error(`not held: ${docNumber}`)
  return id
}

/** The text layer of a PDF, whitespace removed. */
export async function pdfText(base64: string): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const doc = await pdfjs.getDocument({ data: new Uint8Array(Buffer.from(base64, 'base64')), verbosity: 0 }).promise
  let text = ''
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent()
    for (const item of content.items) if ('str' in item) text += item.str
  }
  return text.normalize('NFKC').replace(/\s+/g, '')
}

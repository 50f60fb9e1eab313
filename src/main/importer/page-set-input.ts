// The import's inputs when staff chose page images together as one issue: the files (uploaded or
// on disk) read and combined into one image-only PDF (ocr/page-set.ts), imported as one file.
import { basename } from 'node:path'
import { loadRegularFile } from './load-file'
import type { ImportInput } from './import-files'
import { pagesToPdf, type PageFile } from './ocr/page-set'

function pageFile(input: ImportInput): PageFile {
  if (typeof input === 'string') return { name: basename(input), bytes: loadRegularFile(input, false) }
  if ('path' in input) return { name: basename(input.path), bytes: loadRegularFile(input.path, true) }
  return { name: basename(input.name), bytes: input.bytes }
}

/** One upload input holding every page of `inputs`, in natural file-name order. */
export async function pageSetInput(inputs: ImportInput[]): Promise<ImportInput> {
  const pdf = await pagesToPdf(inputs.map(pageFile))
  return { name: pdf.name, bytes: pdf.bytes }
}

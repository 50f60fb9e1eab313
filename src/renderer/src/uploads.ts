// Files picked or dropped in the page → upload sources (the page never names a path on disk).
import type { ImportSource } from '../../shared/api'
import { bytesToBase64 } from './pdf-file'

const ACCEPTED = /\.(txt|pdf|docx?|ofd|tiff?|jpe?g|png)$/i
export const ACCEPT_ATTR = '.txt,.pdf,.docx,.doc,.ofd,.tif,.tiff,.jpg,.jpeg,.png'
const PAGE_IMAGE = /\.(tiff?|jpe?g|png)$/i

/** Every source is a page image (TIFF, JPEG, PNG): they may be one issue's pages. */
export function allPageImages(sources: ImportSource[]): boolean {
  return sources.length > 0 && sources.every((s) => PAGE_IMAGE.test(s.kind === 'upload' ? s.name : s.path))
}

export async function filesToUploads(files: File[]): Promise<ImportSource[]> {
  const wanted = files.filter((f) => ACCEPTED.test(f.name))
  return Promise.all(
    wanted.map(async (f) => ({
      kind: 'upload' as const,
      name: f.webkitRelativePath || f.name,
      bytesBase64: bytesToBase64(new Uint8Array(await f.arrayBuffer())),
    })),
  )
}

function readEntries(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader()
  const all: FileSystemEntry[] = []
  // readEntries returns at most ~100 entries per call: read until it returns none.
  return new Promise((ok, ko) => {
    const next = () =>
      reader.readEntries((batch) => {
        if (!batch.length) return ok(all)
        all.push(...batch)
        next()
      }, ko)
    next()
  })
}

async function entryFiles(entry: FileSystemEntry): Promise<File[]> {
  if (entry.isFile) {
    return [await new Promise<File>((ok, ko) => (entry as FileSystemFileEntry).file(ok, ko))]
  }
  const children = await readEntries(entry as FileSystemDirectoryEntry)
  return (await Promise.all(children.map(entryFiles))).flat()
}

/** Dropped files and folders (folders read recursively). */
export async function droppedFiles(dt: DataTransfer): Promise<File[]> {
  const entries = [...dt.items].map((i) => i.webkitGetAsEntry()).filter((e): e is FileSystemEntry => !!e)
  if (!entries.length) return [...dt.files]
  return (await Promise.all(entries.map(entryFiles))).flat()
}

// Reads a JSON request body with a size limit. Past SPILL_AT bytes the body goes to a temp file as
// it arrives, so a slow or oversized upload never sits in memory; it is refused at the limit.
import { mkdtempSync, rmSync } from 'node:fs'
import { open, readFile, type FileHandle } from 'node:fs/promises'
import type { IncomingMessage } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AppError } from '../../shared/errors'

export class BodyTooLargeError extends Error {}

const SPILL_AT = 1024 * 1024

/** The body limit for one upload of `maxFileBytes` (base64 grows bytes by 4/3) plus the JSON around it. */
export function bodyLimitFor(maxFileBytes: number): number {
  return Math.ceil(maxFileBytes / 3) * 4 + 1024 * 1024
}

interface Spill {
  dir: string
  file: string
  handle: FileHandle
}

async function startSpill(chunks: Buffer[]): Promise<Spill> {
  const dir = mkdtempSync(join(tmpdir(), 'gazette-upload-'))
  const file = join(dir, 'body.json')
  const handle = await open(file, 'wx', 0o600)
  await handle.write(Buffer.concat(chunks))
  return { dir, file, handle }
}

async function receive(req: IncomingMessage, maxBytes: number, spill: { s: Spill | null }): Promise<Buffer[]> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > maxBytes) throw new BodyTooLargeError()
    if (spill.s) await spill.s.handle.write(chunk)
    else chunks.push(chunk)
    if (!spill.s && size > SPILL_AT) spill.s = await startSpill(chunks.splice(0))
  }
  return chunks
}

export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > maxBytes) throw new BodyTooLargeError()
  const spill: { s: Spill | null } = { s: null }
  let text: string
  try {
    const chunks = await receive(req, maxBytes, spill)
    if (spill.s) await spill.s.handle.close()
    text = spill.s ? await readFile(spill.s.file, 'utf8') : Buffer.concat(chunks).toString('utf8')
  } finally {
    if (spill.s) {
      await spill.s.handle.close().catch(() => {})
      rmSync(spill.s.dir, { recursive: true, force: true })
    }
  }
  if (!text) return {}
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new AppError('BAD_REQUEST', '请求不是有效的 JSON')
  }
}

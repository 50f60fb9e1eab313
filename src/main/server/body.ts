// Reads a JSON request body with a size limit.
import type { IncomingMessage } from 'node:http'
import { AppError } from '../../shared/errors'

export class BodyTooLargeError extends Error {}

export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > maxBytes) throw new BodyTooLargeError()
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > maxBytes) throw new BodyTooLargeError()
    chunks.push(chunk)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  if (!text) return {}
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new AppError('BAD_REQUEST', '请求不是有效的 JSON')
  }
}

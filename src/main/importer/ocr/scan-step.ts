// Where the importer's pipeline turns to OCR: a page image, or a PDF the reader refused as a
// scan. OCR has its own time limit per page rather than one for the whole file, since a 90-page
// issue takes minutes; a page that runs over stops the scan.
import { AppError, isAppError } from '../../../shared/errors'
import { imageKind } from './page-images'
import { displayName, refuse } from '../read/read-errors'
import type { ScanOptions, ScanProgress, ScanText } from './read-scan'

/** How long one page's OCR may take before the scan stops. */
export const DEFAULT_OCR_PAGE_MS = 120_000

export type Scan = (bytes: Uint8Array, fileName: string, opts: ScanOptions) => Promise<ScanText>

/** The file is for OCR from the start (an image), or after its reader refused it as a scan. */
export function isPageImage(bytes: Uint8Array): boolean {
  return imageKind(bytes) !== null
}

/** A scan stopped because staff cancelled it (the worker's and the host's reason alike). */
export function scanCancelled(fileName?: string): AppError {
  const what = fileName ? `「${displayName(fileName)}」` : '扫描件'
  return new AppError('CANCELLED', `已停止识别${what}的文字，没有改动任何内容。`)
}

export function isScanRefusal(err: unknown): boolean {
  return isAppError(err) && err.code === 'SCANNED_PDF'
}

/**
 * Runs `scan` with a time limit that starts again at every page; `cancel` (staff stopped it)
 * stops it too, with the cancel's reason.
 */
export async function scanWithin(
  scan: Scan,
  bytes: Uint8Array,
  fileName: string,
  pageMs: number,
  onWarn: (message: string) => void,
  onProgress?: (p: ScanProgress) => void,
  cancel?: AbortSignal,
): Promise<ScanText> {
  const controller = new AbortController()
  const onCancel = (): void => controller.abort(cancel?.reason)
  if (cancel?.aborted) onCancel()
  cancel?.addEventListener('abort', onCancel)
  let timer: NodeJS.Timeout | undefined
  const arm = (): void => {
    clearTimeout(timer)
    const text = `文字识别一页超过 ${Math.round(pageMs / 1000)} 秒仍未完成，已停止。`
    timer = setTimeout(() => controller.abort(refuse('TIMEOUT', fileName, text)), pageMs)
  }
  arm()
  try {
    return await scan(bytes, fileName, {
      signal: controller.signal,
      onWarn,
      onPage: (p) => {
        arm()
        onProgress?.(p)
      },
    })
  } finally {
    clearTimeout(timer)
    cancel?.removeEventListener('abort', onCancel)
  }
}

// Refusals from the readers: an AppError whose Chinese message names the file.
import { AppError, type AppErrorCode } from '../../../shared/errors'

/** The last path segment, so messages name 「第2期.pdf」 and not a whole folder path. */
export function displayName(fileName: string): string {
  const parts = fileName.split(/[\\/]/)
  return parts[parts.length - 1] || fileName
}

/** `text` follows the quoted file name: refuse('EMPTY_FILE', 'a.txt', '是空文件') → 「a.txt」是空文件 */
export function refuse(code: AppErrorCode, fileName: string, text: string): AppError {
  return new AppError(code, `「${displayName(fileName)}」${text}`)
}

/** Anything unexpected becomes CORRUPT_FILE; the original text is kept only when it is short. */
export function toReadError(err: unknown, fileName: string): AppError {
  if (err instanceof AppError) return err
  const detail = err instanceof Error ? err.message : String(err)
  const suffix = detail && detail.length <= 120 ? `（${detail}）` : ''
  return refuse('CORRUPT_FILE', fileName, `读取失败，文件可能已损坏。${suffix}`)
}

// Documents read from a scan are never passed off as read cleanly: each gets the reason OCR (so it
// is doubtful and staff review it), and, where they apply, how many characters the engine was
// unsure of and which 文号 or dates the repair step changed.
import type { ConfidenceReason, ParsedDocument, ParsedIssue } from '../../../shared/domain'
import { AppError, isAppError } from '../../../shared/errors'
import type { SourceLine } from '../../../shared/source-line'
import { markBlocks } from './block-marks'

/** Weights as in parse/confidence.ts: OCR alone makes a document doubtful (below 0.7). */
const WEIGHTS = { OCR: 0.35, OCR_REPAIRED: 0.1, OCR_LOW_CONFIDENCE: 0.1 } as const

interface Tally {
  low: number
  repaired: number
  /** The repaired lines' texts, to name in the message (a few). */
  repairedIn: string[]
}

/** The line numbers a document was built from: after the previous one's last line, up to its own. */
function lineSpan(doc: ParsedDocument, previousEnd: number): [number, number] | null {
  const to = Math.max(...(doc.sources ?? []).map((s) => s.lineTo))
  return Number.isFinite(to) ? [previousEnd + 1, to] : null
}

function tally(lines: SourceLine[], from: number, to: number): Tally {
  const t: Tally = { low: 0, repaired: 0, repairedIn: [] }
  for (const line of lines) {
    if (line.no < from || line.no > to || !line.ocr) continue
    t.low += line.ocr.low.length
    if (line.ocr.repaired.length) {
      t.repaired++
      if (t.repairedIn.length < 3) t.repairedIn.push(excerpt(line.text, line.ocr.repaired[0]))
    }
  }
  return t
}

/** A few characters around the first repaired one: '…兴政发〔2022〕8号…'. */
function excerpt(text: string, at: number): string {
  return text.slice(Math.max(0, at - 4), at + 10).trim()
}

function reasons(t: Tally): (ConfidenceReason & { code: keyof typeof WEIGHTS })[] {
  const out: (ConfidenceReason & { code: keyof typeof WEIGHTS })[] = [
    { code: 'OCR', message: '由扫描件文字识别（OCR）得到，请对照原文核对' },
  ]
  if (t.repaired > 0) {
    const where = t.repairedIn.map((s) => `「${s}」`).join('、')
    out.push({ code: 'OCR_REPAIRED', message: `识别后自动修正了 ${t.repaired} 处文号或日期（${where}），请核对` })
  }
  if (t.low > 0) out.push({ code: 'OCR_LOW_CONFIDENCE', message: `有 ${t.low} 个字识别把握不大，已标出` })
  return out
}

/**
 * Adds the OCR reasons to every document of an issue whose lines came from OCR, lowering its
 * confidence by their weights. Issues read from a text layer are returned untouched.
 */
export function withOcrDoubts(parsed: ParsedIssue, lines: SourceLine[] | undefined): ParsedIssue {
  if (!lines?.some((l) => l.ocr)) return parsed
  let end = 0
  for (const doc of parsed.documents) {
    const span = lineSpan(doc, end)
    const t = span ? tally(lines, span[0], span[1]) : { low: 0, repaired: 0, repairedIn: [] }
    if (span) end = span[1]
    const add = reasons(t)
    const lost = add.reduce((sum, r) => sum + WEIGHTS[r.code], 0)
    doc.confidence = Math.round(Math.max(0, (doc.confidence ?? 1) - lost) * 100) / 100
    doc.reasons = [...add.map(({ code, message }) => ({ code, message })), ...(doc.reasons ?? [])]
  }
  return parsed
}

/**
 * Runs the parser; on lines read by OCR, adds the OCR doubts, and a refusal says the file was a
 * scan (staff then know to check the scan's quality rather than the file's type).
 */
export function parseWithOcr(parse: () => ParsedIssue, lines: SourceLine[] | undefined): ParsedIssue {
  if (!lines?.some((l) => l.ocr)) return parse()
  try {
    return withOcrDoubts(markBlocks(parse(), lines), lines)
  } catch (err) {
    if (isAppError(err) && err.code === 'NOT_A_GAZETTE') throw new AppError(err.code, `扫描件经文字识别（OCR）后判断：${err.message}`)
    throw err
  }
}

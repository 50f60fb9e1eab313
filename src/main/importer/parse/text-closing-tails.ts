// A closing cut by a column's foot: a document issued by many units, set in Word's columns
// (LibreOffice's sections), signs its first units at the foot of the left column and the rest,
// the date and the 附注 at the head of the right one ('兴县人力资源和社会保障局' / '兴县发展和改革局' /
// '兴县财政局' ‖ '兴县住房和城乡建设管理局' / '兴县水利局' / '二〇二二年五月六日' / '（此件公开发布）').
// When the next document starts under the cut signatures, pdftotext writes its first lines before
// the column's head, so the closing's rest is read inside the next document and the cut one ends
// in signatures with no date. A signature is never left without its date: the run of signature
// lines, a date and notes that stands at a column's head (after a gap in the page) inside the next
// document, signed by units that document's title does not name, goes back under the signatures.
import { compact, isBlank, type SourceLine } from './lines'
import { parseDateLine } from './dates'
import { isIssuerText } from './header'
import type { DocSpan } from './split-documents'

/** Signature lines over one date at most (a document issued by many). */
const MAX_SIGNERS = 8
/** A note under a closing: （此件公开发布）, 信息公开选项：主动公开, 公开属性：主动公开. */
const NOTE = /^[（(].{1,16}[）)]$|^信息公开|^公开(属性|方式)/

/** The document's last lines that are signatures (no date under them), as indexes; empty when it ends otherwise. */
function cutSignatures(lines: readonly SourceLine[], span: DocSpan): number[] {
  const out: number[] = []
  for (let k = span.end - 1; k >= span.bodyStart; k--) {
    const t = lines[k].text
    if (isBlank(t)) continue
    if (!isIssuerText(compact(t)) || parseDateLine(t)) break
    out.unshift(k)
    if (out.length > MAX_SIGNERS) return []
  }
  return out
}

/** The title's text (its header lines) with no spaces. */
const titleOf = (lines: readonly SourceLine[], span: DocSpan): string => compact(span.header.map((k) => lines[k].text).join(''))

/**
 * The closing's rest in `span`: signature lines after a gap, a date, notes under it; as [from, end),
 * or null. Its signers are no unit the document's own title names.
 */
function restAtHead(lines: readonly SourceLine[], span: DocSpan, room: number): [number, number] | null {
  const title = titleOf(lines, span)
  for (let i = span.bodyStart + 1; i < span.end; i++) {
    if (!parseDateLine(lines[i].text)) continue
    let sig = i
    while (sig > span.bodyStart && i - sig < room && isIssuerText(compact(lines[sig - 1].text))) sig--
    if (sig === i || !isBlank(lines[sig - 1].text)) continue
    if (lines.slice(sig, i).some((l) => title.includes(compact(l.text)))) continue
    let end = i + 1
    while (end < span.end && (isBlank(lines[end].text) || NOTE.test(compact(lines[end].text)))) end++
    while (end > i + 1 && isBlank(lines[end - 1].text)) end--
    return [sig, end]
  }
  return null
}

/** The lines with one cut closing made whole, or null when none is cut. */
export function joinClosingTail(lines: SourceLine[], spans: DocSpan[]): SourceLine[] | null {
  for (let j = 0; j + 1 < spans.length; j++) {
    const cut = cutSignatures(lines, spans[j])
    if (cut.length === 0) continue
    const rest = restAtHead(lines, spans[j + 1], MAX_SIGNERS - cut.length)
    if (!rest) continue
    const [from, end] = rest
    const at = cut[cut.length - 1] + 1
    return [...lines.slice(0, at), ...lines.slice(from, end), ...lines.slice(at, from), ...lines.slice(end)]
  }
  return null
}

// Splitting text for display: snippet marks (\u0002…\u0003) and cited 文号 that can be links. Pure.
import { findDocNumbers } from '../../shared/doc-number'
import { MARK_END, MARK_START } from '../../shared/domain'

export interface Segment {
  text: string
  marked?: boolean
  targetId?: number
}

export function splitMarks(text: string): Segment[] {
  const out: Segment[] = []
  text.split(MARK_START).forEach((part, i) => {
    if (i === 0) return part && out.push({ text: part })
    const [marked, rest = ''] = part.split(MARK_END)
    out.push({ text: marked, marked: true })
    if (rest) out.push({ text: rest })
  })
  return out
}

export const stripMarks = (s: string): string => s.split(MARK_START).join('').split(MARK_END).join('')

/** Text cut at every 文号 that names an archived document (targets: canonical 文号 → id). */
export function splitCitations(text: string, targets: Map<string, number>): Segment[] {
  const out: Segment[] = []
  let at = 0
  for (const m of findDocNumbers(text)) {
    const id = targets.get(m.docNumber)
    if (id === undefined) continue
    if (m.index > at) out.push({ text: text.slice(at, m.index) })
    out.push({ text: m.raw, targetId: id })
    at = m.index + m.raw.length
  }
  if (at < text.length) out.push({ text: text.slice(at) })
  return out
}

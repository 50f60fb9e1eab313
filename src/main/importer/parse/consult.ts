// 政策咨询 block: '政 策 咨 询' / 咨询单位：… / 咨询电话：… (either colon width, adjacent or spaced lines).
import type { Consult } from '../../../shared/domain'
import { compact, nextNonBlank, type SourceLine } from './lines'

const LABEL = /^政策咨询[:：]?$/
const UNIT = /^咨询单位[:：](.*)$/
const PHONE = /^(?:咨询电话|联系电话)[:：](.*)$/

export interface ConsultResult {
  consult: Consult | null
  /** Indices of the lines the block occupies (left out of the body blocks). */
  used: Set<number>
}

/** Finds the 政策咨询 block among lines [from, to); unit and phone may share one line. */
export function extractConsult(lines: SourceLine[], from: number, to: number): ConsultResult {
  const used = new Set<number>()
  for (let i = from; i < to; i++) {
    const c = compact(lines[i].text)
    const label = LABEL.test(c)
    if (!label && !UNIT.test(c)) continue
    if (label) used.add(i)
    const unitAt = label ? nextNonBlank(lines, i + 1, to) : i
    const unit = unitAt >= 0 ? UNIT.exec(compact(lines[unitAt].text)) : null
    if (!unit) {
      if (label) continue
      return { consult: null, used: new Set() }
    }
    used.add(unitAt)
    return { consult: readUnitAndPhone(lines, unitAt, to, unit[1], used), used }
  }
  return { consult: null, used }
}

function readUnitAndPhone(
  lines: SourceLine[],
  unitAt: number,
  to: number,
  unitText: string,
  used: Set<number>,
): Consult {
  const inline = /^(.*?)(?:咨询电话|联系电话)[:：](.*)$/.exec(unitText)
  if (inline) return { unit: inline[1], phone: inline[2] || null }
  const phoneAt = nextNonBlank(lines, unitAt + 1, to)
  const phone = phoneAt >= 0 ? PHONE.exec(compact(lines[phoneAt].text)) : null
  if (phone) used.add(phoneAt)
  return { unit: unitText, phone: phone && phone[1] ? phone[1] : null }
}


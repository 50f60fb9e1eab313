// Decrees (令): '江南省人民政府令' over '第285号', or on one line, numbered as printed
// ('江南省人民政府令 第285号'); the regulation they promulgate follows in the same document.
import { toHalfWidth } from '../../../shared/doc-number'
import type { ParsedDocument } from '../../../shared/domain'
import { compact, folded } from './lines'
import { docNumberOfLine, isIssuerText } from './header'

const NAME = /^([\u4e00-\u9fff]{2,30}令)$/
const NUMBER = /^[（(]?第(\d{1,5})号[）)]?$/
const WHOLE = /^([\u4e00-\u9fff]{2,30}令)[（(]?第(\d{1,5})号[）)]?$/

/** The decree's issuer: 江南省人民政府令 → 江南省人民政府; null when the name is not a unit's. */
export function decreeIssuer(name: string): string | null {
  // 中华人民共和国国务院令 is issued by 国务院, 中华人民共和国交通运输部令 by 交通运输部.
  const unit = name.slice(0, -1).replace(/^中华人民共和国(?=.{2})/, '')
  return isIssuerText(unit) || /[部院署]$/.test(unit) ? unit : null
}

export function formatDecree(name: string, serial: number): string {
  return `${name} 第${serial}号`
}

/** Whether a normalised 文号 is a decree's number. */
export function isDecreeNumber(docNumber: string | null): boolean {
  return docNumber !== null && /令 第\d+号$/.test(docNumber)
}

/** A line that is the decree's name alone ('江南省人民政府令'). */
export function decreeName(text: string): string | null {
  const m = NAME.exec(compact(text))
  return m && decreeIssuer(m[1]) ? m[1] : null
}

/** A line that is the decree's serial alone ('第285号', '（第3号）'). */
export function decreeSerial(text: string): number | null {
  const m = NUMBER.exec(compact(toHalfWidth(text)))
  return m ? Number(m[1]) : null
}

/** A whole line, or the end of a 目录 entry, that is a decree number: '…人民政府令（第285号）'. */
export function decreeAtEnd(text: string): { before: string; name: string; serial: number } | null {
  const flat = compact(toHalfWidth(text))
  // Only the tail is searched: the name is at most 31 characters, the serial and brackets 10.
  const cut = Math.max(0, flat.length - 48)
  const tail = flat.slice(cut)
  for (let i = 0; i < tail.length - 3; i++) {
    const m = WHOLE.exec(tail.slice(i))
    if (m && decreeIssuer(m[1])) {
      return { before: (flat.slice(0, cut) + tail.slice(0, i)).replace(/[（(]$/, ''), name: m[1], serial: Number(m[2]) }
    }
  }
  return null
}

/**
 * The decree's document names `title` as the regulation it promulgates: its title read from the
 * body, or its text quoting it (《专利代理条例》已经…通过，现予公布).
 */
export function promulgates(doc: Pick<ParsedDocument, 'title' | 'blocks'>, title: string): boolean {
  return (folded(title).length >= 2 && folded(doc.title) === folded(title)) || quotes(doc, title)
}

/** The document's text quotes `title` in 《》. */
export function quotes(doc: Pick<ParsedDocument, 'blocks'>, title: string): boolean {
  const t = folded(title)
  return t.length >= 2 && doc.blocks.some((b) => folded(b.text).includes(`《${t}》`))
}

/** A decree's document still titled by the decree's own name: the regulation's title was not read. */
export function decreeUntitled(doc: Pick<ParsedDocument, 'title' | 'docNumber'>): boolean {
  return isDecreeNumber(doc.docNumber) && (doc.docNumber ?? '').startsWith(`${doc.title} `)
}

/**
 * A regulation's name ('专利代理条例', '…管理办法'): what a decree promulgates, listed in a 目录 by
 * its own name (the decree not listed) right under its 栏目's heading, with its page.
 */
export function isRegulationName(text: string): boolean {
  return /^[\u4e00-\u9fff（）《》、]{2,40}(?:条例|办法|规定|细则|规则)$/.test(text) && docNumberOfLine(text) === null
}

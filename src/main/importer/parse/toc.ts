// 目录: section headings and entries (title, 文号, page) in any of the usual layouts.
import type { TocEntry } from '../../../shared/domain'
import { findDocNumbers, toHalfWidth } from '../../../shared/doc-number'
import { compact, isBlank, stripBullet, type SourceLine } from './lines'

export interface Toc {
  entries: TocEntry[]
  sections: string[]
  /** Index of the 目录 line, or -1. */
  start: number
  /** Index of the last line that belongs to the 目录 (its last page number), or -1. */
  end: number
}

/** Section names printed in 目录 and body: 县政府文件, 部门文件, 人事任免, 市政府令… */
export const SECTION =
  /^[\u4e00-\u9fff]{0,12}(文件|任免|政府令|命令|公告|通告|解读|大事记|规章|动态|附录|其他)$/

// A page number ends an entry: after dot leaders, a tab, wide spaces, a 文号's closing bracket,
// or in brackets of its own.
const PAGE_AFTER_LEADER = /^(.*?)\s*(?:[.…⋯·•．_—-]{2,}|\t|\s{2,}|\u3000)\s*(\d{1,4})$/
const PAGE_AFTER_NUMBER = /^(.*号\s*[）)\]】])\s*(\d{1,4})$/
const PAGE_IN_BRACKETS = /^(.*?)[\s.…⋯·•．_—-]*[（(](\d{1,3})[）)]$/

/** Splits '…（兴政发〔2022〕8号）……1' into text and page; null when the line carries no page. */
export function splitPage(line: string): { text: string; page: number } | null {
  const t = line.replace(/\s+$/, '')
  const m = PAGE_AFTER_LEADER.exec(t) ?? PAGE_AFTER_NUMBER.exec(t) ?? PAGE_IN_BRACKETS.exec(t)
  if (!m) return null
  return { text: m[1].replace(/[\s.…⋯·•．_—-]+$/, ''), page: Number(m[2]) }
}

/** One entry's joined text ('关于…的通知（兴政发〔2022〕8号）') as title and 文号. */
export function splitEntry(text: string): { title: string; docNumber: string | null } {
  const flat = compact(text)
  const nums = findDocNumbers(flat)
  const last = nums[nums.length - 1]
  if (last) {
    const tail = toHalfWidth(flat.slice(last.index + last.raw.length))
    if (/^[)）\]】]?$/.test(tail)) {
      const title = flat.slice(0, last.index).replace(/[（(\[【]$/, '')
      return { title, docNumber: last.docNumber }
    }
  }
  return { title: flat, docNumber: null }
}

export function findTocStart(lines: SourceLine[]): number {
  return lines.findIndex((l) => /^(目录|目次)$/.test(compact(l.text)))
}

/** Lines after the last page number before the 目录 is taken to have ended. */
const TOC_GAP = 8

/** Reads the 目录 starting at its heading; entries may wrap over lines and blank lines. */
export function parseToc(lines: SourceLine[]): Toc {
  const start = findTocStart(lines)
  const toc: Toc = { entries: [], sections: [], start, end: -1 }
  if (start < 0) return toc
  let buffer = ''
  let category = ''
  let sinceLast = 0
  for (let i = start + 1; i < lines.length && sinceLast < TOC_GAP; i++) {
    const text = stripBullet(lines[i].text)
    if (isBlank(text)) continue
    const paged = splitPage(text)
    if (paged) {
      const { title, docNumber } = splitEntry(buffer + paged.text)
      toc.entries.push({ category, title, docNumber, page: paged.page })
      buffer = ''
      sinceLast = 0
      toc.end = i
      continue
    }
    sinceLast++
    const c = compact(text)
    if (buffer === '' && SECTION.test(c) && !c.includes('关于')) {
      category = c
      if (!toc.sections.includes(c)) toc.sections.push(c)
    } else buffer += text
  }
  return toc
}

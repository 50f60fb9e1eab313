// Cover and inside cover: gazette name, year, 期, 总第N期, publication date, publisher.
import type { IssueMeta } from '../../../shared/domain'
import { toHalfWidth } from '../../../shared/doc-number'
import { compact, type SourceLine } from './lines'
import { formatDate, parseNumeral } from './dates'

/** How far into the text a cover may reach when there is no 目录 to stop at. */
const COVER_SCAN = 120

/** A government gazette is a 公报 (兴县人民政府公报) or, in some provinces, a 政报 (山西政报, 浙江政报). */
export const GAZETTE_WORD = /公报|政报/
const GAZETTE = /^([\u4e00-\u9fff]{2,24}?(?:公报|政报))(.*)$/

export interface Cover {
  meta: IssueMeta | null
  /** Lines of the cover: their four-character slogans come back on the back cover. */
  lines: SourceLine[]
}

/** The gazette name: the first line that starts with '…公报' (or '…政报') and carries nothing but issue data. */
export function findGazetteName(lines: SourceLine[]): string | null {
  for (const line of lines) {
    const m = GAZETTE.exec(compact(toHalfWidth(line.text)))
    if (m && /^(\d{4}年?(第.{1,4}期)?.*)?$/.test(m[2])) return m[1]
  }
  return null
}

function findIssue(text: string): { year: number | null; issueNo: number | null } {
  const m = /((?:19|20)\d{2})年?第([0-9一二三四五六七八九十]{1,3})期/.exec(text)
  if (m) return { year: Number(m[1]), issueNo: parseNumeral(m[2]) }
  const n = /(?:^|[^总])第([0-9一二三四五六七八九十]{1,3})期/.exec(text)
  const y = /((?:19|20)\d{2})[年.-]/.exec(text)
  return { year: y ? Number(y[1]) : null, issueNo: n ? parseNumeral(n[1]) : null }
}

function findPublishedOn(text: string): string | null {
  const m =
    /((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日(?:出版|印发|编印|发行)/.exec(text) ??
    /出版(?:日期|时间)[:：]?((?:19|20)\d{2})[年.-](\d{1,2})[月.-](\d{1,2})/.exec(text)
  return m ? formatDate(Number(m[1]), Number(m[2]), Number(m[3])) : null
}

function findPublisher(lines: SourceLine[]): string | null {
  for (const l of lines) {
    const m = /^(?:主办单位|主办|编印单位|编印)[:：](.+)$/.exec(compact(l.text))
    if (m) return m[1]
  }
  const own = lines.map((l) => compact(l.text)).find((t) => /^[\u4e00-\u9fff]{2,20}(办公室|办公厅)$/.test(t))
  return own ?? null
}

/** Reads the cover from the lines before `end` (the 目录 line, or the first document). */
export function parseCover(lines: SourceLine[], end: number): Cover {
  const cover = lines.slice(0, Math.min(end, COVER_SCAN))
  const gazette = findGazetteName(cover)
  if (!gazette) return { meta: null, lines: cover }
  const text = cover.map((l) => compact(toHalfWidth(l.text))).join('\n')
  const { year, issueNo } = findIssue(text)
  const total = /总第([0-9一二三四五六七八九十百]{1,5})期/.exec(text)
  const meta: IssueMeta = {
    gazette,
    year: year ?? 0,
    issueNo: issueNo ?? 0,
    totalNo: total ? parseNumeral(total[1]) : null,
    publishedOn: findPublishedOn(text),
    publisher: findPublisher(cover),
  }
  return { meta, lines: cover }
}

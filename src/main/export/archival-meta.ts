// The 公文 fields an archive copy carries (PDF/A XMP, OFD CustomDatas), from the documents exported.
import type { GazetteDocument } from '../../shared/domain'
import type { LayoutInput } from './layout-document'
import type { ArchivalMeta } from './pdfa-meta'

type MetaDoc = LayoutInput & Partial<Pick<GazetteDocument, 'date' | 'issuers' | 'pageFrom' | 'pageTo'>>

const uniq = (xs: (string | null | undefined)[]): string[] => [...new Set(xs.filter((x): x is string => !!x))]

/** Where the documents stand in their gazette: 'from-to' when known, else the first page. */
function pageRange(docs: MetaDoc[]): string | null {
  const from = docs.map((d) => d.pageFrom ?? d.tocPage).filter((n): n is number => typeof n === 'number')
  const to = docs.map((d) => d.pageTo).filter((n): n is number => typeof n === 'number')
  if (!from.length) return null
  const lo = Math.min(...from)
  const hi = to.length ? Math.max(...to) : null
  return hi !== null && hi > lo ? `${lo}-${hi}` : String(lo)
}

export function archivalMeta(docs: MetaDoc[]): ArchivalMeta {
  const issues = uniq(docs.map((d) => (d.year && d.issueNo ? `${d.year}年第${d.issueNo}期` : null)))
  return {
    docNumbers: uniq(docs.map((d) => d.docNumber)),
    issuers: uniq(docs.flatMap((d) => (d.issuers?.length ? d.issuers : [d.issuer]))),
    date: uniq(docs.map((d) => d.date)).join('、') || null,
    gazette: uniq(docs.map((d) => d.gazette)).join('、') || null,
    issue: issues.join('、') || null,
    pages: pageRange(docs),
  }
}

/** The OFD CustomDatas of a 公文: 文号, 发文机关, 成文日期, 公开属性, and where it was published. */
export function ofdCustomData(docs: (MetaDoc & { public?: boolean })[]): Record<string, string> {
  const m = archivalMeta(docs)
  const known = docs.filter((d) => typeof d.public === 'boolean')
  const open = known.length === docs.length ? (known.every((d) => d.public) ? '主动公开' : '不予公开') : ''
  return {
    文号: m.docNumbers.join('、'),
    发文机关: m.issuers.join('、'),
    成文日期: m.date ?? '',
    公开属性: open,
    公报: m.gazette ?? '',
    期: m.issue ?? '',
    页码: m.pages ?? '',
  }
}

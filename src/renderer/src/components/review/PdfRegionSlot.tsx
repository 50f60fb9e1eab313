// Where a PDF document's original page goes on the review screen: the page numbers and regions
// in words, and the pages drawn with the region outlined (PdfRegionPages). Another page viewer
// (e.g. the document page's 对照原文) can take the drawing's place through PdfRegionContext.
import { List, Text } from '@mantine/core'
import { createContext, useContext, type ComponentType } from 'react'
import { PdfRegionPages } from './PdfRegionPages'
import type { PageBox } from '../../../../shared/domain'

export interface PdfRegionProps {
  /** The kept original's bytes (base64), loaded on demand. */
  loadPdf(): Promise<string>
  /** The document's extent, one box per page and block, in points from the page's top-left. */
  boxes: PageBox[]
  /** Characters OCR was unsure of, boxed on the page (scans only). */
  marks?: PageBox[]
}

export const PdfRegionContext = createContext<ComponentType<PdfRegionProps> | null>(null)

/** One box per page: the union of the document's boxes there. */
export function pageRegions(boxes: PageBox[]): PageBox[] {
  const byPage = new Map<number, PageBox>()
  for (const b of boxes) {
    const r = byPage.get(b.page)
    byPage.set(b.page, r ? { ...r, x0: Math.min(r.x0, b.x0), x1: Math.max(r.x1, b.x1), top: Math.min(r.top, b.top), bottom: Math.max(r.bottom, b.bottom) } : { ...b })
  }
  return [...byPage.values()].sort((a, b) => a.page - b.page)
}

export function PdfRegion(props: PdfRegionProps) {
  const View = useContext(PdfRegionContext)
  const regions = pageRegions(props.boxes)
  if (!regions.length) return <Text size="sm" c="dimmed">原文页面位置未知</Text>
  return (
    <>
      <RegionList regions={regions} />
      {View ? <View {...props} /> : <PdfRegionPages loadPdf={props.loadPdf} regions={regions} marks={props.marks} />}
    </>
  )
}

function RegionList({ regions }: { regions: PageBox[] }) {
  return (
    <List size="sm" spacing={2} data-testid="pdf-regions">
      {regions.map((r) => (
        <List.Item key={r.page}>
          PDF 第 {r.page} 页{r.pageLabel ? `（印刷页码 ${r.pageLabel}）` : ''}：距页顶 {Math.round(r.top)}–{Math.round(r.bottom)} 点，
          左右 {Math.round(r.x0)}–{Math.round(r.x1)} 点
        </List.Item>
      ))}
    </List>
  )
}

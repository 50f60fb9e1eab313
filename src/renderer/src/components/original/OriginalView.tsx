// 对照原文: a document's original beside its reflowed text. Given an issue and the document's block
// sources, it fetches the kept original (getOriginal) and shows the PDF page(s) with the blocks
// outlined, or the text lines with the document's lines marked.
import { Loader, Text } from '@mantine/core'
import type { BlockSource, PageBox } from '../../../../shared/domain'
import { useApi } from '../../api-context'
import { useAsync } from '../../hooks/useAsync'
import { ErrorNotice } from '../ErrorNotice'
import { OriginalPdfPages } from './OriginalPdfPages'
import { OriginalTextLines } from './OriginalTextLines'
import { lowBoxes, lowCount } from '../../ocr-marks'

/** The pages a document's blocks lie on, in order, and every box. */
export function pagesOf(sources: BlockSource[]): { pages: number[]; regions: PageBox[] } {
  const regions = sources.flatMap((s) => s.boxes ?? [])
  return { pages: [...new Set(regions.map((r) => r.page))].sort((a, b) => a - b), regions }
}

/** The line ranges of a document's blocks, neighbours merged. */
export function rangesOf(sources: BlockSource[]): { from: number; to: number }[] {
  const sorted = sources.map((s) => ({ from: s.lineFrom, to: s.lineTo })).sort((a, b) => a.from - b.from)
  const out: { from: number; to: number }[] = []
  for (const r of sorted) {
    const last = out[out.length - 1]
    if (last && r.from <= last.to + 2) last.to = Math.max(last.to, r.to)
    else out.push({ ...r })
  }
  return out
}

interface Props {
  issueId: number
  /** The document's block sources; null when not known (imported before they were kept, or edited). */
  sources: BlockSource[] | null
  /** Pages to show when the sources give none (e.g. the 目录's page). */
  fallbackPages?: number[]
  width?: number
}

export function OriginalView({ issueId, sources, fallbackPages = [], width }: Props) {
  const { archive } = useApi()
  const original = useAsync(() => archive.getOriginal({ issueId }), `original-${issueId}`)
  if (original.error) return <ErrorNotice error={original.error} onRetry={original.reload} />
  if (!original.data) return <Loader size="sm" aria-label="正在读取原件" />
  const f = original.data
  const known = sources ?? []
  const note = !sources && (
    <Text size="sm" c="dimmed" mb="xs">这份文件没有记录它在原件中的位置（导入较早，或正文经过人工修改），无法标出对应区域。</Text>
  )
  return (
    <section className="original-view" aria-label={`原文：${f.fileName}`} data-testid="original-view" data-kind={f.kind}>
      <Text size="xs" c="dimmed" mb={4}>原件：{f.fileName}</Text>
      {note}
      {lowCount(sources) > 0 && <Text size="xs" c="orange.9" mb={4} data-testid="ocr-low-note">扫描件经文字识别（OCR）：正文中把握不大的 {lowCount(sources)} 个字在正文和扫描页上以橙色标出。</Text>}
      {f.kind === 'pdf' ? (
        <OriginalPdfPages bytesBase64={f.bytesBase64} width={width} marks={lowBoxes(sources)} {...withFallback(pagesOf(known), fallbackPages)} />
      ) : (
        known.length > 0 && <OriginalTextLines lines={f.lines} ranges={rangesOf(known)} />
      )}
    </section>
  )
}

function withFallback(p: { pages: number[]; regions: PageBox[] }, fallback: number[]): { pages: number[]; regions: PageBox[] } {
  return p.pages.length ? p : { pages: fallback, regions: [] }
}

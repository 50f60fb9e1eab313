// The original beside a staged document: for a PDF its page(s) and region, and for every format
// the source lines it was read from, numbered as in the file.
import { Loader, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core'
import { useCallback } from 'react'
import type { ArchiveApi } from '../../../../shared/api'
import type { PageBox, StagedDocument } from '../../../../shared/domain'
import { useApi } from '../../api-context'
import { useStagedSource } from '../../hooks/useStaging'
import { ErrorNotice } from '../ErrorNotice'
import { PdfRegion } from './PdfRegionSlot'
import { lowBoxes, lowByLine, lowCount, splitLow } from '../../ocr-marks'

interface Props {
  stagedId: number
  /** When the issue was staged: a staged id freed by 放弃 may be given to the next import. */
  stagedAt: string
  doc: StagedDocument
  isPdf: boolean
}

// One download of a staged PDF per review screen, whichever documents are looked at; keyed by id
// and staging time, so an issue discarded and another staged under its id never share pages.
const originals = new Map<string, Promise<string>>()

function loadOriginal(archive: ArchiveApi, id: number, stagedAt: string): Promise<string> {
  const key = `${id}@${stagedAt}`
  let p = originals.get(key)
  if (!p) {
    p = archive.getStagedOriginal({ id }).then((f) => f.bytesBase64)
    p.catch(() => originals.delete(key))
    originals.set(key, p)
  }
  return p
}

export function StagedSourceView({ stagedId, stagedAt, doc, isPdf }: Props) {
  const { archive } = useApi()
  const loadPdf = useCallback(() => loadOriginal(archive, stagedId, stagedAt), [archive, stagedId, stagedAt])
  // Edits to fields do not move the source; a split or merge changes the blocks and so the lines.
  const version = `${doc.blocks.length}:${doc.sources?.[0]?.lineFrom ?? 0}`
  const src = useStagedSource(stagedId, doc.seq, version)
  const boxes: PageBox[] = (doc.sources ?? []).flatMap((s) => s.boxes ?? [])
  const low = lowByLine(doc.sources)
  const unsure = lowCount(doc.sources)
  return (
    <Paper withBorder p="sm" style={{ flex: 1, minWidth: 0 }} aria-label="原文对照" data-testid="staged-source">
      <Stack gap="xs">
        <Title order={4} size="sm">原文对照</Title>
        {unsure > 0 && <Text size="xs" c="orange.9" data-testid="ocr-low-note">正文中文字识别把握不大的 {unsure} 个字以橙色标出（扫描页上以橙框标出）。</Text>}
        {isPdf && <PdfRegion boxes={boxes} loadPdf={loadPdf} marks={lowBoxes(doc.sources)} />}
        {src.error && <ErrorNotice error={src.error} onRetry={src.reload} />}
        {!src.data && !src.error && <Loader size="sm" aria-label="正在读取原文" />}
        {src.data && src.data.lines.length === 0 && <Text size="sm" c="dimmed">这份文件没有记录原文行号（由核对人员拆分而来，或原文未分行）。</Text>}
        {src.data && src.data.lines.length > 0 && (
          <>
            <Text size="xs" c="dimmed">{isPdf ? '按阅读顺序读出的' : '原文'}第 {src.data.lineFrom}–{src.data.lineTo} 行</Text>
            <ScrollArea.Autosize mah="calc(100vh - 330px)" type="auto">
              <pre className="source-lines" data-testid="source-lines">
                {src.data.lines.map((l, i) => (
                  <div key={i}>
                    <span className="source-line-no" aria-hidden>{src.data!.lineFrom + i}</span>
                    {l ? splitLow(l, low.get(src.data!.lineFrom + i) ?? []).map((g, k) => g.low ? <mark key={k} className="ocr-low" data-testid="ocr-low">{g.text}</mark> : g.text) : ' '}
                  </div>
                ))}
              </pre>
            </ScrollArea.Autosize>
          </>
        )}
      </Stack>
    </Paper>
  )
}

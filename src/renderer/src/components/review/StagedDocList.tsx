// The staged issue's documents, doubtful ones first, each with its confidence; one is selected.
import { Badge, Group, NavLink, ScrollArea, Text } from '@mantine/core'
import type { StagedDocument } from '../../../../shared/domain'
import { confidenceColor, isStillDoubtful, percent, reviewOrder } from './review-order'
import { isOcr } from '../../ocr-marks'

interface Props {
  docs: StagedDocument[]
  selected: number | null
  onSelect(seq: number): void
}

export function StagedDocList({ docs, selected, onSelect }: Props) {
  const ordered = reviewOrder(docs)
  const doubtful = docs.filter(isStillDoubtful).length
  return (
    <ScrollArea component="nav" w={340} aria-label="本期文件" style={{ borderRight: '1px solid #e9ecef', flexShrink: 0 }} data-testid="staged-doc-list">
      <Text size="xs" fw={700} c="dimmed" px="md" pt="sm" pb={4}>
        {doubtful ? `存疑 ${doubtful} 份排在前面` : '没有存疑的文件'} · 共 {docs.length} 份
      </Text>
      {ordered.map((d) => (
        <NavLink
          key={d.seq}
          active={selected === d.seq}
          onClick={() => onSelect(d.seq)}
          aria-label={`第 ${d.seq} 份：${d.title}${isOcr(d) ? '（文字识别）' : ''}，置信度 ${percent(d.confidence)}${d.review ? '，已核对' : isStillDoubtful(d) ? '，存疑' : ''}`}
          label={<Text size="sm" lineClamp={2}>{d.title}</Text>}
          description={
            <Group gap={6} wrap="nowrap">
              <Text size="xs" c="dimmed">第 {d.seq} 份</Text>
              {d.docNumber && <Text size="xs" c="dimmed">{d.docNumber}</Text>}
              {isOcr(d) && <OcrBadge />}
            </Group>
          }
          rightSection={<Badge size="sm" variant="light" color={confidenceColor(d)}>{d.review ? '已核' : percent(d.confidence)}</Badge>}
        />
      ))}
    </ScrollArea>
  )
}

/** The document was read from a scan by OCR. */
export function OcrBadge({ size = 'xs' }: { size?: 'xs' | 'sm' }) {
  return <Badge size={size} variant="outline" color="grape" title="由扫描件文字识别（OCR）得到" data-testid="ocr-badge">OCR</Badge>
}

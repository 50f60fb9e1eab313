// 安全替换: the archived issue and the new file side by side (file, documents, confidence, doubtful),
// the new side in red where it is worse.
import { Paper, SimpleGrid, Text } from '@mantine/core'
import type { ConfidenceStats, ReplacePreview } from '../../../shared/issue-comparison'

// One decimal: a few lost documents may move the mean by less than a whole percent.
const pct = (c: number | null): string => (c === null ? '未记录' : `${(Math.round(c * 1000) / 10).toFixed(1)}%`)

interface Side {
  title: string
  file: string | null
  documents: number
  stats: ConfidenceStats
}

function SideCard({ side, worse, testId }: { side: Side; worse: { count: boolean; confidence: boolean; doubtful: boolean }; testId: string }) {
  const red = (bad: boolean): string | undefined => (bad ? 'red' : undefined)
  return (
    <Paper withBorder p="sm" data-testid={testId} style={worse.count || worse.confidence ? { borderColor: 'var(--mantine-color-red-6)' } : undefined}>
      <Text fw={600} size="sm">{side.title}</Text>
      <Text size="xs" c="dimmed" mb={6}>{side.file ?? '（未记录原件）'}</Text>
      <Text size="sm" c={red(worse.count)}>文件数：<b>{side.documents}</b> 件</Text>
      <Text size="sm" c={red(worse.confidence)}>平均可信度：{pct(side.stats.mean)}，最低 {pct(side.stats.min)}</Text>
      <Text size="sm" c={red(worse.doubtful)}>存疑文件：{side.stats.doubtful} 件</Text>
    </Paper>
  )
}

export function ReplaceSides({ preview }: { preview: ReplacePreview }) {
  const c = preview.comparison
  const w = c.warnings
  const none = { count: false, confidence: false, doubtful: false }
  return (
    <SimpleGrid cols={2} spacing="sm">
      <SideCard testId="replace-old" worse={none}
        side={{ title: '档案中现有', file: preview.oldFile, documents: c.counts.old, stats: c.confidence.old }} />
      <SideCard testId="replace-new"
        worse={{ count: w.fewerDocuments, confidence: w.lowerMeanConfidence || w.lowerMinConfidence, doubtful: w.moreDoubtful }}
        side={{ title: '新文件', file: preview.file, documents: c.counts.new, stats: c.confidence.new }} />
    </SimpleGrid>
  )
}

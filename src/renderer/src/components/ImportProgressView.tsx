// Progress while importing: overall and per file (from importProgress events).
import { Group, Paper, Progress, Stack, Text } from '@mantine/core'
import type { ImportProgress } from '../../../shared/domain'

const STAGE: Record<ImportProgress['stage'], { label: string; pct: number; color?: string }> = {
  reading: { label: '读取中', pct: 20 },
  parsing: { label: '解析中', pct: 50 },
  saving: { label: '保存中', pct: 80 },
  done: { label: '完成', pct: 100, color: 'green' },
  skipped: { label: '已跳过', pct: 100, color: 'gray' },
  failed: { label: '失败', pct: 100, color: 'red' },
}

const finished = (p: ImportProgress) => ['done', 'skipped', 'failed'].includes(p.stage)

export function ImportProgressView({ files, running }: { files: ImportProgress[]; running: boolean }) {
  const list = files.filter(Boolean)
  const count = list[0]?.fileCount ?? 0
  const done = list.filter(finished).length
  const overall = count ? Math.round((done / count) * 100) : running ? 5 : 100
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={600}>{running ? '正在导入…' : '已处理完毕（结果见下方报告）'}</Text>
          <Text size="sm" c="dimmed">{count ? `${done} / ${count} 个文件` : ''}</Text>
        </Group>
        <Progress value={overall} size="lg" animated={running} aria-label="总体进度" />
        {list.map((p) => (
          <div key={p.fileIndex}>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm" truncate>{p.file}</Text>
              <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>{STAGE[p.stage].label}{p.message ? `：${p.message}` : ''}</Text>
            </Group>
            <Progress value={STAGE[p.stage].pct} color={STAGE[p.stage].color} size="sm" aria-label={`${p.file} 的进度`} />
          </div>
        ))}
      </Stack>
    </Paper>
  )
}

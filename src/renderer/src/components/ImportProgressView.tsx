// Progress while importing: overall and per file (from importProgress events). Once the report is
// in, the totals and each file's final state are read from it (import-tally.ts), as the report
// below says them: the panel never calls "完成" what the report calls 待核对, 跳过 or 失败.
import { Group, Paper, Progress, Stack, Text } from '@mantine/core'
import type { ImportProgress, ImportReport } from '../../../shared/domain'
import { fileOutcome, tallyReport, tallyText } from '../import-tally'

const STAGE: Record<ImportProgress['stage'], { label: string; pct: number; color?: string }> = {
  reading: { label: '读取中', pct: 20 },
  parsing: { label: '解析中', pct: 50 },
  saving: { label: '保存中', pct: 80 },
  done: { label: '完成', pct: 100, color: 'green' },
  skipped: { label: '已跳过', pct: 100, color: 'gray' },
  failed: { label: '失败', pct: 100, color: 'red' },
}

const finished = (p: ImportProgress) => ['done', 'skipped', 'failed'].includes(p.stage)

function FileRow({ p, report }: { p: ImportProgress; report: ImportReport | null }) {
  const final = report && fileOutcome(report, p.file)
  const label = final?.label ?? `${STAGE[p.stage].label}${p.message ? `：${p.message}` : ''}`
  return (
    <div data-testid="progress-file">
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" truncate>{p.file}</Text>
        <Text size="xs" c={final?.color === 'red' ? 'red' : 'dimmed'} style={{ flexShrink: 1, minWidth: 0 }} truncate>{label}</Text>
      </Group>
      <Progress value={final ? 100 : STAGE[p.stage].pct} color={final?.color ?? STAGE[p.stage].color} size="sm" aria-label={`${p.file} 的进度`} />
    </div>
  )
}

export function ImportProgressView({ files, running, report = null }: { files: ImportProgress[]; running: boolean; report?: ImportReport | null }) {
  const list = files.filter(Boolean)
  const tally = report && !running ? tallyReport(report) : null
  const count = tally?.files ?? list[0]?.fileCount ?? 0
  const done = tally?.files ?? list.filter(finished).length
  const overall = count ? Math.round((done / count) * 100) : running ? 5 : 100
  return (
    <Paper withBorder p="md" data-testid="import-progress">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600}>{running ? '正在导入…' : tally ? `已处理完毕：${tallyText(tally)}` : '已处理完毕（结果见下方报告）'}</Text>
          <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>{count ? `${done} / ${count} 个文件` : ''}</Text>
        </Group>
        <Progress value={overall} size="lg" animated={running} aria-label="总体进度" />
        {list.map((p) => <FileRow key={p.fileIndex} p={p} report={running ? null : report} />)}
      </Stack>
    </Paper>
  )
}

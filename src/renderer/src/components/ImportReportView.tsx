// The import report: issues added (with warnings), files skipped (with "替换"), files that failed.
import { Alert, Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core'
import type { ImportReport } from '../../../shared/domain'

type Skipped = ImportReport['skipped'][number]

interface Props {
  report: ImportReport
  /** Whether 替换 is offered for a skipped file (by its code and the source it came from). */
  canReplace(entry: Skipped): boolean
  onReplace(entry: Skipped): void
  busy: boolean
}

export function ImportReportView({ report, canReplace, onReplace, busy }: Props) {
  const docs = report.imported.reduce((n, i) => n + i.documents, 0)
  return (
    <Stack gap="md" data-testid="import-report">
      <Title order={3}>
        导入结果：新增 {report.imported.length} 期、{docs} 件文件
        {report.skipped.length ? `，跳过 ${report.skipped.length} 个` : ''}
        {report.failed.length ? `，失败 ${report.failed.length} 个` : ''}
      </Title>
      {report.imported.map((i) => (
        <Paper key={i.file} withBorder p="md">
          <Group justify="space-between">
            <Text fw={600}>{i.issue}</Text>
            <Text size="sm">{i.documents} 件文件</Text>
          </Group>
          <Text size="xs" c="dimmed">{i.file}</Text>
          {i.warnings.length > 0 && (
            <Alert color="yellow" mt="sm" title={`${i.warnings.length} 条提示`}>
              <List size="sm" spacing={2}>{i.warnings.map((w) => <List.Item key={w}>{w}</List.Item>)}</List>
            </Alert>
          )}
        </Paper>
      ))}
      {report.skipped.map((s) => (
        <Paper key={s.file} withBorder p="md">
          <Group justify="space-between" wrap="nowrap">
            <div>
              <Text fw={600}>已跳过：{s.file}</Text>
              <Text size="sm" c="dimmed">{s.reason}</Text>
            </div>
            {canReplace(s) && (
              <Button variant="default" disabled={busy} onClick={() => onReplace(s)} aria-label={`替换档案中的这一期：${s.file}`}>
                替换
              </Button>
            )}
          </Group>
        </Paper>
      ))}
      {report.failed.map((f) => (
        <Alert key={f.file} color="red" title={`导入失败：${f.file}`}>{f.error}</Alert>
      ))}
      {report.imported.length > 0 && <Anchor href="#/">到文库中浏览 →</Anchor>}
    </Stack>
  )
}

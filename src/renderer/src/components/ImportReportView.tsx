// The import report: issues added (with warnings), files skipped (with "替换"), files that failed.
import { Alert, Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core'
import type { DoubtfulDocument, ImportReport, StagedIssueReport } from '../../../shared/domain'
import { tallyReport, tallyText } from '../import-tally'
import { ordinalName } from '../../../shared/original'
import { reportItems, WarningGroups } from './WarningGroups'

type Skipped = ImportReport['skipped'][number]

interface Props {
  report: ImportReport
  /** Whether 替换 is offered for a skipped file (by its code and the source it came from). */
  canReplace(entry: Skipped): boolean
  onReplace(entry: Skipped): void
  /** 安全替换: compare first (the skipped entry carries a replaceToken). */
  onCompareReplace?(token: string): void
  /** Tokens already used: their issue was replaced. */
  replacedTokens?: ReadonlySet<string>
  busy: boolean
}

function DoubtfulList({ docs }: { docs: DoubtfulDocument[] }) {
  if (!docs.length) return null
  return (
    <Alert color="red" mt="sm" title={`${docs.length} 份文件存疑，需要核对`}>
      <List size="sm" spacing={2}>
        {docs.map((d) => (
          <List.Item key={d.seq}>第 {d.seq} 份 {d.docNumber ?? d.title}（置信度 {Math.round(d.confidence * 100)}%：{d.reasons.map((r) => r.message).join('；')}）</List.Item>
        ))}
      </List>
    </Alert>
  )
}

/** An issue parsed into 待核对: nothing saved yet. */
function StagedCard({ s }: { s: StagedIssueReport }) {
  return (
    <Paper withBorder p="md" data-testid="import-staged">
      <Group justify="space-between" wrap="nowrap">
        <div>
          <Text fw={600}>{s.issue}：待核对，尚未入库</Text>
          <Text size="sm">{s.documents} 件文件{s.doubtful?.length ? `，其中 ${s.doubtful.length} 份存疑` : '，没有存疑的文件'}</Text>
          <Text size="xs" c="dimmed">{s.file}</Text>
        </div>
        <Button component="a" href={`#/review/${s.stagedId}`}>核对并入库</Button>
      </Group>
      <DoubtfulList docs={s.doubtful ?? []} />
      {s.warnings.length > 0 && (
        <Alert color="yellow" mt="sm" title={`${s.warnings.length} 条提示`}>
          <List size="sm" spacing={2}>{s.warnings.map((w) => <List.Item key={w}>{w}</List.Item>)}</List>
        </Alert>
      )}
    </Paper>
  )
}

/** A held issue's reason, with what the button beside it does. */
const shownReason = (reason: string, button: boolean): string => (button ? `${reason}；可点“替换…”先比较再替换` : reason)

export function ImportReportView({ report, canReplace, onReplace, onCompareReplace, replacedTokens, busy }: Props) {
  const staged = report.staged ?? []
  return (
    <Stack gap="md" data-testid="import-report">
      <Title order={3}>导入结果：{tallyText(tallyReport(report))}</Title>
      {staged.map((s) => <StagedCard key={s.file} s={s} />)}
      {report.imported.map((i) => (
        <Paper key={i.file} withBorder p="md">
          <Group justify="space-between">
            <Text fw={600}>{i.issue}</Text>
            <Text size="sm">{i.documents} 件文件</Text>
          </Group>
          <Text size="xs" c="dimmed">{i.file}</Text>
          <DoubtfulList docs={i.doubtful ?? []} />
          <WarningGroups items={reportItems(i.warnings, i.findings)} />
        </Paper>
      ))}
      {(report.kept ?? []).map((k) => (
        <Paper key={k.file} withBorder p="md" data-testid="import-kept">
          <Text fw={600}>{k.issue}：另存为本期{ordinalName(k.ordinal)}原件（{k.format}）</Text>
          <Text size="sm">{k.message}</Text>
          <Text size="xs" c="dimmed">{k.file}</Text>
          <Anchor size="sm" href={`#/?issueId=${k.issueId}`}>查看这一期 →</Anchor>
        </Paper>
      ))}
      {report.skipped.map((s) => (
        <Paper key={s.file} withBorder p="md">
          <Group justify="space-between" wrap="nowrap">
            <div>
              <Text fw={600}>已跳过：{s.file}</Text>
              <Text size="sm" c="dimmed">{shownReason(s.reason, !!(s.replaceToken && onCompareReplace))}</Text>
              {s.issueId && <Anchor size="sm" href={`#/?issueId=${s.issueId}`}>查看档案中的这一期 →</Anchor>}
            </div>
            {s.replaceToken && replacedTokens?.has(s.replaceToken) ? (
              <Text size="sm" c="teal.8" style={{ whiteSpace: 'nowrap' }}>已处理</Text>
            ) : s.replaceToken && onCompareReplace ? (
              <Button variant="default" disabled={busy} onClick={() => onCompareReplace(s.replaceToken as string)} aria-label={`替换档案中的这一期：${s.file}`}>
                替换…
              </Button>
            ) : canReplace(s) && (
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

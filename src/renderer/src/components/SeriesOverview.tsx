// Per gazette: each year's 期 held (chips opening the issue) and missing (red outline), whole years missing.
import { Badge, Button, Group, Paper, Text, Title } from '@mantine/core'
import { useState } from 'react'
import type { GazetteSeries, SeriesYear } from '../../../shared/domain'
import { GazetteRenameModal } from './GazetteRenameModal'
import { gazetteShown } from '../../../shared/gazette-shown'
import { issueShown, yearShown } from '../../../shared/issue-shown'

function YearRow({ y }: { y: SeriesYear }) {
  return (
    <div className="series-year" role="listitem" aria-label={yearShown(y.year)}>
      <Text fw={600} size="sm" w={64}>{yearShown(y.year)}</Text>
      <Group gap={6}>
        {y.wholeYearMissing && <Badge color="red" variant="outline" radius="sm">全年缺失</Badge>}
        {y.held.map((h) => (
          <Badge key={h.issueId} component="a" href={`#/?issueId=${h.issueId}`} color="gray" variant="light" radius="sm"
            className="chip-link" aria-label={issueShown(y.year, h.issueNo)}>
            {h.issueNo ? `第${h.issueNo}期` : '期号未写明'}
          </Badge>
        ))}
        {!y.wholeYearMissing && y.missing.map((n) => (
          <Badge key={`m${n}`} color="red" variant="outline" radius="sm" data-missing>缺第{n}期</Badge>
        ))}
      </Group>
    </div>
  )
}

export function SeriesOverview({ series }: { series: GazetteSeries[] }) {
  const [renaming, setRenaming] = useState<string | null>(null)
  if (!series.length) return <Text c="dimmed">档案中还没有公报。</Text>
  return (
    <>
      {renaming && <GazetteRenameModal gazette={renaming} onClose={() => setRenaming(null)} />}
      {series.map((s) => (
        <Paper key={s.gazette} withBorder p="lg" component="section" aria-label={s.gazette}>
          <Group justify="space-between" mb="sm">
            <Group gap="xs">
              <Title order={3} size="h4">{gazetteShown(s.gazette)}</Title>
              <Button size="compact-xs" variant="subtle" onClick={() => setRenaming(s.gazette)} aria-label={`更正名称：${s.gazette}`}>更正名称</Button>
            </Group>
            <Text size="sm" c="dimmed">
              {s.firstYear}–{s.lastYear} 年 · 已收 {s.heldCount} 期 · 缺 {s.missingCount} 期 · 每年 {s.expectedPerYear} 期
            </Text>
          </Group>
          <div role="list" aria-label={`${s.gazette} 各年`}>
            {s.years.map((y) => <YearRow key={y.year} y={y} />)}
          </div>
        </Paper>
      ))}
    </>
  )
}

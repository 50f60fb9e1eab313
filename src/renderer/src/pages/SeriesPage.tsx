// 馆藏概览: which 期 the archive holds and lacks, the import log, and cited documents not yet collected.
import { Anchor, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core'
import { DanglingReferences } from '../components/DanglingReferences'
import { ErrorNotice } from '../components/ErrorNotice'
import { ImportLogTable } from '../components/ImportLogTable'
import { SeriesOverview } from '../components/SeriesOverview'
import { useOverview } from '../hooks/useArchive'

export function SeriesPage() {
  const { data, error, reload } = useOverview()
  return (
    <div className="scroll-page">
      <Stack maw={1040} mx="auto" p="lg" gap="md">
        <Title order={2}>馆藏概览</Title>
        {error && <ErrorNotice error={error} onRetry={reload} />}
        {!data && !error && <Loader aria-label="正在加载" />}
        {data && (
          <>
            <SeriesOverview series={data.series} />
            <Paper withBorder p="lg" component="section" aria-labelledby="dangling-title">
              <Title order={3} size="h4" id="dangling-title" mb={4}>未收录的引用（{data.dangling.length}）</Title>
              <Text size="sm" c="dimmed" mb="sm">档案中的文件引用了这些文号，但档案里还没有它们，可据此补充收集。</Text>
              <DanglingReferences refs={data.dangling} />
            </Paper>
            <Paper withBorder p="lg" component="section" aria-labelledby="log-title">
              <Group justify="space-between" mb="sm">
                <Title order={3} size="h4" id="log-title">导入日志</Title>
                <Anchor href="#/import-log" size="sm">导入记录页：全部记录，按结果筛选 →</Anchor>
              </Group>
              <ImportLogTable log={data.log} />
            </Paper>
          </>
        )}
      </Stack>
    </div>
  )
}

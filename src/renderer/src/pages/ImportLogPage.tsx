// 导入记录 (issue 16): the whole import log on its own screen, filtered by outcome (导入, 跳过,
// 失败…) and by file name; the counts on the filter buttons are of the whole log.
import { Chip, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core'
import { useMemo, useState } from 'react'
import type { ImportLogRecord } from '../../../shared/domain'
import { ErrorNotice } from '../components/ErrorNotice'
import { ImportLogTable, OUTCOME } from '../components/ImportLogTable'
import { useApi } from '../api-context'
import { useArchiveGeneration } from '../hooks/useArchive'
import { useAsync } from '../hooks/useAsync'

type Outcome = ImportLogRecord['outcome']
const OUTCOMES = Object.keys(OUTCOME) as Outcome[]

export function ImportLogPage({ params }: { params: URLSearchParams }) {
  const gen = useArchiveGeneration()
  const { archive } = useApi()
  const { data, error, reload } = useAsync(() => archive.listImportLog({ limit: 10_000 }), `import-log:${gen}`)
  const first = params.get('outcome')
  const [picked, setPicked] = useState<string[]>(first && first in OUTCOME ? [first] : [])
  const [file, setFile] = useState('')
  const counts = useMemo(() => {
    const n = new Map<Outcome, number>()
    for (const r of data ?? []) n.set(r.outcome, (n.get(r.outcome) ?? 0) + 1)
    return n
  }, [data])
  const shown = (data ?? []).filter(
    (r) => (!picked.length || picked.includes(r.outcome)) && (!file.trim() || r.file.includes(file.trim())),
  )
  return (
    <div className="scroll-page">
      <Stack maw={1100} mx="auto" p="lg" gap="md">
        <Title order={2}>导入记录</Title>
        <Text size="sm" c="dimmed">每一次导入、替换、跳过、失败、删除和待核对，最新的在前。</Text>
        {error && <ErrorNotice error={error} onRetry={reload} />}
        {!data && !error && <Loader aria-label="正在加载" />}
        {data && (
          <>
            <Group gap="sm" align="center">
              <Text size="sm" fw={600}>结果：</Text>
              <Chip.Group multiple value={picked} onChange={setPicked}>
                <Group gap={6} role="group" aria-label="按结果筛选">
                  {OUTCOMES.filter((o) => counts.get(o)).map((o) => (
                    <Chip key={o} value={o} size="sm" color={OUTCOME[o].color}>{OUTCOME[o].label}（{counts.get(o)}）</Chip>
                  ))}
                </Group>
              </Chip.Group>
              <TextInput size="xs" placeholder="按文件名筛选" aria-label="按文件名筛选" value={file} onChange={(e) => setFile(e.currentTarget.value)} ml="auto" w={220} />
            </Group>
            <Text size="sm" c="dimmed" role="status" data-testid="log-summary">
              {shown.length === data.length ? `共 ${data.length} 条` : `显示 ${shown.length} 条，共 ${data.length} 条`}
            </Text>
            <ImportLogTable log={shown} />
          </>
        )}
      </Stack>
    </div>
  )
}

// 发文机关: every issuing unit with its documents and variants; merge a variant into its canonical
// name, rename a unit, undo either; the archive suggests units that differ only by a city or county prefix.
import { Alert, Anchor, Button, Group, Loader, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useState } from 'react'
import type { IssuerEntry } from '../../../shared/issuer-names'
import { useApi } from '../api-context'
import { ErrorNotice } from '../components/ErrorNotice'
import { IssuerChanges } from '../components/names/IssuerChanges'
import { IssuerModal, type IssuerTask } from '../components/names/IssuerModal'
import { archiveChanged, useArchiveGeneration } from '../hooks/useArchive'
import { useAsync } from '../hooks/useAsync'
import { hrefFor } from '../routes'

function IssuerRow({ issuer, onTask }: { issuer: IssuerEntry; onTask(t: IssuerTask): void }) {
  return (
    <Table.Tr>
      <Table.Td><Anchor href={hrefFor('/', { issuer: issuer.name })}>{issuer.name}</Anchor></Table.Td>
      <Table.Td ta="right">{issuer.documents}</Table.Td>
      <Table.Td><Text size="sm" c="dimmed">{issuer.aliases.join('、')}</Text></Table.Td>
      <Table.Td>
        <Group gap={4} justify="flex-end" wrap="nowrap">
          <Button size="xs" variant="default" aria-label={`合并「${issuer.name}」到…`} onClick={() => onTask({ kind: 'merge', from: issuer.name })}>合并到…</Button>
          <Button size="xs" variant="subtle" aria-label={`更改「${issuer.name}」的名称`} onClick={() => onTask({ kind: 'rename', from: issuer.name })}>更名…</Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  )
}

export function IssuersPage() {
  const { archive } = useApi()
  const gen = useArchiveGeneration()
  const { data, error, reload } = useAsync(() => archive.getIssuerOverview({}), `issuers:${gen}`)
  const [task, setTask] = useState<IssuerTask | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const [filter, setFilter] = useState('')
  const finish = (text: string) => {
    setTask(null)
    setDone(text)
    archiveChanged() // lists, the browse tree, search filters and documents all follow
  }
  const shown = data?.issuers.filter((i) => !filter.trim() || i.name.includes(filter.trim()) || i.aliases.some((a) => a.includes(filter.trim())))
  return (
    <div className="scroll-page">
      <Stack maw={1040} mx="auto" p="lg" gap="md">
        <Title order={2}>发文机关</Title>
        <Text size="sm" c="dimmed">同一单位写法不同（如有无市、县名）时，把一种写法并入另一种：文件列表、浏览、检索和目录都按合并后的名称；以后导入的文件也自动改用它。每次合并、更名都可撤销。</Text>
        {error && <ErrorNotice error={error} onRetry={reload} />}
        {!data && !error && <Loader aria-label="正在加载" />}
        {done && <Alert color="green" role="status" withCloseButton closeButtonLabel="关闭提示" onClose={() => setDone(null)}>{done}</Alert>}
        {data && data.suggestions.length > 0 && (
          <Paper withBorder p="lg" component="section" aria-labelledby="suggest-title">
            <Title order={3} size="h4" id="suggest-title" mb="sm">可能是同一单位（{data.suggestions.length}）</Title>
            <Stack gap="xs">
              {data.suggestions.map((g) => (
                <Group key={`${g.alias}→${g.canonical}`} justify="space-between" wrap="nowrap">
                  <Text size="sm">「{g.alias}」与「{g.canonical}」<Text span c="dimmed" size="xs">（{g.reason}）</Text></Text>
                  <Group gap={4} wrap="nowrap">
                    <Button size="xs" onClick={() => setTask({ kind: 'merge', from: g.alias, into: g.canonical })} aria-label={`把「${g.alias}」并入「${g.canonical}」`}>并入全称</Button>
                    <Button size="xs" variant="default" onClick={() => setTask({ kind: 'merge', from: g.canonical, into: g.alias })} aria-label={`把「${g.canonical}」并入「${g.alias}」`}>并入简称</Button>
                  </Group>
                </Group>
              ))}
            </Stack>
          </Paper>
        )}
        {data && (
          <Paper withBorder p="lg" component="section" aria-labelledby="issuers-title">
            <Group justify="space-between" mb="sm">
              <Title order={3} size="h4" id="issuers-title">全部发文机关（{data.issuers.length}）</Title>
              <TextInput placeholder="筛选名称" aria-label="筛选发文机关" value={filter} onChange={(e) => setFilter(e.currentTarget.value)} w={240} />
            </Group>
            <Table striped highlightOnHover aria-label="发文机关">
              <Table.Thead>
                <Table.Tr><Table.Th>名称</Table.Th><Table.Th ta="right">文件数</Table.Th><Table.Th>已并入的写法</Table.Th><Table.Th /></Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown?.map((i) => <IssuerRow key={i.name} issuer={i} onTask={(t) => (setDone(null), setTask(t))} />)}
              </Table.Tbody>
            </Table>
          </Paper>
        )}
        {data && (
          <Paper withBorder p="lg" component="section" aria-labelledby="issuer-changes-title">
            <Title order={3} size="h4" id="issuer-changes-title" mb="sm">改动记录</Title>
            <IssuerChanges changes={data.changes} onDone={finish} />
          </Paper>
        )}
      </Stack>
      <IssuerModal key={task ? `${task.kind}:${task.from}` : 'none'} task={task} names={data?.issuers.map((i) => i.name) ?? []}
        onClose={() => setTask(null)} onDone={finish} />
    </div>
  )
}

// 修改记录: every correction, split and merge of a document — what, who, when, why.
import { Paper, Table, Text, Title } from '@mantine/core'
import { useDocumentHistory } from '../hooks/useArchive'

const when = (at: string) => at.replace('T', ' ').slice(0, 16)

export function DocumentHistory({ id }: { id: number }) {
  const { data } = useDocumentHistory(id)
  if (!data) return null
  return (
    <Paper withBorder p="md" mt="lg" component="section" aria-labelledby="history-title" className="history" maw={820} mx="auto">
      <Title order={3} size="h5" id="history-title" mb="xs">修改记录（{data.length}）</Title>
      {data.length === 0 ? (
        <Text size="sm" c="dimmed">这份文件没有改动过，内容与导入时一致。</Text>
      ) : (
        <Table fz="sm" verticalSpacing={4} aria-label="修改记录" data-testid="history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={130}>时间</Table.Th>
              <Table.Th w={90}>经办人</Table.Th>
              <Table.Th>改动</Table.Th>
              <Table.Th w={200}>说明</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...data].reverse().map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{when(r.at)}</Table.Td>
                <Table.Td>{r.editor}</Table.Td>
                <Table.Td>{r.summary}</Table.Td>
                <Table.Td>{r.note ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  )
}

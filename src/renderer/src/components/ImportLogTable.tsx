// The import log: every import, skip, failure and removal, newest first.
import { Badge, Table, Text } from '@mantine/core'
import type { ImportLogRecord } from '../../../shared/domain'

export const OUTCOME: Record<ImportLogRecord['outcome'], { label: string; color: string }> = {
  imported: { label: '导入', color: 'green' },
  replaced: { label: '替换', color: 'blue' },
  skipped: { label: '跳过', color: 'gray' },
  failed: { label: '失败', color: 'red' },
  removed: { label: '删除', color: 'orange' },
  staged: { label: '待核对', color: 'yellow' },
  kept: { label: '另存原件', color: 'teal' },
}

const when = (at: string) => at.replace('T', ' ').slice(0, 16)

export function ImportLogTable({ log }: { log: ImportLogRecord[] }) {
  if (!log.length) return <Text c="dimmed" size="sm">还没有导入记录。</Text>
  return (
    <Table striped highlightOnHover verticalSpacing={6} fz="sm" aria-label="导入日志">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={140}>时间</Table.Th>
          <Table.Th w={70}>结果</Table.Th>
          <Table.Th>文件</Table.Th>
          <Table.Th>说明</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {log.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{when(r.at)}</Table.Td>
            <Table.Td><Badge size="sm" variant="light" color={OUTCOME[r.outcome].color}>{OUTCOME[r.outcome].label}</Badge></Table.Td>
            <Table.Td style={{ wordBreak: 'break-all' }}>
              {r.issueId && r.outcome !== 'removed' ? <a href={`#/?issueId=${r.issueId}`}>{r.file}</a> : r.file}
            </Table.Td>
            <Table.Td>{r.message}{r.warnings.length ? `（${r.warnings.length} 条提示）` : ''}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

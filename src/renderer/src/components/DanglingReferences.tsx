// 未收录的引用: 文号 cited in the archive but not held, with the documents citing them.
import { Anchor, Group, Table, Text } from '@mantine/core'
import type { DanglingReference } from '../../../shared/domain'

export function DanglingReferences({ refs }: { refs: DanglingReference[] }) {
  if (!refs.length) return <Text c="dimmed" size="sm">档案中引用的文件都已收录。</Text>
  return (
    <Table verticalSpacing={6} fz="sm" aria-label="未收录的引用">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={220}>被引用的文号</Table.Th>
          <Table.Th>引用它的文件</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {refs.map((r) => (
          <Table.Tr key={r.docNumber}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.docNumber}</Table.Td>
            <Table.Td>
              <Group gap="md">
                {r.citedBy.map((c) => (
                  <Anchor key={c.id} href={`#/doc/${c.id}`} size="sm">{c.docNumber ? `${c.docNumber} ` : ''}{c.title}</Anchor>
                ))}
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

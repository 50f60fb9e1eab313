// 改动记录 of 发文机关: merges and renames, newest first, each with 撤销 while it stands.
import { Alert, Button, Group, Table, Text } from '@mantine/core'
import type { IssuerChange } from '../../../../shared/issuer-names'
import { useApi } from '../../api-context'
import { useAction } from '../../hooks/useAction'
import { useSettings } from '../../hooks/useSettings'

const when = (iso: string): string => iso.slice(0, 16).replace('T', ' ')

export function IssuerChanges({ changes, onDone }: { changes: IssuerChange[]; onDone(text: string): void }) {
  const { archive } = useApi()
  const { requireEditor } = useSettings()
  const undo = useAction(async (c: IssuerChange) => {
    const editor = await requireEditor()
    if (!editor) return
    await archive.undoIssuerChange({ id: c.id, editor })
    onDone(`已撤销：${c.from} → ${c.to}`)
  })
  if (!changes.length) return <Text size="sm" c="dimmed">还没有合并或更名。</Text>
  return (
    <>
      {undo.error && <Alert color="red" role="alert" mb="sm">{undo.error.message}</Alert>}
      <Table striped aria-label="发文机关改动记录">
        <Table.Thead>
          <Table.Tr><Table.Th>改动</Table.Th><Table.Th>经办人</Table.Th><Table.Th>时间</Table.Th><Table.Th /></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>{c.summary}{c.note && <Text size="xs" c="dimmed">{c.note}</Text>}</Table.Td>
              <Table.Td>{c.editor}{c.undoneBy && <Text size="xs" c="dimmed">撤销：{c.undoneBy}</Text>}</Table.Td>
              <Table.Td>{when(c.at)}</Table.Td>
              <Table.Td>
                <Group justify="flex-end">
                  {!c.undoneAt && (
                    <Button size="xs" variant="default" loading={undo.busy} onClick={() => void undo.run(c)} aria-label={`撤销${c.summary}`}>撤销</Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  )
}

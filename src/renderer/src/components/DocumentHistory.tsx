// 修改记录: every correction, split and merge of a document — what, who, when, why — each with
// 撤销 (the undo is a row of its own), and for body corrections the difference.
import { Alert, Anchor, Badge, Button, Group, Modal, Paper, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core'
import { Fragment, useState } from 'react'
import type { CorrectionRecord } from '../../../shared/domain'
import { useApi } from '../api-context'
import { archiveChanged, useDocumentHistory } from '../hooks/useArchive'
import { useAction } from '../hooks/useAction'
import { useSettings } from '../hooks/useSettings'
import { BodyDiff } from './history/BodyDiff'

const when = (at: string) => at.replace('T', ' ').slice(0, 16)

function Change({ r, open, onToggle }: { r: CorrectionRecord; open: boolean; onToggle(): void }) {
  return (
    <>
      <span className={r.undoneBy ? 'history-undone' : undefined}>{r.summary}</span>
      {r.undoneBy !== null && <Badge size="xs" color="gray" variant="light" ml={6}>已撤销</Badge>}
      {r.field === 'body' && (
        <UnstyledButton ml={8} c="blue" fz="sm" onClick={onToggle} aria-expanded={open}>
          {open ? '收起差异' : '查看差异'}
        </UnstyledButton>
      )}
    </>
  )
}

/** `onUndone` gets the document the undo left the change on (a split undone from its second part: the first). */
export function DocumentHistory({ id, onUndone }: { id: number; onUndone?: (documentId: number) => void }) {
  const { data } = useDocumentHistory(id)
  const { archive } = useApi()
  const { requireEditor } = useSettings()
  const [asking, setAsking] = useState<CorrectionRecord | null>(null)
  const [diffs, setDiffs] = useState<ReadonlySet<number>>(new Set())
  const toggle = (rid: number) => setDiffs((d) => (d.has(rid) ? new Set([...d].filter((x) => x !== rid)) : new Set([...d, rid])))
  const undoing = useAction(async (editor: string, r: CorrectionRecord) => {
    const { documentId } = await archive.undoCorrection({ id: r.id, editor })
    setAsking(null)
    archiveChanged()
    onUndone?.(documentId)
  })
  const confirm = async () => {
    const editor = asking && (await requireEditor())
    if (editor && asking) await undoing.run(editor, asking)
  }
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
              <Table.Th w={160}>说明</Table.Th>
              <Table.Th w={70} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...data].reverse().map((r) => (
              <Fragment key={r.id}>
              <Table.Tr>
                <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>{when(r.at)}</Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>{r.editor}</Table.Td>
                <Table.Td><Change r={r} open={diffs.has(r.id)} onToggle={() => toggle(r.id)} /></Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>{r.note ?? ''}</Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  {r.issuerChangeId ? (
                    <Anchor size="xs" href="#/issuers">在发文机关页撤销</Anchor>
                  ) : r.field !== 'undo' && r.undoneBy === null && (
                    <Button size="compact-xs" variant="subtle" aria-label={`撤销：${r.summary}`} onClick={() => (undoing.clearError(), setAsking(r))}>
                      撤销
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
              {diffs.has(r.id) && (
                <Table.Tr>
                  <Table.Td colSpan={5} pt={0}><BodyDiff oldValue={r.oldValue} newValue={r.newValue} /></Table.Td>
                </Table.Tr>
              )}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={asking !== null} onClose={() => setAsking(null)} title="撤销这次修改？" closeButtonProps={{ 'aria-label': '关闭' }}>
        <Stack gap="sm">
          <Text size="sm">{asking?.summary}</Text>
          <Text size="sm" c="dimmed">文件会回到这次修改之前的样子；撤销本身也记入修改记录。</Text>
          {undoing.error && <Alert color="red" role="alert">{undoing.error.message}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(null)}>取消</Button>
            <Button color="red" loading={undoing.busy} onClick={() => void confirm()}>撤销</Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  )
}

// 合并: joins this document with the next one of the same 期 (the importer cut one document in two).
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import type { DocumentSummary, GazetteDocument } from '../../../shared/domain'
import type { ArchiveApi } from '../../../shared/api'
import { useApi } from '../api-context'
import { useAction } from '../hooks/useAction'
import { useAsync } from '../hooks/useAsync'
import { useSettings } from '../hooks/useSettings'

async function nextInIssue(archive: ArchiveApi, doc: GazetteDocument): Promise<DocumentSummary | null> {
  const page = await archive.listDocuments({ issueId: doc.issueId, sort: 'issue', offset: 0, limit: 1000 })
  return page.items.filter((d) => d.seq > doc.seq).sort((a, b) => a.seq - b.seq)[0] ?? null
}

interface Props {
  doc: GazetteDocument
  opened: boolean
  onClose(): void
  onDone(): void
}

export function MergeModal({ doc, opened, onClose, onDone }: Props) {
  const { archive } = useApi()
  const { requireEditor } = useSettings()
  const next = useAsync(() => (opened ? nextInIssue(archive, doc) : Promise.resolve(null)), `next:${doc.id}:${opened}`)
  const [note, setNote] = useState('')
  const merging = useAction(async (editor: string, second: DocumentSummary) => {
    await archive.mergeDocuments({ firstId: doc.id, secondId: second.id, editor, note: note.trim() || undefined })
    onDone()
  })

  const merge = async (second: DocumentSummary) => {
    const editor = await requireEditor()
    if (editor) await merging.run(editor, second)
  }
  const second = next.data
  return (
    <Modal opened={opened} onClose={onClose} title="与下一件合并" closeButtonProps={{ 'aria-label': '关闭' }}>
      <Stack gap="sm">
        {second === null && !next.loading && <Text>这是本期最后一件文件，没有可合并的下一件。</Text>}
        {second && (
          <>
            <Text size="sm">把本期紧随其后的这份文件并入本文件（它的标题成为本文件中的一个小标题；合并后可在“修改记录”中撤销）：</Text>
            <Alert color="gray" data-testid="merge-next">
              <Text fw={600}>{second.title}</Text>
              <Text size="sm" c="dimmed">{second.docNumber ?? '无文号'}</Text>
            </Alert>
            <TextInput label="说明（可选）" value={note} onChange={(e) => setNote(e.currentTarget.value)} />
          </>
        )}
        {merging.error && <Alert color="red" role="alert">{merging.error.message}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>取消</Button>
          <Button disabled={!second} loading={merging.busy} onClick={() => second && void merge(second)}>确认合并</Button>
        </Group>
      </Stack>
    </Modal>
  )
}

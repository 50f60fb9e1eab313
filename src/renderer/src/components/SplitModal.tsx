// 拆分: pick the paragraph where a second document starts; confirm its title and 文号 (prefilled).
import { Alert, Button, Group, Modal, Radio, ScrollArea, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import type { GazetteDocument } from '../../../shared/domain'
import { useApi } from '../api-context'
import { splitDefaults } from '../doc-edit'
import { useAction } from '../hooks/useAction'
import { useSettings } from '../hooks/useSettings'

interface Props {
  doc: GazetteDocument
  opened: boolean
  onClose(): void
  onDone(secondId: number): void
}

export function SplitModal({ doc, opened, onClose, onDone }: Props) {
  const [at, setAt] = useState<number | null>(null)
  const [fields, setFields] = useState({ title: '', docNumber: '' })
  const [note, setNote] = useState('')
  const { archive } = useApi()
  const { requireEditor } = useSettings()
  const splitting = useAction(async (editor: string, atBlock: number) => {
    const r = await archive.splitDocument({
      id: doc.id, atBlock, editor, note: note.trim() || undefined,
      title: fields.title.trim() || undefined, docNumber: fields.docNumber.trim() || undefined,
    })
    onDone(r.secondId)
  })

  const pick = (v: string) => {
    setAt(Number(v))
    setFields(splitDefaults(doc.blocks, Number(v)))
  }
  const split = async () => {
    if (at === null) return
    const editor = await requireEditor()
    if (editor) await splitting.run(editor, at)
  }

  return (
    <Modal opened={opened} onClose={onClose} size="xl" title="拆分文件" closeButtonProps={{ 'aria-label': '关闭' }}>
      <Stack gap="sm">
        <Text size="sm">导入时两份文件被连在了一起？选中第二份文件开始的那一段，它和之后的段落会成为一份新文件，排在本文件之后。拆错了可在“修改记录”中撤销。</Text>
        <ScrollArea h={300} type="auto" style={{ border: '1px solid #e9ecef', borderRadius: 4 }}>
          <Radio.Group value={at === null ? null : String(at)} onChange={pick} aria-label="从哪一段起拆分" p="xs">
            <Stack gap={6}>
              {doc.blocks.map((b, i) => i > 0 && (
                <Radio key={i} value={String(i)} label={`${i + 1}. ${b.text.slice(0, 60)}${b.text.length > 60 ? '…' : ''}`} />
              ))}
            </Stack>
          </Radio.Group>
        </ScrollArea>
        {at !== null && (
          <Group grow>
            <TextInput label="新文件的标题" value={fields.title} onChange={(e) => setFields({ ...fields, title: e.currentTarget.value })} />
            <TextInput label="新文件的文号" value={fields.docNumber} onChange={(e) => setFields({ ...fields, docNumber: e.currentTarget.value })} />
          </Group>
        )}
        <TextInput label="说明（可选）" value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        {splitting.error && <Alert color="red" role="alert">{splitting.error.message}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>取消</Button>
          <Button disabled={at === null} loading={splitting.busy} onClick={() => void split()}>确认拆分</Button>
        </Group>
      </Stack>
    </Modal>
  )
}

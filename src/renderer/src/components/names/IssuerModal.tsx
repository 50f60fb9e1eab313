// 合并 or 更名 of one issuing unit: merge into a unit the archive holds (chosen, searchable), or
// rename to a name no document uses yet. Both apply to every document and can be undone.
import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useApi } from '../../api-context'
import { useAction } from '../../hooks/useAction'
import { useSettings } from '../../hooks/useSettings'

export type IssuerTask = { kind: 'merge'; from: string; into?: string } | { kind: 'rename'; from: string }

interface Props {
  task: IssuerTask | null
  /** The archive's issuers, most used first. */
  names: string[]
  onClose(): void
  onDone(summary: string): void
}

export function IssuerModal({ task, names, onClose, onDone }: Props) {
  const { archive } = useApi()
  const { requireEditor } = useSettings()
  const [target, setTarget] = useState<string>(task?.kind === 'merge' ? (task.into ?? '') : '')
  const [note, setNote] = useState('')
  const saving = useAction(async (editor: string) => {
    if (!task) return
    const meta = { editor, note: note.trim() || undefined }
    const change = task.kind === 'merge'
      ? await archive.mergeIssuer({ from: task.from, into: target, ...meta })
      : await archive.renameIssuer({ from: task.from, to: target.trim(), ...meta })
    onDone(change.summary)
  })
  const save = async () => {
    if (!target.trim()) return saving.fail(task?.kind === 'merge' ? '请选择要并入的发文机关' : '请填写新名称')
    const editor = await requireEditor()
    if (editor) await saving.run(editor)
  }
  const merge = task?.kind === 'merge'
  return (
    <Modal opened={task !== null} onClose={onClose} title={merge ? '合并发文机关' : '更改发文机关名称'} closeButtonProps={{ 'aria-label': '关闭' }} size="lg">
      {task && (
        <Stack gap="sm" component="form" onSubmit={(e) => (e.preventDefault(), void save())}>
          <Text size="sm">
            {merge
              ? `「${task.from}」的文件都改用下面选定的名称；以后导入时，写作「${task.from}」的也自动改用它。可在“改动记录”中撤销。`
              : `所有写作「${task.from}」的文件改用新名称；以后导入时旧名称也自动改为新名称。可在“改动记录”中撤销。`}
          </Text>
          {merge ? (
            <Select label="并入（保留的名称）" data={names.filter((n) => n !== task.from)} value={target || null} searchable
              nothingFoundMessage="档案中没有这个名称" onChange={(v) => setTarget(v ?? '')} data-autofocus comboboxProps={{ withinPortal: true }} />
          ) : (
            <TextInput label="新名称" value={target} onChange={(e) => setTarget(e.currentTarget.value)} data-autofocus />
          )}
          <TextInput label="说明（可选）" placeholder="例如：同一单位，原文有时省略市名" value={note} maxLength={2000} onChange={(e) => setNote(e.currentTarget.value)} />
          {saving.error && <Alert color="red" role="alert">{saving.error.message}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>取消</Button>
            <Button type="submit" loading={saving.busy}>{merge ? '确认合并' : '确认更名'}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  )
}

// 更正公报名称: one gazette's name corrected for all its issues, with 撤销 (rename back) once done.
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import type { GazetteRename } from '../../../shared/catalogue'
import { useApi } from '../api-context'
import { useAction } from '../hooks/useAction'
import { archiveChanged } from '../hooks/useArchive'
import { useSettings } from '../hooks/useSettings'
import { isNameless } from '../../../shared/gazette-shown'

export function GazetteRenameModal({ gazette, onClose }: { gazette: string; onClose(): void }) {
  const { archive } = useApi()
  const { requireEditor } = useSettings()
  // A nameless issue's gazette (（未写明公报名称）「file」) is named afresh, not edited.
  const nameless = isNameless(gazette)
  const [name, setName] = useState(nameless ? '' : gazette)
  const [done, setDone] = useState<GazetteRename | null>(null)
  const [undone, setUndone] = useState(false)
  const rename = useAction(async (from: string, to: string) => {
    const editor = await requireEditor()
    if (!editor) return null
    const r = await archive.renameGazette({ from, to, editor })
    archiveChanged()
    return r
  })
  const apply = async () => {
    const r = await rename.run(gazette, name.trim())
    if (r) setDone(r)
  }
  const undo = async () => {
    if (done && (await rename.run(done.to, done.from))) setUndone(true)
  }
  return (
    <Modal opened onClose={onClose} title="更正公报名称" closeButtonProps={{ 'aria-label': '关闭' }}>
      <Stack gap="sm">
        {done ? (
          <Alert color={undone ? 'gray' : 'green'} role="status">
            {undone
              ? `已撤销，名称恢复为「${done.from}」。`
              : `${done.joined ? `已将「${done.from}」的 ${done.joined} 期并入「${done.to}」，现共 ${done.issues} 期。` : `已将「${done.from}」更正为「${done.to}」，共 ${done.issues} 期。`}${nameless ? '' : `以后导入印有原名称的期，也归入「${done.to}」。`}`}
          </Alert>
        ) : (
          <>
            <Text size="sm">
              {nameless
                ? `「${gazette}」的期没有写明公报名称：请填写它所属公报的名称。若档案中已有这种公报，这些期并入其中（两者有同一期时不能合并）。`
                : '这一名称的所有各期一起更正；导出文件、目录和备份的名称随之改变。若新名称已是档案中的另一种公报，两者合并（两者有同一期时不能合并）。'}
            </Text>
            <TextInput label="公报名称" value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus />
          </>
        )}
        {rename.error && <Text c="red" size="sm" role="alert">{rename.error.message}</Text>}
        <Group justify="flex-end">
          {done ? (
            <>
              {/* Renaming a joined gazette back would take the other gazette's own issues too. */}
              {!undone && !done.joined && <Button variant="default" loading={rename.busy} onClick={() => void undo()}>撤销</Button>}
              <Button onClick={onClose}>完成</Button>
            </>
          ) : (
            <>
              <Button variant="default" onClick={onClose}>取消</Button>
              <Button loading={rename.busy} disabled={!name.trim() || name.trim() === gazette} onClick={() => void apply()}>更正</Button>
            </>
          )}
        </Group>
      </Stack>
    </Modal>
  )
}

// Choose files or a folder, or drop them here; keyboard users reach both buttons.
import { Button, Group, Paper, Stack, Text } from '@mantine/core'
import { useRef, useState, type DragEvent } from 'react'
import type { ImportSource } from '../../../shared/api'
import { useApi } from '../api-context'
import { ACCEPT_ATTR, droppedFiles, filesToUploads } from '../uploads'

interface Props {
  busy: boolean
  /** `folder`: chosen as a folder (all-confident issues may be saved at once, per the setting). */
  onSources(sources: ImportSource[], stage: 'files' | 'folder'): void
  onSample(): void
}

export function ImportPicker({ busy, onSources, onSample }: Props) {
  const filesInput = useRef<HTMLInputElement>(null)
  const folderInput = useRef<HTMLInputElement>(null)
  const [over, setOver] = useState(false)
  const [note, setNote] = useState<string | null>(null)
  const { shell } = useApi()

  const send = async (files: File[], stage: 'files' | 'folder' = 'files') => {
    const sources = await filesToUploads(files)
    setNote(sources.length ? null : '没有可导入的文件（支持 .txt、.pdf、.docx）')
    if (sources.length) onSources(sources, stage)
  }
  const chooseFolder = async () => {
    if (!shell.canChooseFolders) return folderInput.current?.click()
    const sources = await shell.chooseImportFolder()
    if (sources) onSources(sources, 'folder')
  }
  const onDrop = async (e: DragEvent) => {
    e.preventDefault()
    setOver(false)
    await send(await droppedFiles(e.dataTransfer))
  }

  return (
    <Paper
      withBorder
      p="xl"
      onDragOver={(e) => {
        e.preventDefault()
        setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => void onDrop(e)}
      style={{ borderStyle: 'dashed', borderWidth: 2, background: over ? '#fff5f5' : '#fff' }}
      aria-label="导入区域：可拖放文件或文件夹"
    >
      <Stack align="center" gap="sm">
        <Text fw={600} size="lg">把公报文件或文件夹拖到这里</Text>
        <Text size="sm" c="dimmed">支持文本（.txt）、PDF（有文字层）和 Word（.docx）；文件夹会包含其中的所有子文件夹</Text>
        <Group>
          <Button disabled={busy} onClick={() => filesInput.current?.click()}>选择文件…</Button>
          <Button disabled={busy} variant="default" onClick={() => void chooseFolder()}>选择文件夹…</Button>
          <Button disabled={busy} variant="subtle" onClick={onSample}>导入示例期刊</Button>
        </Group>
        {note && <Text size="sm" c="orange.8" role="status">{note}</Text>}
      </Stack>
      <input ref={filesInput} type="file" multiple accept={ACCEPT_ATTR} hidden aria-label="选择要导入的文件" data-testid="import-files-input"
        onChange={(e) => void send([...(e.currentTarget.files ?? [])]).then(() => (e.target.value = ''))} />
      <input ref={folderInput} type="file" multiple hidden aria-label="选择要导入的文件夹" {...{ webkitdirectory: '' }}
        onChange={(e) => void send([...(e.currentTarget.files ?? [])], 'folder').then(() => (e.target.value = ''))} />
    </Paper>
  )
}

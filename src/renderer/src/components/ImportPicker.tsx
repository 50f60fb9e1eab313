// Choose files or a folder, or drop them here; keyboard users reach both buttons. Several page
// images chosen together may be one issue's pages (asked once); a folder's files stay apart.
import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core'
import { useRef, useState, type DragEvent } from 'react'
import type { ImportSource } from '../../../shared/api'
import { useApi } from '../api-context'
import { ACCEPT_ATTR, allPageImages, droppedFiles, filesToUploads } from '../uploads'

interface Props {
  busy: boolean
  /** `folder`: chosen as a folder (all-confident issues may be saved at once, per the setting). */
  /** `pages`: the sources are page images of one issue, imported together as one scan. */
  onSources(sources: ImportSource[], stage: 'files' | 'folder', pages?: boolean): void
  onSample(): void
}

export function ImportPicker({ busy, onSources, onSample }: Props) {
  const filesInput = useRef<HTMLInputElement>(null)
  const folderInput = useRef<HTMLInputElement>(null)
  const [over, setOver] = useState(false)
  const [note, setNote] = useState<string | null>(null)
  const [pageSet, setPageSet] = useState<ImportSource[] | null>(null)
  const { shell } = useApi()

  const send = async (files: File[], stage: 'files' | 'folder' = 'files') => {
    const sources = await filesToUploads(files)
    setNote(sources.length ? null : '没有可导入的文件（支持 .txt、.pdf、.docx、.doc、.ofd，以及扫描页图像 .tif、.jpg、.png）')
    if (stage === 'files' && sources.length > 1 && allPageImages(sources)) return setPageSet(sources)
    // One page image alone is one issue's scan too: kept as a PDF so 对照原文 can show it.
    if (sources.length) onSources(sources, stage, stage === 'files' && allPageImages(sources))
  }
  const sendPages = (together: boolean) => {
    if (pageSet) onSources(pageSet, 'files', together)
    setPageSet(null)
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
        <Text size="sm" c="dimmed">支持文本（.txt）、PDF、Word（.docx、.doc）、OFD（.ofd），以及扫描件（无文字层的 PDF、TIFF、JPEG、PNG 页面图像，离线文字识别）；文件夹会包含其中的所有子文件夹</Text>
        <Group>
          <Button disabled={busy || !!pageSet} onClick={() => filesInput.current?.click()}>选择文件…</Button>
          <Button disabled={busy} variant="default" onClick={() => void chooseFolder()}>选择文件夹…</Button>
          <Button disabled={busy} variant="subtle" onClick={onSample}>导入示例期刊</Button>
        </Group>
        {note && <Text size="sm" c="orange.8" role="status">{note}</Text>}
        {pageSet && (
          <Alert color="blue" title={`选择了 ${pageSet.length} 个扫描页图像`} data-testid="page-set-choice" w="100%">
            <Text size="sm" mb="xs">它们是同一期公报的各页吗？合为一期时按文件名排序（1、2、…、10），整期做文字识别。</Text>
            <Group gap="xs">
              <Button size="xs" onClick={() => sendPages(true)}>合为一期导入</Button>
              <Button size="xs" variant="default" onClick={() => sendPages(false)}>每个文件单独导入</Button>
              <Button size="xs" variant="subtle" onClick={() => setPageSet(null)}>取消</Button>
            </Group>
          </Alert>
        )}
      </Stack>
      <input ref={filesInput} type="file" multiple accept={ACCEPT_ATTR} hidden aria-label="选择要导入的文件" data-testid="import-files-input"
        onChange={(e) => void send([...(e.currentTarget.files ?? [])]).then(() => (e.target.value = ''))} />
      <input ref={folderInput} type="file" multiple hidden aria-label="选择要导入的文件夹" {...{ webkitdirectory: '' }}
        onChange={(e) => void send([...(e.currentTarget.files ?? [])], 'folder').then(() => (e.target.value = ''))} />
    </Paper>
  )
}

// 安全替换: a file whose issue is already held is compared with it first (side by side, missing
// documents, changed fields, confidence, red warnings), replaced only after an explicit
// confirmation, and can be put back in one click (恢复替换前).
import { Alert, Button, Group, List, Loader, Modal, Stack, Text } from '@mantine/core'
import { useEffect, useState } from 'react'
import type { ReplaceOutcome, ReplacePreview, UndoReplaceOutcome } from '../../../shared/issue-comparison'
import { useApi } from '../api-context'
import { useAction } from '../hooks/useAction'
import { archiveChanged } from '../hooks/useArchive'
import { ConfirmReplace, UndoOffer } from './ReplaceConfirm'
import { ReplaceSides } from './ReplaceSides'
import { RereadComparison } from './RereadComparison'

interface Props {
  /** The skipped entry's replaceToken; null when closed. */
  token: string | null
  onClose(): void
  /** The file was used (replaced): its token is spent. */
  onReplaced?(token: string): void
}

function Outcome({ done, undone, undoing, onUndo }: { done: ReplaceOutcome; undone: UndoReplaceOutcome | null; undoing: boolean; onUndo(): void }) {
  if (undone) return <UndoOffer undo={done.undo} undone={undone} busy={undoing} onUndo={onUndo} />
  return (
    <Stack gap="sm" data-testid="replace-outcome">
      <Text>{done.issue} 已替换，现有 {done.documents} 件文件；保留人工更正 {done.correctionsKept} 条。</Text>
      {done.correctionsListed.length > 0 && (
        <Alert color="yellow" title={`${done.correctionsListed.length} 条更正未能带到新文件，请核对`}>
          <List size="sm">{done.correctionsListed.map((m) => <List.Item key={m}>{m}</List.Item>)}</List>
        </Alert>
      )}
      <UndoOffer undo={done.undo} undone={null} busy={undoing} onUndo={onUndo} />
    </Stack>
  )
}

export function ReplaceModal({ token, onClose, onReplaced }: Props) {
  const { archive } = useApi()
  const [preview, setPreview] = useState<ReplacePreview | null>(null)
  const [done, setDone] = useState<ReplaceOutcome | null>(null)
  const [undone, setUndone] = useState<UndoReplaceOutcome | null>(null)
  const previewing = useAction(async (t: string) => setPreview(await archive.previewReplace({ token: t })))
  const applying = useAction(async (p: ReplacePreview) => {
    setDone(await archive.applyReplace({ token: p.token, expect: p.fingerprint }))
    onReplaced?.(p.token)
    archiveChanged()
  })
  const undoing = useAction(async (issueId: number) => {
    setUndone(await archive.undoReplace({ issueId }))
    archiveChanged()
  })

  useEffect(() => {
    setPreview(null)
    setDone(null)
    setUndone(null)
    if (token) void previewing.run(token)
  }, [token]) // once per file: `previewing.run` is stable

  const error = previewing.error ?? applying.error ?? undoing.error
  const warn = preview?.comparison.warn ?? false
  const title = done ? (undone ? '已恢复替换前' : '已替换') : `替换档案中的${preview?.issue ?? '这一期'}？`
  return (
    <Modal opened={token !== null} onClose={onClose} size="xl" title={title} closeButtonProps={{ 'aria-label': '关闭' }}>
      {previewing.busy && <Group gap="sm"><Loader size="sm" /><Text size="sm">正在比较新文件与档案中的这一期…</Text></Group>}
      {error && <Alert color="red" title="出错了" role="alert" mb="sm">{error.message}</Alert>}
      {done ? (
        <Stack gap="sm">
          <Outcome done={done} undone={undone} undoing={undoing.busy} onUndo={() => void undoing.run(done.undo.issueId)} />
          <Group justify="flex-end"><Button onClick={onClose}>完成</Button></Group>
        </Stack>
      ) : preview && (
        <Stack gap="sm" data-testid="replace-preview">
          <ReplaceSides preview={preview} />
          <RereadComparison preview={preview} replacing />
          <Text size="xs" c="dimmed">替换前会保存这一期现有的全部内容，替换后可一键“恢复替换前”；能对上（文号或标题相同）的人工更正会带到新文件，对不上的会列出。</Text>
          <ConfirmReplace key={preview.fingerprint} warn={warn} what="用新文件替换这一期" confirmLabel="确认替换" busy={applying.busy}
            onCancel={onClose} onConfirm={() => void applying.run(preview)} />
        </Stack>
      )}
    </Modal>
  )
}

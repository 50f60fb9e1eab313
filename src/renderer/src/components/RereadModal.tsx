// 用新版本重新识别: previews what the current importer makes of the kept original — the same
// comparison, red warnings and explicit confirmation as 安全替换 — then applies it (backup first),
// says what happened to the staff corrections, and offers 恢复替换前 in one click.
import { Alert, Button, Code, Group, List, Loader, Modal, Stack, Text } from '@mantine/core'
import { useEffect, useState } from 'react'
import type { IssueSummary } from '../../../shared/domain'
import type { RereadOutcome, RereadPreview, UndoReplaceOutcome } from '../../../shared/issue-comparison'
import { useApi } from '../api-context'
import { useAction } from '../hooks/useAction'
import { archiveChanged } from '../hooks/useArchive'
import { hrefFor, navigate } from '../hooks/useRoute'
import { ConfirmReplace, UndoOffer } from './ReplaceConfirm'
import { RereadComparison } from './RereadComparison'
import { issueShown } from '../../../shared/issue-shown'

interface Props {
  issue: IssueSummary
  opened: boolean
  onClose(): void
}

function Outcome({ done, undone, undoing, onUndo }: { done: RereadOutcome; undone: UndoReplaceOutcome | null; undoing: boolean; onUndo(): void }) {
  if (undone && done.undo) return <UndoOffer undo={done.undo} undone={undone} busy={undoing} onUndo={onUndo} />
  return (
    <Stack gap="sm" data-testid="reread-outcome">
      <Text>{done.issue} 已按新版本重新识别，现有 {done.documents} 件文件；保留人工更正 {done.correctionsKept} 条。</Text>
      {done.correctionsListed.length > 0 && (
        <Alert color="yellow" title={`${done.correctionsListed.length} 条更正未能重新应用，请核对`}>
          <List size="sm">{done.correctionsListed.map((m) => <List.Item key={m}>{m}</List.Item>)}</List>
        </Alert>
      )}
      <Text size="sm">重新识别前的备份：</Text>
      <Code block data-testid="backup-dir">{done.backupDir}</Code>
      {done.undo && <UndoOffer undo={done.undo} undone={null} busy={undoing} onUndo={onUndo} />}
    </Stack>
  )
}

export function RereadModal({ issue, opened, onClose }: Props) {
  const { archive } = useApi()
  const [preview, setPreview] = useState<RereadPreview | null>(null)
  const [done, setDone] = useState<RereadOutcome | null>(null)
  const previewing = useAction(async () => setPreview(await archive.previewReread({ issueId: issue.id })))
  const applying = useAction(async (expect: string) => setDone(await archive.applyReread({ issueId: issue.id, expect })))
  const [undone, setUndone] = useState<UndoReplaceOutcome | null>(null)
  const undoing = useAction(async (issueId: number) => setUndone(await archive.undoReplace({ issueId })))
  const label = issueShown(issue.year, issue.issueNo)

  useEffect(() => {
    if (!opened) return
    setPreview(null)
    setDone(null)
    setUndone(null)
    void previewing.run()
  }, [opened]) // once per opening: `previewing.run` is stable

  const finish = () => {
    onClose()
    if (!done) return
    navigate(hrefFor('/', { year: issue.year, issueId: undone?.issueId ?? done.issueId }))
    archiveChanged()
  }
  const error = previewing.error ?? applying.error ?? undoing.error
  const warn = preview?.comparison.warn ?? false

  return (
    <Modal opened={opened} onClose={finish} size="xl" title={done ? (undone ? '已恢复重新识别前' : '已重新识别') : `用新版本重新识别 ${label}`} closeButtonProps={{ 'aria-label': '关闭' }}>
      {previewing.busy && <Group gap="sm"><Loader size="sm" /><Text size="sm">正在用新版本识别已保存的原件…</Text></Group>}
      {error && <Alert color="red" title="出错了" role="alert" mb="sm">{error.message}</Alert>}
      {done ? (
        <Stack gap="sm">
          <Outcome done={done} undone={undone} undoing={undoing.busy} onUndo={() => done.undo && void undoing.run(done.undo.issueId)} />
          <Group justify="flex-end"><Button onClick={finish}>完成</Button></Group>
        </Stack>
      ) : preview && (
        <Stack gap="sm">
          <RereadComparison preview={preview} />
          <Text size="xs" c="dimmed">应用时先自动备份整个档案，再用新版本的识别结果替换本期（之后可“恢复替换前”）；人工更正能对上（文号或标题相同）的会保留，对不上的会列出。</Text>
          <ConfirmReplace key={preview.fingerprint} warn={warn} what="用新版本的识别结果替换本期" confirmLabel="应用" disabled={preview.comparison.same}
            busy={applying.busy} onCancel={onClose} onConfirm={() => void applying.run(preview.fingerprint)} />
        </Stack>
      )}
    </Modal>
  )
}

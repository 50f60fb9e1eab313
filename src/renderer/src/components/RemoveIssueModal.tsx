// 删除本期: requires a reason, explains the automatic backup, and shows where the backup went.
import { Alert, Button, Code, Group, Modal, Stack, Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import type { IssueSummary } from '../../../shared/domain'
import { useApi } from '../api-context'
import { useAction } from '../hooks/useAction'
import { archiveChanged } from '../hooks/useArchive'
import { navigate } from '../hooks/useRoute'
import { useSettings } from '../hooks/useSettings'
import { issueShown } from '../../../shared/issue-shown'

interface Props {
  issue: IssueSummary
  opened: boolean
  onClose(): void
}

export function RemoveIssueModal({ issue, opened, onClose }: Props) {
  const [reason, setReason] = useState('')
  const [done, setDone] = useState<{ issue: string; backupDir: string } | null>(null)
  const { archive } = useApi()
  const { requireEditor } = useSettings()
  const removing = useAction(async (editor: string) => {
    setDone(await archive.removeIssue({ issueId: issue.id, editor, reason: reason.trim() }))
  })
  const label = issueShown(issue.year, issue.issueNo)

  const remove = async () => {
    const editor = await requireEditor()
    if (editor) await removing.run(editor)
  }
  const finish = () => {
    onClose()
    if (done) {
      navigate('#/')
      archiveChanged()
    }
  }

  return (
    <Modal opened={opened} onClose={finish} title={done ? '已删除' : `删除 ${label}`} closeButtonProps={{ 'aria-label': '关闭' }}>
      {done ? (
        <Stack gap="sm">
          <Text>{done.issue} 已从档案中删除，删除前的备份保存在：</Text>
          <Code block data-testid="backup-dir">{done.backupDir}</Code>
          <Text size="sm" c="dimmed">需要时可在“档案维护”中从备份恢复。</Text>
          <Group justify="flex-end"><Button onClick={finish}>完成</Button></Group>
        </Stack>
      ) : (
        <Stack gap="sm">
          <Alert color="yellow">
            将删除 {issue.gazette} {label} 及其 {issue.documentCount} 件文件和更正记录。删除前会自动把整个档案备份一份，删除会记入导入日志。
          </Alert>
          <Textarea label="删除原因（必填）" value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={2} required data-autofocus />
          {removing.error && <Text c="red" size="sm" role="alert">{removing.error.message}</Text>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>取消</Button>
            <Button color="red" disabled={!reason.trim()} loading={removing.busy} onClick={() => void remove()}>备份并删除本期</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  )
}

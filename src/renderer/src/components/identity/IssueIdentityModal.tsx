// 更正本期信息 on an archived issue: its gazette, year, 期, 总期号 and date, set as one correction kept
// in the issue's record (who, when, old → new) below the form, each with 撤销.
import { Badge, Button, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useState } from 'react'
import type { IssueSummary } from '../../../../shared/domain'
import { FIELD_LABELS, valueShown, type IssueIdentityChange, type IssueIdentityChanges } from '../../../../shared/issue-identity'
import { issueShown } from '../../../../shared/issue-shown'
import { useApi } from '../../api-context'
import { useAction } from '../../hooks/useAction'
import { archiveChanged, useArchiveGeneration } from '../../hooks/useArchive'
import { useAsync } from '../../hooks/useAsync'
import { useSettings } from '../../hooks/useSettings'
import { IssueIdentityForm } from './IssueIdentityForm'

const when = (at: string) => at.replace('T', ' ').slice(0, 16)

function History({ list, busy, onUndo }: { list: IssueIdentityChange[]; busy: boolean; onUndo(c: IssueIdentityChange): void }) {
  if (!list.length) return <Text size="sm" c="dimmed">本期信息没有更正过，与导入时一致。</Text>
  // Only the latest correction still in force can be taken back; older ones wait for it.
  const latest = [...list].reverse().find((c) => c.undoes === null && !c.undoneAt)
  return (
    <Table fz="sm" verticalSpacing={4} aria-label="本期信息更正记录" data-testid="identity-history">
      <Table.Thead><Table.Tr><Table.Th w={124}>时间</Table.Th><Table.Th w={72}>经办人</Table.Th><Table.Th>改动</Table.Th><Table.Th w={56} /></Table.Tr></Table.Thead>
      <Table.Tbody>
        {[...list].reverse().map((c) => (
          <Table.Tr key={c.id}>
            <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>{when(c.at)}</Table.Td>
            <Table.Td style={{ verticalAlign: 'top' }}>{c.editor}</Table.Td>
            <Table.Td>
              {c.undoes !== null && <Badge size="xs" color="blue" variant="light" mr={6}>撤销</Badge>}
              {c.undoneAt && <Badge size="xs" color="gray" variant="light" mr={6}>已撤销</Badge>}
              {/* One line a field: 期号：（期号未写明） → 第6期 */}
              {c.changes.map((f) => (
                <Text key={f.field} size="sm" className={c.undoneAt ? 'history-undone' : undefined}>
                  {FIELD_LABELS[f.field]}：{valueShown(f.field, f.old)} → {valueShown(f.field, f.new)}
                </Text>
              ))}
              {c.note && <Text size="xs" c="dimmed">说明：{c.note}</Text>}
            </Table.Td>
            <Table.Td style={{ verticalAlign: 'top' }}>
              {c === latest && (
                <Button size="compact-xs" variant="subtle" loading={busy} aria-label={`撤销：${c.summary}`} onClick={() => onUndo(c)}>撤销</Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

export function IssueIdentityModal({ issue, onClose }: { issue: IssueSummary; onClose(): void }) {
  const { archive } = useApi()
  const { requireEditor } = useSettings()
  const gen = useArchiveGeneration()
  const history = useAsync(() => archive.getIssueHistory({ issueId: issue.id }), `identity:${issue.id}:${gen}`)
  const [note, setNote] = useState('')
  const [done, setDone] = useState<string | null>(null)
  const act = useAction(async (work: (editor: string) => Promise<IssueSummary>, message: (i: IssueSummary) => string) => {
    const editor = await requireEditor()
    if (!editor) return
    const next = await work(editor)
    setDone(message(next))
    setNote('')
    archiveChanged()
  })
  const save = (changes: IssueIdentityChanges) =>
    void act.run((editor) => archive.correctIssue({ issueId: issue.id, changes, editor, note: note.trim() || undefined }), (i) => `已更正：现为 ${i.gazette} ${issueShown(i.year, i.issueNo)}${i.totalNo ? `（总第${i.totalNo}期）` : ''}${i.publishedOn ? `，出版于 ${i.publishedOn}` : ''}。`)
  const undo = (c: IssueIdentityChange) =>
    void act.run((editor) => archive.undoIssueCorrection({ id: c.id, editor }), (i) => `已撤销：现为 ${i.gazette} ${issueShown(i.year, i.issueNo)}。`)
  return (
    <Modal opened onClose={onClose} title="更正本期信息" size="lg" closeButtonProps={{ 'aria-label': '关闭' }}>
      <Stack gap="sm">
        <Text size="sm">
          公报名称、年份、期号印错或没有写明时在这里更正；这一期的文件、左侧导航、检索筛选、归档文件目录和 PDF 的“来源”随之改变。
          每次更正记下经办人和时间，可以撤销。
        </Text>
        {/* A fresh form after each change: it starts from the issue as it is now. */}
        <IssueIdentityForm key={`${issue.gazette}|${issue.year}|${issue.issueNo}|${issue.totalNo}|${issue.publishedOn}`} current={issue}
          actions={(changes) => (
            <>
              <Button variant="default" onClick={onClose}>关闭</Button>
              <Button loading={act.busy} disabled={!changes} onClick={() => changes && save(changes)}>更正</Button>
            </>
          )}>
          <TextInput label="说明（可不填）" value={note} onChange={(e) => setNote(e.currentTarget.value)} placeholder="如：据纸本封面" />
        </IssueIdentityForm>
        {act.error && <Text c="red" size="sm" role="alert">{act.error.message}</Text>}
        {done && !act.error && <Text c="teal.8" size="sm" role="status">{done}</Text>}
        <Title order={4} size="h6" mt="xs">更正记录</Title>
        {history.data && <History list={history.data} busy={act.busy} onUndo={undo} />}
      </Stack>
    </Modal>
  )
}

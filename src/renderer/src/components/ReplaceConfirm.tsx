// What 安全替换 and 用新版本重新识别 share after their comparison: an explicit confirmation (in red
// when the comparison warns) before anything is saved, and one-click 恢复替换前 once it is.
import { Alert, Button, Checkbox, Group, Text } from '@mantine/core'
import { useState } from 'react'
import type { ReplaceUndo, UndoReplaceOutcome } from '../../../shared/issue-comparison'

interface ConfirmProps {
  /** The comparison warns (fewer documents, lower confidence): the confirmation is red. */
  warn: boolean
  /** What is confirmed: “用新文件替换这一期”, “用新版本的识别结果替换本期”. */
  what: string
  confirmLabel: string
  /** Nothing to apply (the new reading is the same). */
  disabled?: boolean
  busy: boolean
  onCancel(): void
  onConfirm(): void
}

/** A checkbox staff must tick, then the button that saves. Remount it (key) for a new preview. */
export function ConfirmReplace({ warn, what, confirmLabel, disabled = false, busy, onCancel, onConfirm }: ConfirmProps) {
  const [confirmed, setConfirmed] = useState(false)
  return (
    <>
      <Checkbox checked={confirmed} disabled={disabled} onChange={(e) => setConfirmed(e.currentTarget.checked)} color={warn ? 'red' : undefined}
        label={warn ? `我已看到上面的红色提示，仍要${what}` : `我已核对，${what}`} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>取消</Button>
        <Button color={warn ? 'red' : undefined} disabled={disabled || !confirmed} loading={busy} onClick={onConfirm}>{confirmLabel}</Button>
      </Group>
    </>
  )
}

/** The one-click 恢复替换前 offered right after a replace or a re-read, and what it did. */
export function UndoOffer({ undo, undone, busy, onUndo }: { undo: ReplaceUndo; undone: UndoReplaceOutcome | null; busy: boolean; onUndo(): void }) {
  if (undone) {
    return <Alert color="teal" title="已恢复替换前" data-testid="replace-undone">{undone.issue} 已恢复为替换前的 {undone.documents} 件文件，人工更正照旧。</Alert>
  }
  return (
    <Group gap="sm">
      <Button variant="outline" color="orange" loading={busy} onClick={onUndo}>恢复替换前</Button>
      <Text size="xs" c="dimmed">把这一期恢复为替换前的 {undo.oldDocuments} 件文件（{undo.oldFile ?? '原件'}），文件编号不变；30 天内有效，再次替换后只能恢复最近一次。</Text>
    </Group>
  )
}

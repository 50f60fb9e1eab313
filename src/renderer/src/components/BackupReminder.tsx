// On start: when the last backup is older than the days set in 设置, say so and offer to back up now.
import { Alert, Anchor, Button, Code, Group, Text } from '@mantine/core'
import { useEffect, useState } from 'react'
import { backupReminder } from '../../../shared/backup-reminder'
import type { ArchiveApi } from '../../../shared/api'
import { useApi } from '../api-context'
import { toAppError } from '../hooks/useAction'
import { useSettings, type SettingsActions } from '../hooks/useSettings'

type State =
  | { step: 'hidden' }
  | { step: 'due'; daysSince: number | null; days: number }
  | { step: 'busy' }
  | { step: 'done'; path: string }
  | { step: 'failed'; message: string }

async function checkDue(archive: ArchiveApi, settingsActions: SettingsActions): Promise<State> {
  const [settings, docs] = await Promise.all([settingsActions.load(), archive.listDocuments({ offset: 0, limit: 1 })])
  const r = backupReminder(settings, docs.total, new Date())
  return r.due ? { step: 'due', daysSince: r.daysSince, days: settings.backupReminderDays } : { step: 'hidden' }
}

function dueText(s: { daysSince: number | null; days: number }): string {
  if (s.daysSince === null) return '这个档案还没有备份过。'
  return `距上次备份已有 ${s.daysSince} 天（提醒周期 ${s.days} 天）。`
}

export function BackupReminder() {
  const { archive } = useApi()
  const settings = useSettings()
  const [state, setState] = useState<State>({ step: 'hidden' })
  useEffect(() => {
    let live = true
    checkDue(archive, settings).then((s) => live && setState(s), () => {}) // no reminder is better than a false alarm
    return () => void (live = false)
  }, [archive, settings])
  if (state.step === 'hidden') return null
  const close = () => setState({ step: 'hidden' })
  const backUp = async () => {
    setState({ step: 'busy' })
    try {
      const r = await archive.backupArchive({})
      await settings.load()
      setState({ step: 'done', path: r.path })
    } catch (err) {
      setState({ step: 'failed', message: toAppError(err).message })
    }
  }
  const color = state.step === 'done' ? 'green' : state.step === 'failed' ? 'red' : 'yellow'
  return (
    <div className="backup-reminder" role="region" aria-label="备份提醒">
      <Alert color={color} title="备份提醒" withCloseButton onClose={close} closeButtonLabel="关闭备份提醒" data-testid="backup-reminder">
        {state.step === 'due' && (
          <>
            <Group gap="sm" justify="space-between">
              <Text size="sm">{dueText(state)}建议现在备份，并把备份复制到 U 盘或另一块硬盘。</Text>
              <Group gap="xs">
              <Button size="xs" onClick={() => void backUp()}>立即备份</Button>
              <Button size="xs" variant="default" onClick={close}>稍后</Button>
                <Anchor href="#/settings" size="sm" onClick={close}>备份到其他位置…</Anchor>
              </Group>
            </Group>
          </>
        )}
        {state.step === 'busy' && <Text size="sm" role="status">正在备份，请稍候…</Text>}
        {state.step === 'done' && (
          <Text size="sm" role="status">备份完成，保存在：<Code>{state.path}</Code></Text>
        )}
        {state.step === 'failed' && <Text size="sm" role="alert">备份没有完成：{state.message}</Text>}
      </Alert>
    </div>
  )
}

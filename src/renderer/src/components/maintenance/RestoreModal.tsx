// 恢复: checks the chosen backup first and shows the result; only a sound backup can be restored,
// after a confirmation naming the archive it replaces. Afterwards every page reloads its data.
import { Alert, Button, Checkbox, Code, Group, List, Loader, Modal, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import type { BackupCheck, BackupInfo, RestoreOutcome } from '../../../../shared/domain'
import type { ArchiveApi } from '../../../../shared/api'
import { useApi } from '../../api-context'
import { useAction } from '../../hooks/useAction'
import { useAsync } from '../../hooks/useAsync'
import { archiveChanged } from '../../hooks/useArchive'
import { useSettings } from '../../hooks/useSettings'
import { backupLabel, formatBytes } from './format'

interface Props {
  backup: BackupInfo
  archiveFile: string
  onClose(restored: boolean): void
}

/** The check and what the archive holds now, loaded together when the dialog opens. */
async function loadCheck(archive: ArchiveApi, source: string) {
  const [check, issues] = await Promise.all([archive.checkBackup({ source }), archive.listIssues({})])
  return { check, issues: issues.length, documents: issues.reduce((n, i) => n + i.documentCount, 0) }
}

function CheckResult({ check }: { check: BackupCheck }) {
  if (!check.ok) {
    return (
      <Alert color="red" title="备份检查未通过，不能用它恢复" data-testid="backup-check">
        <List size="sm" spacing={2}>
          {check.problems.map((p) => <List.Item key={p}>{p}</List.Item>)}
        </List>
        <Text size="sm" mt="xs">现有档案没有任何改动。请换一份备份。</Text>
      </Alert>
    )
  }
  return (
    <Alert color="green" title="备份检查通过" data-testid="backup-check">
      数据库和 {check.originals} 个原件的 SHA-256 与校验清单一致，数据库和全文索引完好。
      备份中有 {check.issues ?? '?'} 期、{check.documents ?? '?'} 件文件，共 {formatBytes(check.bytes)}。
    </Alert>
  )
}

function Done({ r, onClose }: { r: RestoreOutcome; onClose(): void }) {
  return (
    <Stack gap="sm">
      <Alert color="green" title="恢复完成" data-testid="restore-result">档案已恢复为这份备份的内容，各页面已重新载入。</Alert>
      {r.notes.map((n) => (
        <Alert key={n} color="yellow" data-testid="restore-note">{n}</Alert>
      ))}
      {r.keptAs && (
        <>
          <Text size="sm">被替换的档案没有删除，保留在：</Text>
          <Code block>{r.keptAs}</Code>
        </>
      )}
      <Group justify="flex-end"><Button onClick={onClose}>完成</Button></Group>
    </Stack>
  )
}

export function RestoreModal({ backup, archiveFile, onClose }: Props) {
  const { archive } = useApi()
  const settings = useSettings()
  const loaded = useAsync(() => loadCheck(archive, backup.path), `check:${backup.path}`)
  const [confirmed, setConfirmed] = useState(false)
  const [done, setDone] = useState<RestoreOutcome | null>(null)
  const restoring = useAction(async () => {
    setDone(await archive.restoreArchive({ source: backup.path }))
    archiveChanged() // facets, lists, documents: every read hook refetches
    void settings.load()
  })
  const close = () => onClose(done !== null)
  const d = loaded.data
  return (
    <Modal opened onClose={close} title={`从备份恢复：${backupLabel(backup)}`} size="lg" closeButtonProps={{ 'aria-label': '关闭' }}>
      {done ? <Done r={done} onClose={close} /> : (
        <Stack gap="sm">
          {loaded.loading && <Group gap="xs" role="status"><Loader size="sm" aria-label="正在检查" /><Text size="sm">正在检查备份（逐个核对 SHA-256）…</Text></Group>}
          {loaded.error && <Text c="red" size="sm" role="alert">{loaded.error.message}</Text>}
          {d && !loaded.loading && <CheckResult check={d.check} />}
          {d?.check.ok && !loaded.loading && (
            <>
              <Alert color="yellow" title="恢复会替换当前档案">
                当前档案 <Code>{archiveFile}</Code>（现有 {d.issues} 期、{d.documents} 件文件）及其原件将被这份备份替换；
                此后的导入、更正和删除都不在备份中。当前档案不会删除，会移到同一文件夹下的“…before-restore-时间”文件夹中保留。
              </Alert>
              <Checkbox label="我已确认：用这份备份替换当前档案" checked={confirmed} onChange={(e) => setConfirmed(e.currentTarget.checked)} />
            </>
          )}
          {restoring.error && <Text c="red" size="sm" role="alert">{restoring.error.message}</Text>}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>取消</Button>
            {d?.check.ok && (
              <Button color="red" disabled={!confirmed} loading={restoring.busy} onClick={() => void restoring.run()}>恢复并替换当前档案</Button>
            )}
          </Group>
        </Stack>
      )}
    </Modal>
  )
}

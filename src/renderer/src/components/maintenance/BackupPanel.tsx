// 备份: Electron asks where (a USB stick is fine); browser mode backs up beside the archive and says where.
import { Alert, Button, Code, Group, List, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import type { BackupResult } from '../../../../shared/domain'
import { useApi } from '../../api-context'
import { useAction } from '../../hooks/useAction'
import { formatBytes } from './format'

interface Props {
  /** The default backups folder (from listBackups), shown so staff know where backups go. */
  defaultFolder: string | undefined
  onDone(): void
}

function Result({ r }: { r: BackupResult }) {
  return (
    <Alert color="green" title="备份完成" data-testid="backup-result">
      <Stack gap={4}>
        <Text size="sm">保存在：</Text>
        <Code block>{r.path}</Code>
        <Text size="sm">共 {formatBytes(r.bytes)}，原件 {r.originals} 个，含校验清单 manifest.json。</Text>
        {r.warnings.length > 0 && (
          <List size="sm" spacing={2}>
            {r.warnings.map((w) => <List.Item key={w}>{w}</List.Item>)}
          </List>
        )}
      </Stack>
    </Alert>
  )
}

export function BackupPanel({ defaultFolder, onDone }: Props) {
  const { archive, shell } = useApi()
  const [result, setResult] = useState<BackupResult | null>(null)
  const backingUp = useAction(async (target: string | null) => {
    setResult(await archive.backupArchive(target ? { target } : {}))
    onDone()
  })
  const { busy, error } = backingUp
  const run = async (chooseFolder: boolean) => {
    backingUp.clearError()
    let target: string | null = null
    try {
      target = chooseFolder ? await shell.chooseBackupFolder('backup') : null
    } catch (err) {
      return backingUp.fail(err)
    }
    if (chooseFolder && !target) return // the dialog was cancelled
    await backingUp.run(target)
  }
  const electron = shell.canChooseFolders
  return (
    <Stack gap="xs">
      <Title order={4} size="h5">备份</Title>
      <Text size="sm" c="dimmed">
        备份档案库和全部原件，放在一个新文件夹“公报档案备份-日期-时间”中。档案正在使用时也可以备份。
        {electron ? '可以选择 U 盘或另一块硬盘。' : ''}
      </Text>
      {defaultFolder && (
        <Text size="sm">
          {electron ? '默认备份文件夹：' : '备份保存在档案旁的文件夹：'}<Code data-testid="default-backup-folder">{defaultFolder}</Code>
        </Text>
      )}
      <Group>
        {electron && <Button onClick={() => void run(true)} loading={busy}>选择位置并备份…</Button>}
        <Button variant={electron ? 'default' : 'filled'} onClick={() => void run(false)} loading={busy}>
          {electron ? '备份到默认文件夹' : '立即备份'}
        </Button>
      </Group>
      {busy && <Text size="sm" role="status">正在备份，请稍候…</Text>}
      {error && <Text c="red" size="sm" role="alert">{error.message}</Text>}
      {result && !busy && <Result r={result} />}
    </Stack>
  )
}

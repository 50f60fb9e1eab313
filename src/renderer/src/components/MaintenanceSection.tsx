// 档案维护 on the 设置 page: check the archive, back it up, restore a backup.
import { Divider, Paper, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useApi } from '../api-context'
import { useAsync } from '../hooks/useAsync'
import { ErrorNotice } from './ErrorNotice'
import { BackupPanel } from './maintenance/BackupPanel'
import { RestorePanel } from './maintenance/RestorePanel'
import { VerifyPanel } from './maintenance/VerifyPanel'

export function MaintenanceSection() {
  const { archive } = useApi()
  const [folder, setFolder] = useState<string | null>(null)
  const [gen, setGen] = useState(0)
  const list = useAsync(
    () => archive.listBackups(folder ? { folder } : {}),
    `backups:${folder ?? ''}:${gen}`,
  )
  const refresh = () => setGen((g) => g + 1)
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="set-maintenance">
      <Title order={3} size="h4" id="set-maintenance" mb={4}>档案维护</Title>
      <Text size="sm" c="dimmed" mb="sm">建议定期备份，并把备份复制到另一块硬盘或 U 盘上保存。</Text>
      <Stack gap="md">
        <VerifyPanel />
        <Divider />
        <BackupPanel defaultFolder={list.data?.defaultFolder} onDone={refresh} />
        <Divider />
        {list.error && <ErrorNotice error={list.error} onRetry={list.reload} />}
        <RestorePanel list={list.data} onChooseFolder={setFolder} onRestored={refresh} />
      </Stack>
    </Paper>
  )
}

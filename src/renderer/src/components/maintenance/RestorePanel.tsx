// 恢复: the backups found (default folder, and in Electron a chosen one such as a USB stick), each restorable.
import { Button, Stack, Table, Text, Title } from '@mantine/core'
import { useState } from 'react'
import type { BackupInfo, BackupList } from '../../../../shared/domain'
import { useApi } from '../../api-context'
import { RestoreModal } from './RestoreModal'
import { backupLabel, formatBytes, formatTime } from './format'

interface Props {
  list: BackupList | undefined
  onChooseFolder(folder: string): void
  onRestored(): void
}

function Row({ b, onRestore }: { b: BackupInfo; onRestore(): void }) {
  return (
    <Table.Tr data-testid="backup-row">
      <Table.Td className="nowrap">{formatTime(b.createdAt)}</Table.Td>
      <Table.Td>
        {/* Text, not a Badge: a badge cuts 删除 2022年第2期 前自动备份 short. */}
        <Text size="sm" fw={500} c={b.reason === 'manual' ? 'blue.8' : 'gray.8'}>{b.reasonText}</Text>
        {b.location === 'chosen' && <Text size="xs" c="dimmed">所选文件夹</Text>}
      </Table.Td>
      <Table.Td className={b.problem ? undefined : 'nowrap'}>
        {b.problem ? <Text size="sm" c="red">{b.problem}</Text> : `${b.originals} 个原件 · ${formatBytes(b.bytes)}`}
      </Table.Td>
      <Table.Td><Text size="xs" c="dimmed" className="break-all">{b.name}</Text></Table.Td>
      <Table.Td>
        <Button size="xs" variant="light" disabled={b.problem !== null} onClick={onRestore} aria-label={`恢复 ${backupLabel(b)}（${b.name}）`}>
          恢复…
        </Button>
      </Table.Td>
    </Table.Tr>
  )
}

export function RestorePanel({ list, onChooseFolder, onRestored }: Props) {
  const { shell } = useApi()
  const [chosen, setChosen] = useState<BackupInfo | null>(null)
  const choose = async () => {
    const folder = await shell.chooseBackupFolder('restore')
    if (folder) onChooseFolder(folder)
  }
  const close = (restored: boolean) => {
    setChosen(null)
    if (restored) onRestored()
  }
  return (
    <Stack gap="xs">
      <Title order={4} size="h5">从备份恢复</Title>
      <Text size="sm" c="dimmed">
        先核对备份的每个文件，检查通过并经您确认后，才用备份替换当前档案。程序自动做的备份（升级前、删除一期前）也列在这里。
      </Text>
      {shell.canChooseFolders && (
        <div><Button variant="default" onClick={() => void choose()}>选择备份文件夹…</Button></div>
      )}
      {list && list.backups.length === 0 && <Text size="sm">还没有备份。</Text>}
      {list && list.backups.length > 0 && (
        <Table verticalSpacing={6} fz="sm" aria-label="备份列表">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>备份时间</Table.Th><Table.Th>类型</Table.Th><Table.Th>内容</Table.Th><Table.Th>文件夹</Table.Th><Table.Th>操作</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.backups.map((b) => <Row key={b.path} b={b} onRestore={() => setChosen(b)} />)}
          </Table.Tbody>
        </Table>
      )}
      {chosen && list && <RestoreModal backup={chosen} archiveFile={list.archiveFile} onClose={close} />}
    </Stack>
  )
}

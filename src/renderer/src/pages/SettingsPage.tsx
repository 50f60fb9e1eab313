// 设置: staff name (recorded with every change), the inbox folder, export defaults, 档案维护.
import { Button, Code, Group, NumberInput, Paper, Stack, Switch, Text, TextInput, Title } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useApi } from '../api-context'
import { ErrorNotice } from '../components/ErrorNotice'
import { MaintenanceSection } from '../components/MaintenanceSection'
import { useAction } from '../hooks/useAction'
import { useAsync } from '../hooks/useAsync'
import { useExportDefaults, writeExportDefaults } from '../hooks/useExportDefaults'
import { useSettings, useSettingsState } from '../hooks/useSettings'

function EditorSection() {
  const { settings } = useSettingsState()
  const { save: saveSettings } = useSettings()
  const [name, setName] = useState('')
  const [saved, setSaved] = useState(false)
  useEffect(() => setName(settings?.editorName ?? ''), [settings?.editorName])
  const save = async () => {
    await saveSettings({ editorName: name.trim() || null })
    setSaved(true)
  }
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="set-editor">
      <Title order={3} size="h4" id="set-editor" mb={4}>工作人员姓名</Title>
      <Text size="sm" c="dimmed" mb="sm">每次更正、拆分、合并和删除都会记下经办人姓名，显示在修改记录中。</Text>
      <form onSubmit={(e) => (e.preventDefault(), void save())}>
        <Group align="flex-end">
          <TextInput label="姓名" value={name} maxLength={50} w={260}
            onChange={(e) => (setName(e.currentTarget.value), setSaved(false))} />
          <Button type="submit">保存</Button>
          {saved && <Text size="sm" c="green.8" role="status">已保存</Text>}
        </Group>
      </form>
    </Paper>
  )
}

function InboxSection() {
  const { shell } = useApi()
  const { settings } = useSettingsState()
  const { save: saveSettings } = useSettings()
  const server = useAsync(() => shell.serverInboxFolder(), 'server-inbox')
  const choosing = useAction(async () => {
    const folder = await shell.chooseInboxFolder()
    if (folder) await saveSettings({ inboxFolder: folder })
  })
  const error = choosing.error
  const fromSettings = shell.inboxFrom === 'settings'
  const folder = fromSettings ? settings?.inboxFolder : (server.data ?? null)
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="set-inbox">
      <Title order={3} size="h4" id="set-inbox" mb={4}>收件文件夹</Title>
      <Text size="sm" c="dimmed" mb="sm">
        存入这个文件夹的公报文件（.txt、.pdf、.docx、.doc、.ofd）写完后会自动导入，导入结果以通知显示。
      </Text>
      <Text size="sm" mb="xs">当前：{folder ? <Code data-testid="inbox-folder">{folder}</Code> : '未设置'}</Text>
      {fromSettings ? (
        <Group>
          <Button onClick={() => void choosing.run()}>选择文件夹…</Button>
          {folder && <Button variant="default" onClick={() => void saveSettings({ inboxFolder: null })}>停用收件文件夹</Button>}
        </Group>
      ) : (
        <Text size="sm">
          浏览器模式下，收件文件夹由启动本程序的管理员在启动时指定（见使用说明“收件文件夹”）。
          {settings?.inboxFolder && !folder ? `（档案设置中的文件夹：${settings.inboxFolder}）` : ''}
        </Text>
      )}
      {error && <ErrorNotice error={error} />}
    </Paper>
  )
}

function formatTime(iso: string): string {
  const d = new Date(iso)
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`
}

/** Folder and inbox imports: all-confident issues saved at once, or every issue reviewed first. */
function ReviewSection() {
  const { settings } = useSettingsState()
  const { save: saveSettings } = useSettings()
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="set-review">
      <Title order={3} size="h4" id="set-review" mb={4}>导入核对</Title>
      <Text size="sm" c="dimmed" mb="sm">
        逐个选择的文件总是先进入“待核对”。文件夹导入和收件夹中的文件，可在每份文件都无疑点时直接入库，其余的期仍进入“待核对”。
      </Text>
      <Switch label="文件夹和收件夹导入：全部文件无疑点的期直接入库" checked={settings?.autoSaveConfident ?? true}
        disabled={!settings} onChange={(e) => void saveSettings({ autoSaveConfident: e.currentTarget.checked })} />
    </Paper>
  )
}

function BackupReminderSection() {
  const { settings } = useSettingsState()
  const { save: saveSettings } = useSettings()
  const [days, setDays] = useState<number>(7)
  const [saved, setSaved] = useState(false)
  useEffect(() => setDays(settings?.backupReminderDays ?? 7), [settings?.backupReminderDays])
  const save = async () => {
    await saveSettings({ backupReminderDays: days })
    setSaved(true)
  }
  const last = settings?.lastBackupAt
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="set-reminder">
      <Title order={3} size="h4" id="set-reminder" mb={4}>备份提醒</Title>
      <Text size="sm" c="dimmed" mb="sm">
        上次备份超过这个天数时，程序启动后提醒备份。填 0 不提醒。
      </Text>
      <Text size="sm" mb="xs" data-testid="last-backup">上次备份：{last ? formatTime(last) : '还没有备份过'}</Text>
      <form onSubmit={(e) => (e.preventDefault(), void save())}>
        <Group align="flex-end">
          <NumberInput label="提醒周期（天）" value={days} min={0} max={365} allowDecimal={false} w={160}
            onChange={(v) => (setDays(typeof v === 'number' ? v : Number(v) || 0), setSaved(false))} />
          <Button type="submit">保存</Button>
          {saved && <Text size="sm" c="green.8" role="status">已保存</Text>}
        </Group>
      </form>
    </Paper>
  )
}

function ExportSection() {
  const d = useExportDefaults()
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="set-export">
      <Title order={3} size="h4" id="set-export" mb={4}>导出 PDF 的默认选项</Title>
      <Text size="sm" c="dimmed" mb="sm">只保存在这台电脑的这个浏览器 / 程序中。</Text>
      <Stack gap="sm">
        <Switch label="加红头（红色发文机关标志和分隔线）" checked={d.masthead} onChange={(e) => writeExportDefaults({ masthead: e.currentTarget.checked })} />
        <Switch label="加来源行（每页页脚注明出自哪一期公报）" checked={d.sourceLine} onChange={(e) => writeExportDefaults({ sourceLine: e.currentTarget.checked })} />
        <Switch label="保存为 PDF/A-2b（长期保存格式，嵌入字体并写入文号等元数据）" checked={d.pdfa} onChange={(e) => writeExportDefaults({ pdfa: e.currentTarget.checked })} />
      </Stack>
    </Paper>
  )
}

export function SettingsPage() {
  const { load } = useSettings()
  const loaded = useAsync(load, 'settings')
  return (
    <div className="scroll-page">
      <Stack maw={760} mx="auto" p="lg" gap="md">
        <Title order={2}>设置</Title>
        {loaded.error && <ErrorNotice error={loaded.error} onRetry={loaded.reload} />}
        <EditorSection />
        <InboxSection />
        <ExportSection />
        <ReviewSection />
        <BackupReminderSection />
        <MaintenanceSection />
      </Stack>
    </div>
  )
}

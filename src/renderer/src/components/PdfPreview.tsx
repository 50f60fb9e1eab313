// The export preview: the PDF rendered in the app, with 保存, 打印 and 另存为 OFD, and the 红头 / 来源行 /
// PDF/A choices for this export (they start from 设置; switching one exports again).
import { Button, Group, Loader, Modal, Switch, Text } from '@mantine/core'
import { useState } from 'react'
import { savedText } from '../api'
import { useApi } from '../api-context'
import { toAppError } from '../hooks/useAction'
import type { ExportDefaults } from '../hooks/useExportDefaults'
import type { ExportFile, PdfFile } from '../pdf-file'
import { PdfPages } from './PdfPages'

interface Choices {
  options: ExportDefaults
  onOptions(o: ExportDefaults): void
  busy: boolean
}

function ExportChoices({ options, onOptions, busy }: Choices) {
  return (
    <Group gap="lg" mb="sm" role="group" aria-label="本次导出的选项">
      <Switch label="加红头" checked={options.masthead} disabled={busy} onChange={(e) => onOptions({ ...options, masthead: e.currentTarget.checked })} />
      <Switch label="加来源行" checked={options.sourceLine} disabled={busy} onChange={(e) => onOptions({ ...options, sourceLine: e.currentTarget.checked })} />
      <Switch label="PDF/A（长期保存）" checked={options.pdfa} disabled={busy} onChange={(e) => onOptions({ ...options, pdfa: e.currentTarget.checked })} />
      {busy ? <Loader size="xs" aria-label="正在重新导出" /> : <Text size="xs" c="dimmed">只影响本次导出；默认值在“设置”中</Text>}
    </Group>
  )
}

interface Props {
  file: PdfFile | null
  onClose(): void
  /** The same documents as OFD, saved on demand. */
  ofd?: () => Promise<ExportFile>
  choices?: Choices
}

export function PdfPreview({ file, onClose, ofd, choices }: Props) {
  const [status, setStatus] = useState<string | null>(null)
  const { shell } = useApi()

  const act = async (what: 'save' | 'print' | 'ofd') => {
    if (!file) return
    setStatus(null)
    try {
      if (what === 'ofd' && ofd) {
        const where = await shell.saveFile(await ofd())
        if (where) setStatus(savedText(shell, where))
      } else if (what === 'print') {
        await shell.printPdf(file)
        setStatus(shell.prints === 'tab' ? '已在新标签页中打开 PDF，请在其中打印（缩放选“实际大小”）。' : '已打开打印对话框。')
      } else {
        const where = await shell.savePdf(file)
        if (where) setStatus(savedText(shell, where))
      }
    } catch (err) {
      setStatus(`操作失败：${toAppError(err).message}`)
    }
  }

  return (
    <Modal opened={!!file} onClose={onClose} size={840} title={<Text fw={600}>导出预览：{file?.fileName}</Text>} closeButtonProps={{ 'aria-label': '关闭预览' }}>
      <Group mb="md" justify="space-between">
        <Group>
          <Button onClick={() => void act('save')}>保存</Button>
          <Button variant="default" onClick={() => void act('print')}>打印</Button>
          {ofd && <Button variant="default" onClick={() => void act('ofd')}>另存为 OFD</Button>}
        </Group>
        {status && <Text size="sm" c="dimmed" role="status">{status}</Text>}
      </Group>
      {choices && <ExportChoices {...choices} />}
      <div style={{ background: '#e9ecef', padding: 16, borderRadius: 4 }}>
        {file && <PdfPages bytesBase64={file.bytesBase64} />}
      </div>
    </Modal>
  )
}

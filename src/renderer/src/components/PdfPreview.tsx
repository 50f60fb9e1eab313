// The export preview: the PDF rendered in the app, with 保存, 打印 and 另存为 OFD.
import { Button, Group, Modal, Text } from '@mantine/core'
import { useState } from 'react'
import { savedText } from '../api'
import { useApi } from '../api-context'
import { toAppError } from '../hooks/useAction'
import type { ExportFile, PdfFile } from '../pdf-file'
import { PdfPages } from './PdfPages'

export function PdfPreview({ file, onClose, ofd }: { file: PdfFile | null; onClose(): void; ofd?: () => Promise<ExportFile> }) {
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
      <div style={{ background: '#e9ecef', padding: 16, borderRadius: 4 }}>
        {file && <PdfPages bytesBase64={file.bytesBase64} />}
      </div>
    </Modal>
  )
}

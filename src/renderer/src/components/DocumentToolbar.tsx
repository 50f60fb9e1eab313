// The document page's toolbar: back, the archive-work actions (更正, 拆分, 合并, 扫描页), 对照原文, export.
import { Button, Group } from '@mantine/core'
import type { GazetteDocument } from '../../../shared/domain'

export type DocumentAction = 'edit' | 'split' | 'merge' | 'scan' | 'kinds' | 'ocr'

interface Props {
  doc: GazetteDocument
  editing: boolean
  exporting: boolean
  onAction(a: DocumentAction): void
  /** `scanPages`: print a registered scan's pages rather than its (OCR'd) text. */
  onExport(scanPages?: boolean): void
  /** 对照原文 shown beside the text. */
  comparing?: boolean
  onCompare?(): void
}

export function DocumentToolbar({ doc, editing, exporting, onAction, onExport, comparing, onCompare }: Props) {
  return (
    <Group px="md" py="sm" justify="space-between" bg="white" className="doc-toolbar">
      <Button variant="subtle" color="gray" onClick={() => history.back()} aria-label="返回上一页">
        ← 返回
      </Button>
      <Group gap="xs">
        {doc.scanned && <Button variant="default" onClick={() => onAction('scan')}>查看扫描页</Button>}
        {doc.scanned && <Button variant="default" disabled={editing} onClick={() => onAction('ocr')}>识别扫描件文字…</Button>}
        {!doc.scanned && onCompare && (
          <Button variant={comparing ? 'filled' : 'default'} aria-pressed={comparing} onClick={onCompare}>对照原文</Button>
        )}
        <Button variant="default" disabled={editing} onClick={() => onAction('edit')}>更正</Button>
        {!doc.scanned && doc.blocks.length > 0 && <Button variant="default" disabled={editing} onClick={() => onAction('kinds')}>段落类型</Button>}
        {!doc.scanned && <Button variant="default" disabled={editing || doc.blocks.length < 2} onClick={() => onAction('split')}>拆分…</Button>}
        <Button variant="default" disabled={editing} onClick={() => onAction('merge')}>与下一件合并…</Button>
        {doc.scanned && doc.paragraphs.length > 0 && <Button variant="default" loading={exporting} onClick={() => onExport(true)}>打印扫描页</Button>}
        <Button loading={exporting} onClick={() => onExport()}>{doc.scanned && !doc.paragraphs.length ? '导出扫描页 PDF / 打印' : '导出 PDF / 打印'}</Button>
      </Group>
    </Group>
  )
}

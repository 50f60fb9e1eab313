// One document: the text in an official-document look, its fields and validity beside it, its history
// below; 更正 / 拆分 / 合并 / 扫描页, 对照原文 (the original beside the text), export and print.
import { Alert, Anchor, Group, Loader, Text } from '@mantine/core'
import { useState } from 'react'
import { CorrectionForm } from '../components/CorrectionForm'
import { DocumentBody } from '../components/DocumentBody'
import { DocumentHistory } from '../components/DocumentHistory'
import { DocumentMeta } from '../components/DocumentMeta'
import { StatusBanner } from '../components/DocumentRelations'
import { DocumentToolbar, type DocumentAction } from '../components/DocumentToolbar'
import { ErrorNotice } from '../components/ErrorNotice'
import { MergeModal } from '../components/MergeModal'
import { BlockKindEditor } from '../components/names/BlockKindEditor'
import { OriginalView } from '../components/original/OriginalView'
import { PdfPreview } from '../components/PdfPreview'
import { ScanViewer } from '../components/ScanViewer'
import { ScanOcrModal } from '../components/ScanOcrModal'
import { SplitModal } from '../components/SplitModal'
import { archiveChanged, useDocument } from '../hooks/useArchive'
import { useExportPdf } from '../hooks/useExportPdf'

type Done = { text: string; link?: { href: string; label: string } } | null

export function DocumentPage({ id }: { id: number }) {
  const { data: doc, error, reload } = useDocument(id)
  const pdf = useExportPdf()
  const [action, setAction] = useState<DocumentAction | null>(null)
  const [done, setDone] = useState<Done>(null)
  const [comparing, setComparing] = useState(false)
  if (error) return <ErrorNotice error={error} onRetry={reload} />
  if (!doc) return <Loader m="xl" aria-label="正在加载文件" />

  const finish = (d: Done) => {
    setAction(null)
    setDone(d)
    archiveChanged() // the document, its history, lists and search all change
  }
  const close = () => setAction(null)
  return (
    <div className="scroll-page">
      <DocumentToolbar doc={doc} editing={action === 'edit'} exporting={pdf.busy} onAction={(a) => (setDone(null), setAction(a))}
        onExport={(scanPages) => void pdf.exportDocs([doc.id], scanPages)} comparing={comparing} onCompare={() => setComparing(!comparing)} />
      {pdf.error && <ErrorNotice error={pdf.error} onRetry={pdf.clearError} />}
      {done && (
        <Alert color="green" mx="lg" mt="md" role="status" withCloseButton closeButtonLabel="关闭提示" onClose={() => setDone(null)}>
          {done.text}{done.link && <> <Anchor href={done.link.href}>{done.link.label}</Anchor></>}
        </Alert>
      )}
      <Group align="flex-start" gap="lg" p="lg" wrap="nowrap" justify="center">
        <div style={{ flex: 1, minWidth: 0, maxWidth: comparing ? undefined : 860 }}>
          <StatusBanner doc={doc} />
          {action === 'edit' ? (
            <CorrectionForm doc={doc} onCancel={close} onSaved={() => finish({ text: '更正已保存，并记入修改记录。' })} />
          ) : action === 'kinds' ? (
            <BlockKindEditor doc={doc} onClose={close} />
          ) : (
            <>
              <DocumentBody doc={doc} showLow={comparing} />
              {doc.scanned && !doc.paragraphs.length && <Text ta="center" c="dimmed" size="sm" mt="sm">此件为扫描件登记，没有正文文字；请点“查看扫描页”，或“识别扫描件文字…”填入正文。</Text>}
            </>
          )}
          <DocumentHistory id={doc.id} onUndone={(to) => (to === doc.id ? reload() : (location.hash = `#/doc/${to}`))} />
        </div>
        {comparing ? (
          <div className="original-column" data-scroll-pane>
            <OriginalView issueId={doc.issueId} sources={doc.sources ?? null} fallbackPages={doc.tocPage ? [doc.tocPage] : []} />
          </div>
        ) : (
          <DocumentMeta doc={doc} />
        )}
      </Group>
      <PdfPreview file={pdf.file} onClose={pdf.close} ofd={pdf.ofd} choices={{ options: pdf.options, onOptions: (o) => void pdf.reexport(o), busy: pdf.busy }} />
      <SplitModal doc={doc} opened={action === 'split'} onClose={close}
        onDone={(secondId) => finish({ text: '已拆分。', link: { href: `#/doc/${secondId}`, label: '打开拆出的新文件 →' } })} />
      <MergeModal doc={doc} opened={action === 'merge'} onClose={close} onDone={() => finish({ text: '已合并，下一件的内容已并入本文件。' })} />
      {doc.scanned && <ScanViewer doc={doc} opened={action === 'scan'} onClose={close} />}
      {doc.scanned && <ScanOcrModal doc={doc} opened={action === 'ocr'} onClose={close} onDone={() => archiveChanged()} />}
    </div>
  )
}

// One document: the text in an official-document look, its fields beside it, export and print.
import { Button, Group, Loader } from '@mantine/core'
import { DocumentBody } from '../components/DocumentBody'
import { DocumentMeta } from '../components/DocumentMeta'
import { ErrorNotice } from '../components/ErrorNotice'
import { PdfPreview } from '../components/PdfPreview'
import { useDocument } from '../hooks/useArchive'
import { useExportPdf } from '../hooks/useExportPdf'

export function DocumentPage({ id }: { id: number }) {
  const { data: doc, error, reload } = useDocument(id)
  const pdf = useExportPdf()
  if (error) return <ErrorNotice error={error} onRetry={reload} />
  if (!doc) return <Loader m="xl" aria-label="正在加载文件" />
  return (
    <div className="scroll-page">
      <Group px="md" py="sm" justify="space-between" bg="white" style={{ borderBottom: '1px solid #e9ecef', position: 'sticky', top: 0, zIndex: 2 }}>
        <Button variant="subtle" color="gray" onClick={() => history.back()} aria-label="返回上一页">
          ← 返回
        </Button>
        <Group gap="xs">
          <Button loading={pdf.busy} onClick={() => void pdf.exportDocs([doc.id])}>
            导出 PDF / 打印
          </Button>
        </Group>
      </Group>
      {pdf.error && <ErrorNotice error={pdf.error} onRetry={pdf.clearError} />}
      <Group align="flex-start" gap="lg" p="lg" wrap="nowrap" justify="center">
        <div style={{ flex: 1, minWidth: 0, maxWidth: 860 }}>
          <DocumentBody doc={doc} />
        </div>
        <DocumentMeta doc={doc} />
      </Group>
      <PdfPreview file={pdf.file} onClose={pdf.close} />
    </div>
  )
}

// 本期原件 (issue 17): every original an issue keeps — the file its documents were read from and
// further copies of the same 期 in other formats — with format, size and import time; each opens
// here (a PDF's pages, another file's text as read) or is saved as the file it was.
import { Badge, Button, Group, Loader, Modal, ScrollArea, Table, Text } from '@mantine/core'
import { useState } from 'react'
import { ordinalName, type IssueOriginal } from '../../../shared/original'
import { useApi } from '../api-context'
import { useArchiveGeneration } from '../hooks/useArchive'
import { useAsync } from '../hooks/useAsync'
import { useSaveExport } from '../hooks/useSaveExport'
import { ErrorNotice } from './ErrorNotice'
import { ExportStatus } from './ExportStatus'
import { PdfPages } from './PdfPages'

export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`
  return `${Math.max(1, Math.round(bytes / 1024))} KB`
}

const when = (at: string): string => at.replace('T', ' ').slice(0, 16)

/** One original opened: a PDF's pages, or the text its reader gives (OFD, Word, text). */
function OriginalContent({ issueId, original }: { issueId: number; original: IssueOriginal }) {
  const { archive } = useApi()
  const file = useAsync(() => archive.getOriginal({ issueId, originalId: original.id }), `original:${issueId}:${original.id}`)
  if (file.error) return <ErrorNotice error={file.error} onRetry={file.reload} />
  if (!file.data) return <Loader size="sm" m="md" />
  if (file.data.kind === 'pdf') return <PdfPages bytesBase64={file.data.bytesBase64} width={700} />
  return (
    <ScrollArea h={560} type="auto">
      <pre className="original-text" style={{ whiteSpace: 'pre-wrap', margin: 0, fontSize: 14 }}>{file.data.lines.join('\n')}</pre>
    </ScrollArea>
  )
}

function OriginalRows({ issueId, list, onOpen }: { issueId: number; list: IssueOriginal[]; onOpen(o: IssueOriginal): void }) {
  const { archive } = useApi()
  const exporter = useSaveExport()
  const save = (o: IssueOriginal) => exporter.run(`save:${o.id}`, () => archive.getOriginalFile({ issueId, originalId: o.id }))
  return (
    <>
      <Table verticalSpacing={6} fz="sm" aria-label="本期原件">
        <Table.Thead>
          <Table.Tr><Table.Th>文件</Table.Th><Table.Th w={70}>格式</Table.Th><Table.Th w={80}>大小</Table.Th><Table.Th w={130}>导入时间</Table.Th><Table.Th w={170} /></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.map((o) => (
            <Table.Tr key={o.id} data-testid="issue-original">
              <Table.Td>
                <Text size="sm" style={{ wordBreak: 'break-all' }}>{o.fileName}</Text>
                <Text size="xs" c="dimmed">{o.ordinal === 1 ? '本期文件由此读取' : `${ordinalName(o.ordinal)}原件，文件未重复导入`}</Text>
              </Table.Td>
              <Table.Td><Badge variant="light" color={o.ordinal === 1 ? 'blue' : 'teal'}>{o.format}</Badge></Table.Td>
              <Table.Td>{sizeText(o.size)}</Table.Td>
              <Table.Td>{when(o.importedAt)}</Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Button size="xs" variant="default" onClick={() => onOpen(o)} aria-label={`查看原件：${o.fileName}`}>查看</Button>
                  <Button size="xs" variant="default" loading={exporter.busy === `save:${o.id}`} onClick={() => void save(o)} aria-label={`另存原件：${o.fileName}`}>另存为…</Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <ExportStatus exporter={exporter} />
    </>
  )
}

/** The header's button: 原件（2）, and the list it opens. */
export function IssueOriginalsButton({ issueId }: { issueId: number }) {
  const { archive } = useApi()
  const gen = useArchiveGeneration()
  const list = useAsync(() => archive.listIssueOriginals({ issueId }), `originals:${issueId}:${gen}`)
  const [opened, setOpened] = useState(false)
  const [viewing, setViewing] = useState<IssueOriginal | null>(null)
  const count = list.data?.length ?? 0
  if (!count && !list.error) return null
  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)}>原件（{count}）</Button>
      <Modal opened={opened && !viewing} onClose={() => setOpened(false)} size={760} title="本期原件" closeButtonProps={{ 'aria-label': '关闭本期原件' }}>
        {list.error ? <ErrorNotice error={list.error} onRetry={list.reload} /> : (
          <>
            <Text size="sm" c="dimmed" mb="xs">同一期的 PDF、OFD、Word 或文本可各保存一份；文件只从第一份读取，不重复导入。</Text>
            <OriginalRows issueId={issueId} list={list.data ?? []} onOpen={setViewing} />
          </>
        )}
      </Modal>
      <Modal opened={viewing !== null} onClose={() => setViewing(null)} size={780} title={viewing ? `原件：${viewing.fileName}（${viewing.format}）` : ''} closeButtonProps={{ 'aria-label': '关闭原件' }}>
        {viewing && <OriginalContent issueId={issueId} original={viewing} />}
      </Modal>
    </>
  )
}

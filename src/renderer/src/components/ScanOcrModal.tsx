// 识别扫描件文字: a registered scan read by OCR on request. Each registered document of the issue
// gets its pages' text as its body; what staff typed stays, and where the scan reads otherwise the
// two are shown side by side.
import { Alert, Button, Group, Modal, Progress, Stack, Table, Text } from '@mantine/core'
import { useEffect, useState } from 'react'
import type { GazetteDocument } from '../../../shared/domain'
import type { ScanOcrOutcome, ScanOcrProgress } from '../../../shared/scan-ocr'
import { useApi } from '../api-context'
import { useAction } from '../hooks/useAction'
import { useSettings } from '../hooks/useSettings'

interface Props {
  doc: GazetteDocument
  opened: boolean
  onClose(): void
  onDone(): void
}

function Outcome({ out }: { out: ScanOcrOutcome }) {
  const disagreeing = out.documents.flatMap((d) => d.disagreements.map((x) => ({ ...x, doc: d })))
  return (
    <Stack gap="sm" data-testid="scan-ocr-outcome">
      <Text size="sm" role="status">
        已识别扫描件 {out.pages} 页：{out.documents.filter((d) => d.filled).length} 份文件填入了正文
        （共 {out.documents.reduce((n, d) => n + d.characters, 0)} 字，其中把握不大的 {out.documents.reduce((n, d) => n + d.unsure, 0)} 字）。
        正文的填入记在各文件的修改记录中。
      </Text>
      {out.documents.some((d) => !d.filled) && (
        <Alert color="orange" p="xs">未能识别出文字：{out.documents.filter((d) => !d.filled).map((d) => `${d.title}（第 ${d.pageFrom}–${d.pageTo} 页）`).join('、')}</Alert>
      )}
      {disagreeing.length ? (
        <>
          <Text size="sm" fw={600}>登记的内容与扫描页不一致（保留登记的内容，请对照扫描页核对）：</Text>
          <Table withTableBorder striped data-testid="scan-ocr-disagreements">
            <Table.Thead><Table.Tr><Table.Th>文件</Table.Th><Table.Th>项目</Table.Th><Table.Th>登记的</Table.Th><Table.Th>扫描页上识别出的</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {disagreeing.map((x) => (
                <Table.Tr key={`${x.doc.id}-${x.field}`}>
                  <Table.Td>{x.doc.title}</Table.Td>
                  <Table.Td>{x.label}</Table.Td>
                  <Table.Td>{x.typed ?? '（未登记）'}</Table.Td>
                  <Table.Td>{x.ocr ?? '（未识别到）'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      ) : (
        <Text size="sm" c="teal.8">登记的标题、文号和成文日期与扫描页一致。</Text>
      )}
    </Stack>
  )
}

/** While the scan is read: the page OCR is on (scanOcrProgress events) and 停止识别. */
function Reading({ progress, stopping, onStop }: { progress: ScanOcrProgress | null; stopping: boolean; onStop(): void }) {
  const pct = progress ? Math.round((100 * (progress.page - 1)) / Math.max(1, progress.pages)) : 0
  return (
    <Stack gap="xs" data-testid="scan-ocr-progress">
      <Text size="sm" role="status">
        {stopping ? '正在停止识别…' : progress ? `正在识别第 ${progress.page}/${progress.pages} 页…` : '正在载入文字识别模型…'}
      </Text>
      <Progress value={pct} animated={!stopping} aria-label="识别进度" />
      <Group justify="flex-end">
        <Button variant="default" color="red" onClick={onStop} disabled={stopping}>停止识别</Button>
      </Group>
    </Stack>
  )
}

/** The scan's pages as the OCR announces them, for this issue only; cleared when a run starts. */
function useScanOcrProgress(issueId: number): [ScanOcrProgress | null, () => void] {
  const api = useApi()
  const [progress, setProgress] = useState<ScanOcrProgress | null>(null)
  useEffect(() => api.onScanOcrProgress((p) => p.issueId === issueId && setProgress(p)), [api, issueId])
  return [progress, () => setProgress(null)]
}

export function ScanOcrModal({ doc, opened, onClose, onDone }: Props) {
  const { archive } = useApi()
  const { requireEditor } = useSettings()
  const [progress, clearProgress] = useScanOcrProgress(doc.issueId)
  const reading = useAction(async () => {
    const editor = await requireEditor()
    if (!editor) return null
    clearProgress()
    const out = await archive.ocrScannedIssue({ issueId: doc.issueId, editor })
    onDone()
    return out
  })
  const stop = useAction(() => archive.cancelScanOcr({ issueId: doc.issueId }))
  const [stopping, setStopping] = useState(false)
  const [out, setOut] = useState<ScanOcrOutcome | null>(null)
  const start = async () => {
    setStopping(false)
    setOut((await reading.run()) ?? null)
  }
  const stopped = reading.error?.code === 'CANCELLED'
  return (
    <Modal opened={opened} onClose={() => (setOut(null), onClose())} size={760} title="识别扫描件文字（OCR）"
      withCloseButton={!reading.busy} closeOnEscape={!reading.busy} closeOnClickOutside={!reading.busy}>
      {out ? <Outcome out={out} /> : (
        <Stack gap="sm">
          <Text size="sm">在本机离线识别这一期扫描件的文字，把每份登记文件起止页上的文字填入它的正文，之后可以全文检索、按公文样式导出。</Text>
          <Text size="sm" c="dimmed">已登记的标题、文号、成文日期不会被改动；与扫描页不一致的地方会列出来。每页约需几秒到一分钟，识别时可以继续使用其他功能。</Text>
          {reading.error && <Alert color={stopped ? 'gray' : 'red'} role="alert">{reading.error.message}</Alert>}
          {reading.busy ? (
            <Reading progress={progress} stopping={stopping} onStop={() => (setStopping(true), void stop.run())} />
          ) : (
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>取消</Button>
              <Button onClick={() => void start()}>{stopped ? '重新开始识别' : '开始识别'}</Button>
            </Group>
          )}
        </Stack>
      )}
    </Modal>
  )
}

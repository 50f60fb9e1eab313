// 待核对: the staged issues (#/review), and one staged issue reviewed beside its original (#/review/3).
import { Anchor, Badge, Button, Loader, Stack, Table, Text, Title } from '@mantine/core'
import { useEffect, useState } from 'react'
import type { StagedDocumentChanges, StagedIssue } from '../../../shared/domain'
import { useApi } from '../api-context'
import { ErrorNotice } from '../components/ErrorNotice'
import { ReviewHeader } from '../components/review/ReviewHeader'
import { StagedIdentityModal } from '../components/identity/StagedIdentityModal'
import { gapsShown, identityGaps } from '../../../shared/issue-identity'
import { StagedDocEditor } from '../components/review/StagedDocEditor'
import { OcrBadge, StagedDocList } from '../components/review/StagedDocList'
import { StagedSourceView } from '../components/review/StagedSourceView'
import { reviewOrder } from '../components/review/review-order'
import { useAction } from '../hooks/useAction'
import { archiveChanged } from '../hooks/useArchive'
import { navigate } from '../hooks/useRoute'
import { useStagedIssue, useStagedIssues } from '../hooks/useStaging'

function StagedIssueList() {
  const list = useStagedIssues()
  if (list.error) return <ErrorNotice error={list.error} onRetry={list.reload} />
  if (!list.data) return <Loader m="xl" aria-label="正在加载" />
  return (
    <div className="scroll-page">
      <Stack maw={1000} mx="auto" p="lg" gap="md">
        <Title order={2}>待核对</Title>
        <Text size="sm" c="dimmed">从本程序导入的期刊先在这里核对，再入库。存疑的文件排在前面。</Text>
        {list.data.length === 0 ? (
          <Text>没有待核对的期刊。</Text>
        ) : (
          <Table striped highlightOnHover data-testid="staged-list">
            <Table.Thead><Table.Tr><Table.Th>期</Table.Th><Table.Th>文件</Table.Th><Table.Th>份数</Table.Th><Table.Th>存疑</Table.Th><Table.Th /></Table.Tr></Table.Thead>
            <Table.Tbody>
              {list.data.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    {s.label}{s.ocr && <> <OcrBadge size="sm" /></>}{s.held && <Badge ml="xs" color="red" variant="light">档案中已有</Badge>}
                    {identityGaps(s).length > 0 && <Text size="xs" c="orange.8">{gapsShown(identityGaps(s))}，核对时请填写</Text>}
                  </Table.Td>
                  <Table.Td>{s.originalName}</Table.Td>
                  <Table.Td>{s.documentCount}</Table.Td>
                  <Table.Td>{s.doubtfulCount ? <Badge color="red" variant="light">{s.doubtfulCount}</Badge> : '0'}</Table.Td>
                  <Table.Td><Button size="xs" component="a" href={`#/review/${s.id}`}>核对</Button></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </div>
  )
}

interface ScreenProps {
  issue: StagedIssue
  onChanged(i: StagedIssue): void
  /** 入库 or 放弃 finished: the staged issue is gone, the message stays. */
  onDone(message: string): void
}

function ReviewScreen({ issue, onChanged, onDone }: ScreenProps) {
  const { archive } = useApi()
  const [selected, setSelected] = useState<number | null>(() => reviewOrder(issue.documents)[0]?.seq ?? null)
  const [identity, setIdentity] = useState(false)
  const act = useAction(async (change: () => Promise<StagedIssue | void>) => {
    const next = await change()
    if (next) onChanged(next)
  })
  const doc = issue.documents.find((d) => d.seq === selected) ?? issue.documents[0]
  useEffect(() => {
    if (selected !== null && !issue.documents.some((d) => d.seq === selected)) setSelected(issue.documents[0]?.seq ?? null)
  }, [issue, selected])
  const id = issue.id
  const finish = async (message: string) => {
    onDone(message)
    archiveChanged()
  }
  return (
    <div className="review-page">
      {identity && <StagedIdentityModal issue={issue} onChanged={onChanged} onClose={() => setIdentity(false)} />}
      <ReviewHeader issue={issue} busy={act.busy} onEditIdentity={() => setIdentity(true)}
        onSave={(replace) => void act.run(async () => {
          const r = await archive.saveStagedIssue({ id, replace })
          await finish(r.doubtful ? `已入库：${r.label}，${r.documents} 份文件；其中 ${r.doubtful} 份未经核对，仍在文库的“待核对”中。` : `已入库：${r.label}，${r.documents} 份文件，均已核对或无疑点。`)
        })}
        onDiscard={() => void act.run(async () => {
          const r = await archive.discardStagedIssue({ id })
          await finish(`已放弃：${r.label}，档案未作改动。`)
        })} />
      {act.error && <ErrorNotice error={act.error} />}
      <div style={{ display: 'flex', flex: 1, minHeight: 0 }}>
        <StagedDocList docs={issue.documents} selected={doc?.seq ?? null} onSelect={setSelected} />
        {doc && (
          <div style={{ display: 'flex', gap: 12, padding: 12, flex: 1, minWidth: 0, overflow: 'auto', alignItems: 'flex-start' }}>
            <StagedDocEditor doc={doc} isLast={doc.seq === issue.documents.length} busy={act.busy}
              onEdit={(changes: StagedDocumentChanges) => void act.run(() => archive.editStagedDocument({ id, seq: doc.seq, changes }))}
              onApprove={() => void act.run(() => archive.approveStagedDocument({ id, seq: doc.seq }))}
              onMerge={() => void act.run(() => archive.mergeStagedDocuments({ id, seq: doc.seq }))}
              onSplit={(atBlock) => void act.run(() => archive.splitStagedDocument({ id, seq: doc.seq, atBlock }))} />
            <StagedSourceView stagedId={id} stagedAt={issue.stagedAt} doc={doc} isPdf={shownAsScan(issue)} />
          </div>
        )}
      </div>
    </div>
  )
}

function StagedIssueScreen({ id }: { id: number }) {
  const loaded = useStagedIssue(id)
  const [issue, setIssue] = useState<StagedIssue | null>(null)
  const [done, setDone] = useState<string | null>(null)
  useEffect(() => setIssue(loaded.data ?? null), [loaded.data])
  if (done) {
    return (
      <Stack p="xl" gap="sm" data-testid="review-done">
        <Text fw={600} role="status">{done}</Text>
        <Anchor href="#/review">回到待核对列表</Anchor>
        <Anchor href="#/">到文库中浏览 →</Anchor>
      </Stack>
    )
  }
  if (loaded.error) {
    return (
      <Stack p="xl"><ErrorNotice error={loaded.error} /><Anchor href="#/review" onClick={() => navigate('#/review')}>回到待核对列表</Anchor></Stack>
    )
  }
  if (!issue) return <Loader m="xl" aria-label="正在加载" />
  return <ReviewScreen key={issue.id} issue={issue} onChanged={setIssue} onDone={setDone} />
}

export function ReviewPage({ id }: { id: number | null }) {
  return id === null ? <StagedIssueList /> : <StagedIssueScreen id={id} />
}

/** Shown beside its documents as PDF pages: a PDF, page images, or a scanned OFD read by OCR. */
function shownAsScan(issue: { mediaType: string; ocr?: boolean }): boolean {
  return issue.mediaType === 'application/pdf' || issue.mediaType.startsWith('image/') || (issue.mediaType === 'application/ofd' && !!issue.ocr)
}

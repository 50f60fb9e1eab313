// One staged document on the review screen: its confidence and reasons, its fields fixed inline,
// approve (核对无误), merge with the next document, split at a paragraph.
import { Alert, Badge, Button, Group, List, NumberInput, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import { useEffect, useState } from 'react'
import type { StagedDocument, StagedDocumentChanges } from '../../../../shared/domain'
import { confidenceColor, isStillDoubtful, percent } from './review-order'
import { OcrBadge } from './StagedDocList'
import { isOcr } from '../../ocr-marks'

interface Props {
  doc: StagedDocument
  isLast: boolean
  busy: boolean
  onEdit(changes: StagedDocumentChanges): void
  onApprove(): void
  onMerge(): void
  onSplit(atBlock: number): void
}

interface Draft {
  title: string
  docNumber: string
  category: string
  issuers: string
  date: string
}

const draftOf = (d: StagedDocument): Draft => ({
  title: d.title,
  docNumber: d.docNumber ?? '',
  category: d.category ?? '',
  issuers: d.issuers.join('、'),
  date: d.date ?? '',
})

/** Only the fields that differ from the document go out. */
function changesOf(doc: StagedDocument, d: Draft): StagedDocumentChanges {
  const was = draftOf(doc)
  const c: StagedDocumentChanges = {}
  if (d.title.trim() !== was.title) c.title = d.title.trim()
  if (d.docNumber.trim() !== was.docNumber) c.docNumber = d.docNumber.trim() || null
  if (d.category.trim() !== was.category) c.category = d.category.trim() || null
  if (d.issuers.trim() !== was.issuers) c.issuers = d.issuers.split(/[、,，;；]/).map((s) => s.trim()).filter(Boolean)
  if (d.date.trim() !== was.date) c.date = d.date.trim() || null
  return c
}

const FIELD_NAMES: Record<string, string> = { title: '标题', docNumber: '文号', category: '栏目', issuers: '发文机关', date: '成文日期', split: '拆分', merge: '合并' }

export function StagedDocEditor({ doc, isLast, busy, onEdit, onApprove, onMerge, onSplit }: Props) {
  const [draft, setDraft] = useState(() => draftOf(doc))
  const [splitAt, setSplitAt] = useState<number | string>('')
  useEffect(() => setDraft(draftOf(doc)), [doc])
  const changes = changesOf(doc, draft)
  const dirty = Object.keys(changes).length > 0
  const badDate = draft.date.trim() !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(draft.date.trim())
  const field = (key: keyof Draft, label: string, placeholder?: string) => (
    <TextInput label={label} value={draft[key]} placeholder={placeholder} disabled={busy}
      error={key === 'date' && badDate ? '请写作 2022-02-15' : undefined}
      onChange={(e) => setDraft({ ...draft, [key]: e.currentTarget.value })} />
  )
  return (
    <Paper withBorder p="sm" style={{ flex: 1, minWidth: 0 }} aria-label={`第 ${doc.seq} 份文件`} data-testid="staged-doc">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Title order={4} size="sm">第 {doc.seq} 份 · 置信度 <Badge color={confidenceColor(doc)} variant="light">{percent(doc.confidence)}</Badge>{isOcr(doc) && <> <OcrBadge size="sm" /></>}</Title>
          {doc.review ? (
            <Badge color="teal" variant="light">已核对 · {doc.review.by}</Badge>
          ) : (
            <Button size="xs" color={isStillDoubtful(doc) ? 'red' : 'teal'} disabled={busy || dirty} onClick={onApprove}>核对无误</Button>
          )}
        </Group>
        {(doc.reasons ?? []).length > 0 && (
          <Alert color={doc.review ? 'gray' : 'orange'} p="xs" title={doc.review ? '识别时的疑点（已核对）' : '识别时的疑点'}>
            <List size="sm" spacing={0}>{(doc.reasons ?? []).map((r) => <List.Item key={r.code}>{r.message}</List.Item>)}</List>
          </Alert>
        )}
        {doc.edited?.length ? <Text size="xs" c="dimmed">已修改：{doc.edited.map((f) => FIELD_NAMES[f] ?? f).join('、')}</Text> : null}
        <form onSubmit={(e) => {
          e.preventDefault()
          if (dirty && !badDate) onEdit(changes)
        }}>
          <Stack gap={6}>
            {field('title', '标题')}
            <Group grow gap="xs">
              {field('docNumber', '文号', '无')}
              {field('date', '成文日期', '2022-02-15')}
            </Group>
            <Group grow gap="xs">
              {field('category', '栏目', '未确定')}
              {field('issuers', '发文机关（多个用“、”分隔）', '未找到')}
            </Group>
            <Group gap="xs">
              <Button type="submit" size="xs" disabled={!dirty || badDate || busy}>保存修改</Button>
              {dirty && <Button size="xs" variant="subtle" onClick={() => setDraft(draftOf(doc))}>撤销</Button>}
            </Group>
          </Stack>
        </form>
        <Group gap="xs" align="flex-end">
          <NumberInput size="xs" w={150} label={`从第几段拆分（2–${doc.blocks.length}）`} min={2} max={doc.blocks.length} value={splitAt} onChange={setSplitAt} disabled={busy || doc.blocks.length < 2} />
          <Button size="xs" variant="default" disabled={busy || typeof splitAt !== 'number' || splitAt < 2 || splitAt > doc.blocks.length} onClick={() => onSplit(Number(splitAt) - 1)}>拆分</Button>
          <Button size="xs" variant="default" disabled={busy || isLast} onClick={onMerge}>与下一份合并</Button>
        </Group>
        <Text size="xs" c="dimmed">正文 {doc.blocks.length} 段：{doc.blocks.slice(0, 2).map((b) => b.text.slice(0, 30)).join(' / ')}…</Text>
      </Stack>
    </Paper>
  )
}

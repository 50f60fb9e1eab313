// Validity: the status banner (已废止 / 已修改 / 有效期已延长, linking to the document that did it) and
// the relations both ways (废止了 … / 被 … 废止).
import { Alert, Anchor, Badge, Stack, Text } from '@mantine/core'
import type { DocumentRelation, GazetteDocument, RelationKind, ValidityStatus } from '../../../shared/domain'

const STATUS: Record<ValidityStatus, { label: string; color: string; kind: RelationKind }> = {
  repealed: { label: '已废止', color: 'red', kind: 'repeals' },
  amended: { label: '已修改', color: 'orange', kind: 'amends' },
  extended: { label: '有效期已延长', color: 'blue', kind: 'extends' },
}

const OUTGOING: Record<RelationKind, string> = { repeals: '废止了', amends: '修改了', extends: '延长了有效期：' }
const INCOMING: Record<RelationKind, [string, string]> = {
  repeals: ['被', '废止'],
  amends: ['被', '修改'],
  extends: ['有效期被', '延长'],
}

function sourceLabel(r: DocumentRelation): string {
  return [r.sourceDocNumber, r.sourceTitle && `《${r.sourceTitle}》`].filter(Boolean).join(' ') || '另一文件'
}

/** The banner over the document; null when it is in force as far as the archive knows. */
export function StatusBanner({ doc }: { doc: GazetteDocument }) {
  if (!doc.status) return null
  const s = STATUS[doc.status]
  const by = (doc.relations ?? []).filter((r) => r.direction === 'incoming' && r.kind === s.kind)
  return (
    <Alert color={s.color} variant="light" mb="md" maw={820} mx="auto" data-testid="status-banner"
      title={<Badge color={s.color} variant="filled" radius="sm">{s.label}</Badge>}>
      {by.map((r) => (
        <Text size="sm" key={`${r.sourceId}`}>
          {INCOMING[r.kind][0]} <Anchor href={`#/doc/${r.sourceId}`} size="sm">{sourceLabel(r)}</Anchor> {INCOMING[r.kind][1]}
        </Text>
      ))}
    </Alert>
  )
}

function RelationLine({ r }: { r: DocumentRelation }) {
  if (r.direction === 'incoming') {
    const [before, after] = INCOMING[r.kind]
    return <Text size="sm">{before} <Anchor href={`#/doc/${r.sourceId}`} size="sm">{sourceLabel(r)}</Anchor> {after}</Text>
  }
  return (
    <Text size="sm">
      {OUTGOING[r.kind]}{' '}
      {r.targetId !== null ? <Anchor href={`#/doc/${r.targetId}`} size="sm">{r.docNumber}</Anchor> : <Text span c="dimmed" size="sm">{r.docNumber}（未收录）</Text>}
    </Text>
  )
}

export function RelationsList({ relations }: { relations: DocumentRelation[] }) {
  return (
    <Stack gap={4} data-testid="relations">
      {relations.map((r, i) => <RelationLine key={i} r={r} />)}
    </Stack>
  )
}

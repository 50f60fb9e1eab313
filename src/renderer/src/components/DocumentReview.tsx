// On the document page: how far the importer trusted this document, why, and who checked it when.
import { Alert, Button, List, Text } from '@mantine/core'
import type { GazetteDocument } from '../../../shared/domain'
import { useApi } from '../api-context'
import { useAction } from '../hooks/useAction'
import { archiveChanged } from '../hooks/useArchive'

const DOUBTFUL_BELOW = 0.7

/** 2026-12-01T18:04:05.000Z → 2026-12-01 18:04 (local time). */
function when(iso: string): string {
  const d = new Date(iso)
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`
}

export function DocumentReview({ doc }: { doc: GazetteDocument }) {
  const { archive } = useApi()
  const approve = useAction(async () => {
    await archive.approveDocument({ id: doc.id })
    archiveChanged()
  })
  const reasons = doc.reasons ?? []
  const reviewed = doc.reviewedAt ? `已核对：${doc.reviewedBy ?? '未署名'}，${when(doc.reviewedAt)}` : null
  if (doc.confidence === null || doc.confidence === undefined) {
    return reviewed ? <Text size="sm" c="teal.8">{reviewed}</Text> : null
  }
  const doubtful = doc.confidence < DOUBTFUL_BELOW && !doc.reviewedAt
  return (
    <Alert color={doubtful ? 'red' : reasons.length && !reviewed ? 'yellow' : 'teal'} p="xs" data-testid="document-review"
      title={`识别置信度 ${Math.round(doc.confidence * 100)}%${doubtful ? '（待核对）' : ''}`}>
      {reasons.length > 0 && (
        <List size="sm" spacing={0}>{reasons.map((r) => <List.Item key={r.code}>{r.message}</List.Item>)}</List>
      )}
      <Text size="sm" mt={4}>{reviewed ?? '尚未经人工核对'}</Text>
      {!reviewed && reasons.length > 0 && (
        <Button size="xs" mt={6} color={doubtful ? 'red' : 'teal'} loading={approve.busy} onClick={() => void approve.run()}>核对无误</Button>
      )}
      {approve.error && <Text size="sm" c="red">{approve.error.message}</Text>}
    </Alert>
  )
}

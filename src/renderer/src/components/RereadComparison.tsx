// What re-reading an issue would change: counts, confidence, red warnings, documents added and
// missing, changed fields (old → new) and the staff corrections that would no longer apply.
import { Alert, Badge, Group, List, Stack, Table, Text } from '@mantine/core'
import { confidenceChanged, type DocumentBrief, type DocumentPair, type RereadPreview } from '../../../shared/issue-comparison'

const pct = (c: number | null): string => (c === null ? '未记录' : `${Math.round(c * 100)}%`)
const docName = (d: DocumentBrief): string => `${d.docNumber ?? `第${d.seq}份`} ${d.title}`

function Confidence({ d }: { d: DocumentBrief }) {
  if (d.confidence === null) return <Text span c="dimmed" size="xs">未记录</Text>
  return <Text span size="xs" c={d.doubtful ? 'red' : undefined}>{pct(d.confidence)}{d.doubtful ? '（存疑）' : ''}</Text>
}

function DocList({ title, docs, sign, color }: { title: string; docs: DocumentBrief[]; sign: string; color: string }) {
  if (!docs.length) return null
  return (
    <section aria-label={title}>
      <Text fw={600} size="sm" c={color}>{title}（{docs.length} 份）</Text>
      <List size="sm" spacing={2} listStyleType="none">
        {docs.map((d) => <List.Item key={`${d.seq}-${d.title}`}>{sign} {docName(d)} <Confidence d={d} /></List.Item>)}
      </List>
    </section>
  )
}

function ChangedRows({ pair }: { pair: DocumentPair }) {
  const confChanged = confidenceChanged(pair)
  const rows = [...pair.changes.map((c) => ({ label: c.label, old: c.old, new: c.new }))]
  if (confChanged) rows.push({ label: '可信度', old: pct(pair.old.confidence), new: pct(pair.new.confidence) })
  return rows.map((r, i) => (
    <Table.Tr key={`${pair.new.seq}-${r.label}`}>
      {i === 0 && <Table.Td rowSpan={rows.length} style={{ verticalAlign: 'top' }}>{docName(pair.old)}</Table.Td>}
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.label}</Table.Td>
      <Table.Td className="reread-old">{r.old}</Table.Td>
      <Table.Td className="reread-new">{r.new}</Table.Td>
    </Table.Tr>
  ))
}

function ChangedTable({ pairs }: { pairs: DocumentPair[] }) {
  const shown = pairs.filter((p) => p.changes.length || confidenceChanged(p))
  if (!shown.length) return null
  return (
    <section aria-label="有变化的文件">
      <Text fw={600} size="sm">有变化的文件（{shown.length} 份）</Text>
      <Table withTableBorder withColumnBorders fz="sm" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr><Table.Th w="34%">文件</Table.Th><Table.Th w={72}>字段</Table.Th><Table.Th>档案中</Table.Th><Table.Th>新版本</Table.Th></Table.Tr>
        </Table.Thead>
        <Table.Tbody>{shown.map((p) => <ChangedRows key={p.new.seq} pair={p} />)}</Table.Tbody>
      </Table>
    </section>
  )
}

/** `replacing`: another file replaces the issue (安全替换), so its original changes too. */
export function RereadComparison({ preview, replacing = false }: { preview: RereadPreview; replacing?: boolean }) {
  const c = preview.comparison
  const { old: o, new: n } = c.confidence
  const { total, notReapplied } = preview.corrections
  return (
    <Stack gap="sm">
      <Group gap="lg" data-testid="reread-counts">
        <Text size="sm">文件数：<b>{c.counts.old} → {c.counts.new}</b></Text>
        <Text size="sm">字段有变化：<b>{c.changed}</b> 份</Text>
        <Text size="sm">平均可信度：{pct(o.mean)} → {pct(n.mean)}</Text>
        <Text size="sm">存疑：{o.doubtful} → {n.doubtful} 份</Text>
      </Group>
      {c.warn && (
        <Alert color="red" title="请注意：新版本的识别结果可能更差" data-testid="reread-warning">
          <List size="sm">{c.warningMessages.map((m) => <List.Item key={m}>{m}</List.Item>)}</List>
        </Alert>
      )}
      {c.same && <Text c="teal.8">新版本的识别结果与档案中相同，无需应用。</Text>}
      {preview.issueChanges.map((ch) => <Text key={ch.label} size="sm">本期{ch.label}：{ch.old} → {ch.new}</Text>)}
      <DocList title="新增（档案中没有）" docs={c.onlyNew} sign="+" color="teal.8" />
      <DocList title="缺少（新版本没有）" docs={c.onlyOld} sign="−" color="red" />
      <ChangedTable pairs={c.pairs} />
      {total > 0 && (
        <Alert color={notReapplied.length ? 'yellow' : 'gray'} title={`人工更正 ${total} 条：将保留 ${total - notReapplied.length} 条`}>
          {notReapplied.length > 0 && <List size="sm">{notReapplied.map((m) => <List.Item key={m}>{m}</List.Item>)}</List>}
        </Alert>
      )}
      {!replacing && <Group gap="xs"><Badge variant="light" color="gray">原件</Badge><Text size="xs" c="dimmed">{preview.file}（原件不变）</Text></Group>}
    </Stack>
  )
}

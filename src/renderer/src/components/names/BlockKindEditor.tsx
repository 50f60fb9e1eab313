// 段落类型: each paragraph of the body with its kind (正文, 标题, 署名, 成文日期, 附件标题…); a change
// is saved at once as a correction in the history, and export lays the paragraph out by its kind.
import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core'
import type { BlockKind, GazetteDocument } from '../../../../shared/domain'
import { BLOCK_KIND_LABEL, BLOCK_KINDS } from '../../../../shared/block-kinds'
import { useApi } from '../../api-context'
import { useAction } from '../../hooks/useAction'
import { archiveChanged } from '../../hooks/useArchive'
import { useSettings } from '../../hooks/useSettings'

const OPTIONS = BLOCK_KINDS.map((k) => ({ value: k, label: BLOCK_KIND_LABEL[k] }))

export function BlockKindEditor({ doc, onClose }: { doc: GazetteDocument; onClose(): void }) {
  const { archive } = useApi()
  const { requireEditor } = useSettings()
  const saving = useAction(async (atBlock: number, kind: BlockKind) => {
    const editor = await requireEditor()
    if (!editor) return
    await archive.setBlockKind({ id: doc.id, atBlock, kind, editor })
    archiveChanged() // the body, its history and the export follow
  })
  return (
    <Paper withBorder p="lg" component="section" aria-label="段落类型">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">段落类型</Title>
        <Button onClick={onClose}>完成</Button>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">导出和打印按段落类型排版（标题用黑体、署名和日期居右等）。每次改动立即保存，并记入修改记录。</Text>
      {saving.error && <Alert color="red" role="alert" mb="sm">{saving.error.message}</Alert>}
      <Stack gap={6}>
        {doc.blocks.map((b, i) => (
          <Group key={i} gap="sm" wrap="nowrap" align="flex-start">
            <NativeSelect aria-label={`第 ${i + 1} 段的类型`} data={OPTIONS} value={b.kind} w={190} size="xs" disabled={saving.busy}
              onChange={(e) => void saving.run(i, e.currentTarget.value as BlockKind)} />
            <Text size="sm" style={{ flex: 1, minWidth: 0 }} lineClamp={2}>{b.text}</Text>
          </Group>
        ))}
      </Stack>
    </Paper>
  )
}

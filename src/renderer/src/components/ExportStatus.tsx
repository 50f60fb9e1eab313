// The outcome of a save/download (catalogue, zip): where it went, or the error.
import { Alert, CloseButton, Group, Text } from '@mantine/core'
import type { SaveExport } from '../hooks/useSaveExport'

export function ExportStatus({ exporter }: { exporter: SaveExport }) {
  if (!exporter.status && !exporter.error) return null
  return (
    <Alert color={exporter.error ? 'red' : 'green'} py={6} mx="md" mt="xs" role="status">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{exporter.error ? `导出失败：${exporter.error.message}` : exporter.status}</Text>
        <CloseButton size="sm" aria-label="关闭提示" onClick={exporter.clear} />
      </Group>
    </Alert>
  )
}

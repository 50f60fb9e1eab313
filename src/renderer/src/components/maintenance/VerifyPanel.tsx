// 检查档案: runs verifyArchive and shows the report in words (the CLI's verify, for staff).
import { Alert, Button, List, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import type { ArchiveCheckReport } from '../../../../shared/domain'
import { useApi } from '../../api-context'
import { useAction } from '../../hooks/useAction'

const state = (ok: boolean): string => (ok ? '正常' : '有问题')

function Report({ r }: { r: ArchiveCheckReport }) {
  return (
    <Alert color={r.ok ? 'green' : 'red'} title={r.ok ? '检查通过' : `发现 ${r.problems.length} 个问题`} data-testid="verify-report">
      <Stack gap={4}>
        <Text size="sm">数据库完整性：{state(r.integrityOk)}；全文索引：{state(r.ftsOk)}</Text>
        <Text size="sm">原件：已校验 {r.filesChecked} 个（SHA-256）；文件 {r.documents} 份</Text>
        {r.unreferenced > 0 && (
          <Text size="sm" c="dimmed">
            另有未登记的原件 {r.unreferenced} 个：导入中断时留下，不影响档案；再次导入同一文件时会复用。
          </Text>
        )}
        {!r.ok && (
          <List size="sm" spacing={2}>
            {r.problems.map((p) => <List.Item key={p}>{p}</List.Item>)}
          </List>
        )}
        {!r.ok && <Text size="sm">请先不要删除任何备份，并联系技术支持；必要时可从下面的备份恢复。</Text>}
      </Stack>
    </Alert>
  )
}

export function VerifyPanel() {
  const { archive } = useApi()
  const [report, setReport] = useState<ArchiveCheckReport | null>(null)
  const verifying = useAction(async () => setReport(await archive.verifyArchive({})))
  const { busy, error } = verifying
  return (
    <Stack gap="xs">
      <Title order={4} size="h5">检查档案</Title>
      <Text size="sm" c="dimmed">检查数据库、全文索引，并逐个核对每个原件的 SHA-256。档案很大时需要几分钟，期间可以照常使用。</Text>
      <div>
        <Button onClick={() => void verifying.run()} loading={busy}>检查档案</Button>
      </div>
      {busy && <Text size="sm" role="status">正在检查，请稍候…</Text>}
      {error && <Text c="red" size="sm" role="alert">{error.message}</Text>}
      {report && !busy && <Report r={report} />}
    </Stack>
  )
}

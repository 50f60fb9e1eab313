// The review screen's head: the issue, what the importer found against the 目录, and 入库 / 放弃.
import { Alert, Button, Group, List, Modal, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import type { StagedIssue } from '../../../../shared/domain'
import { OcrBadge } from './StagedDocList'
import { IdentityGaps } from '../identity/IdentityGaps'

interface Props {
  issue: StagedIssue
  busy: boolean
  onSave(replace: boolean): void
  onDiscard(): void
  /** Opens 本期信息 (gazette, year, 期, 总期号, date). */
  onEditIdentity(): void
}

export function ReviewHeader({ issue, busy, onSave, onDiscard, onEditIdentity }: Props) {
  const [confirm, setConfirm] = useState<'discard' | null>(null)
  const replace = issue.held
  const doubtful = issue.doubtfulCount
  return (
    <Stack gap="xs" p="md" pb="xs" style={{ borderBottom: '1px solid #e9ecef' }}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div>
          <Group gap="xs"><Title order={2} size="h3">核对：{issue.label}</Title>{issue.ocr && <OcrBadge size="sm" />}</Group>
          <Text size="sm" c="dimmed">
            {issue.originalName} · 共 {issue.documentCount} 份文件
            {issue.toc.length ? ` · 目录 ${issue.toc.length} 条，对上 ${issue.tocMatched} 条` : ' · 未识别到目录'}
            {issue.meta.totalNo ? ` · 总第${issue.meta.totalNo}期` : ''}
            {issue.meta.publishedOn ? ` · 出版 ${issue.meta.publishedOn}` : ''}
            <Button size="compact-xs" variant="subtle" ml={4} disabled={busy} onClick={onEditIdentity}>本期信息…</Button>
          </Text>
        </div>
        <Group gap="xs" wrap="nowrap">
          <Button variant="default" color="gray" disabled={busy} onClick={() => setConfirm('discard')}>放弃</Button>
          <Button color={doubtful ? 'orange' : 'red'} disabled={busy} onClick={() => onSave(replace)} data-testid="save-staged">
            {replace ? '替换入库' : '入库'}{doubtful ? `（仍有 ${doubtful} 份存疑）` : ''}
          </Button>
        </Group>
      </Group>
      {doubtful > 0 ? (
        <Text size="sm" c="red.8" role="status" data-testid="review-status">还有 {doubtful} 份文件存疑，请逐份核对后点“核对无误”；也可直接入库，它们在文库中仍列为“待核对”。</Text>
      ) : (
        <Text size="sm" c="teal.8" role="status" data-testid="review-status">没有存疑的文件，可以入库。</Text>
      )}
      {issue.ocr && <Text size="sm" c="grape.8" data-testid="review-ocr-note">本期由扫描件文字识别（OCR）得到：识别把握不大的字在原文对照中以橙色标出，请逐份对照扫描页核对。</Text>}
      <IdentityGaps issue={issue} onFix={onEditIdentity} />
      {replace && <Alert color="red" p="xs">档案中已有这一期：入库会替换它（替换前自动备份的功能见“替换”）。</Alert>}
      {issue.warnings.length > 0 && (
        <Alert color="yellow" p="xs" title={`${issue.warnings.length} 条提示`}>
          <List size="sm" spacing={0}>{issue.warnings.slice(0, 5).map((w) => <List.Item key={w}>{w}</List.Item>)}</List>
        </Alert>
      )}
      <Modal opened={confirm === 'discard'} onClose={() => setConfirm(null)} title="放弃这一期？">
        <Text size="sm">{issue.label}（{issue.originalName}）不会进入档案，核对中的修改也一并丢弃。</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setConfirm(null)}>取消</Button>
          <Button color="red" onClick={() => {
            setConfirm(null)
            onDiscard()
          }}>确认放弃</Button>
        </Group>
      </Modal>
    </Stack>
  )
}

// Notices for files the inbox folder imported: "收件文件夹导入了 2022年第3期（45 件）", with the report.
import { Anchor, Modal, Notification, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import type { ImportReport } from '../../../shared/domain'
import { dismissNotice, useInboxNotices } from '../hooks/useInboxNotices'
import { noticeText } from '../doc-edit'
import { ImportReportView } from './ImportReportView'

export function InboxNotices() {
  const notices = useInboxNotices()
  const [open, setOpen] = useState<ImportReport | null>(null)
  return (
    <>
      <Stack className="notices" gap="xs" role="region" aria-label="通知" aria-live="polite">
        {notices.map((n) => (
          <Notification
            key={n.id}
            color={n.report.failed.length && !n.report.imported.length ? 'red' : n.report.staged?.length ? 'orange' : 'green'}
            title="收件文件夹"
            onClose={() => dismissNotice(n.id)}
            closeButtonProps={{ 'aria-label': '关闭通知' }}
            data-testid="inbox-notice"
          >
            <Text size="sm">{noticeText(n.report)}</Text>
            <Anchor component="button" type="button" size="sm" onClick={() => setOpen(n.report)}>
              查看导入报告
            </Anchor>
          </Notification>
        ))}
      </Stack>
      <Modal opened={!!open} onClose={() => setOpen(null)} size="lg" title="收件文件夹导入报告" closeButtonProps={{ 'aria-label': '关闭' }}>
        {open && <ImportReportView report={open} busy={false} canReplace={() => false} onReplace={() => {}} />}
      </Modal>
    </>
  )
}

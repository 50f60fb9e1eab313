// 本期信息 of a staged issue under 待核对: its gazette, year, 期, 总期号 and date set before 入库. A 期
// the archive holds is refused with that issue named; 替换 then marks the staged issue to replace it
// on 入库, as an import asked to replace would.
import { Alert, Button, Modal, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import type { StagedIssue } from '../../../../shared/domain'
import type { IssueIdentity, IssueIdentityChanges } from '../../../../shared/issue-identity'
import { useApi } from '../../api-context'
import { useAction } from '../../hooks/useAction'
import { archiveChanged } from '../../hooks/useArchive'
import { IssueIdentityForm } from './IssueIdentityForm'

export function stagedIdentity(issue: StagedIssue): IssueIdentity {
  return { gazette: issue.gazette, year: issue.year, issueNo: issue.issueNo, totalNo: issue.meta.totalNo ?? null, publishedOn: issue.meta.publishedOn ?? null }
}

export function StagedIdentityModal({ issue, onChanged, onClose }: { issue: StagedIssue; onChanged(i: StagedIssue): void; onClose(): void }) {
  const { archive } = useApi()
  const [asked, setAsked] = useState<IssueIdentityChanges | null>(null)
  const act = useAction(async (changes: IssueIdentityChanges, replace: boolean) => {
    const next = await archive.editStagedIssue({ id: issue.id, changes, replace: replace || undefined })
    onChanged(next)
    archiveChanged() // the 待核对 list and its counts
    onClose()
  })
  const save = (changes: IssueIdentityChanges, replace = false) => {
    setAsked(changes)
    void act.run(changes, replace)
  }
  // The refusal names the issue held; 替换 is offered only for that refusal.
  const offerReplace = act.error?.code === 'ISSUE_EXISTS'
  return (
    <Modal opened onClose={onClose} title="本期信息" size="lg" closeButtonProps={{ 'aria-label': '关闭' }}>
      <Stack gap="sm">
        <Text size="sm">按原件填写这一期的公报名称、年份和期号；入库时按这里填写的保存。期号与档案中的另一期相同时，会说明是哪一期，并可选择入库时替换它。</Text>
        <IssueIdentityForm current={stagedIdentity(issue)}
          actions={(changes) => (
            <>
              <Button variant="default" onClick={onClose}>取消</Button>
              {/* Only for the values refused: edited since, they are checked afresh. */}
              {offerReplace && asked && JSON.stringify(asked) === JSON.stringify(changes) && (
                <Button color="red" variant="outline" loading={act.busy} onClick={() => save(asked, true)}>替换档案中的那一期</Button>
              )}
              <Button loading={act.busy} disabled={!changes} onClick={() => changes && save(changes)}>保存</Button>
            </>
          )} />
        {act.error && (
          <Alert color={offerReplace ? 'orange' : 'red'} p="xs" role="alert">
            {act.error.message}
          </Alert>
        )}
      </Stack>
    </Modal>
  )
}

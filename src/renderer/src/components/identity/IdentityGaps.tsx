// What an issue does not say about itself (its gazette's name, its year, its 期) and the fix, one
// click away: shown on the issue's page and on its review screen.
import { Alert, Button, Group, Text } from '@mantine/core'
import { gapsShown, identityGaps } from '../../../../shared/issue-identity'

export function IdentityGaps({ issue, onFix }: { issue: { gazette: string; year: number; issueNo: number }; onFix(): void }) {
  const gaps = identityGaps(issue)
  if (!gaps.length) return null
  const noIssueNo = gaps.includes('issueNo') || gaps.includes('year')
  return (
    <Alert color="orange" p="xs" data-testid="identity-gaps" aria-label="本期信息未写明">
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">
          {gapsShown(gaps)}。
          {noIssueNo ? '没有年份和期号的期无法与其他各期区分，也不会在馆藏概览中算作某一期；' : ''}
          请对照原件填写。
        </Text>
        <Button size="xs" color="orange" onClick={onFix} style={{ flexShrink: 0 }}>填写本期信息</Button>
      </Group>
    </Alert>
  )
}

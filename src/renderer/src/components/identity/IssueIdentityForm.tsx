// The fields of an issue's own identity (公报名称, 年份, 期号, 总期号, 出版日期), checked as the service
// checks them (shared/issue-identity.ts) before anything is sent. A value the issue does not print
// (（未写明公报名称）…, year or 期 0) starts empty, to be filled in; an empty field left so stays.
import { Group, SimpleGrid, Text, TextInput } from '@mantine/core'
import { useState, type ReactNode } from 'react'
import { isNameless } from '../../../../shared/gazette-shown'
import { changedFields, identityProblems, type IssueIdentity, type IssueIdentityChanges } from '../../../../shared/issue-identity'

interface Props {
  current: IssueIdentity
  /** The buttons under the fields; they get the changes (null: nothing changed or a check failed). */
  actions(changes: IssueIdentityChanges | null, problems: string[]): ReactNode
  /** Extra fields (a note) between the fields and the buttons. */
  children?: ReactNode
}

const shown = (n: number | null): string => (n ? String(n) : '')

function toNumber(s: string): number {
  const t = s.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
  return t === '' ? NaN : Number(t)
}

/** What the fields ask to change: empty fields that were empty stay unchanged. */
function changesOf(current: IssueIdentity, v: Record<keyof IssueIdentity, string>): IssueIdentityChanges {
  const c: IssueIdentityChanges = {}
  if (v.gazette.trim() || !isNameless(current.gazette)) c.gazette = v.gazette
  if (v.year.trim() || current.year) c.year = toNumber(v.year)
  if (v.issueNo.trim() || current.issueNo) c.issueNo = toNumber(v.issueNo)
  c.totalNo = v.totalNo.trim() ? toNumber(v.totalNo) : null
  c.publishedOn = v.publishedOn.trim() || null
  return c
}

export function IssueIdentityForm({ current, actions, children }: Props) {
  const [v, setV] = useState<Record<keyof IssueIdentity, string>>({
    gazette: isNameless(current.gazette) ? '' : current.gazette,
    year: shown(current.year),
    issueNo: shown(current.issueNo),
    totalNo: shown(current.totalNo),
    publishedOn: current.publishedOn ?? '',
  })
  const [touched, setTouched] = useState(false)
  const set = (k: keyof IssueIdentity) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value
    setTouched(true)
    setV((old) => ({ ...old, [k]: value }))
  }
  const asked = changesOf(current, v)
  const problems = identityProblems(asked)
  const changes = !problems.length && changedFields(current, asked).length ? asked : null
  const missing = (on: boolean) => (on ? '未写明，请对照原件填写' : undefined)
  // The field a problem is about, outlined red (the sentence says what is wrong, under the fields).
  const bad = (k: keyof IssueIdentity): boolean => touched && asked[k] !== undefined && identityProblems({ [k]: asked[k] }).length > 0
  return (
    <>
      <TextInput label="公报名称" value={v.gazette} onChange={set('gazette')} data-autofocus error={bad('gazette')}
        placeholder={missing(isNameless(current.gazette))} description={isNameless(current.gazette) ? `现为${current.gazette}` : undefined} />
      <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
        <TextInput label="年份" value={v.year} onChange={set('year')} error={bad('year')} placeholder={missing(!current.year) ?? '如 2022'} inputMode="numeric" />
        <TextInput label="期号" value={v.issueNo} onChange={set('issueNo')} error={bad('issueNo')} placeholder={missing(!current.issueNo) ?? '如 6'} inputMode="numeric"
          leftSection={<Text size="sm">第</Text>} rightSection={<Text size="sm">期</Text>} />
        <TextInput label="总期号（可不填）" value={v.totalNo} onChange={set('totalNo')} error={bad('totalNo')} inputMode="numeric"
          leftSection={<Text size="sm">总第</Text>} leftSectionWidth={44} rightSection={<Text size="sm">期</Text>} />
        <TextInput label="出版日期（可不填）" value={v.publishedOn} onChange={set('publishedOn')} error={bad('publishedOn')} placeholder="2022-02-15" />
      </SimpleGrid>
      {children}
      {touched && problems.length > 0 && (
        <Text c="red" size="sm" role="alert" data-testid="identity-problems">{problems.join('；')}</Text>
      )}
      <Group justify="flex-end" gap="xs">{actions(changes, problems)}</Group>
    </>
  )
}

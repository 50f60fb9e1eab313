// Left navigation: 公报 → 年份 → 期, 栏目, 发文机关, 文种, each with counts (getFacets). Every entry is a
// button (Tab reaches the tree; ↑↓←→, Home/End and typing move in it: useTreeKeys).
import { Badge, NavLink, ScrollArea, Text } from '@mantine/core'
import type { Facet, Facets, SearchFilters, YearFacet } from '../../../shared/domain'
import { useReviewCounts } from '../hooks/useStaging'
import { SavedSearchList } from './SavedSearchList'
import { useTreeKeys } from '../hooks/useTreeKeys'
import { gazetteShown } from '../../../shared/gazette-shown'
import { issueShown, yearShown } from '../../../shared/issue-shown'

interface Props {
  gazettes: Facets['gazettes']
  facets: Facets | undefined
  filters: SearchFilters
  onChange(filters: SearchFilters): void
}

/** A tree entry: a real button, so that Tab, Enter and Space reach and choose it. */
const ITEM = { component: 'button', type: 'button', 'data-tree-item': true } as const

const count = (n: number) => (
  <Badge size="sm" variant="light" color="gray" aria-hidden>
    {n}
  </Badge>
)

function FacetGroup(props: { label: string; items: Facet[]; value?: string; onPick(v?: string): void }) {
  if (!props.items.length) return null
  return (
    <NavLink {...ITEM} data-tree-name={props.label} label={props.label} defaultOpened={props.items.length <= 8 || !!props.value} childrenOffset={8}>
      {props.items.map((f) => (
        <NavLink
          {...ITEM}
          data-tree-name={f.value}
          key={f.value}
          label={f.value}
          active={props.value === f.value}
          rightSection={count(f.count)}
          aria-label={`${props.label}：${f.value}，${f.count} 件`}
          onClick={() => props.onPick(props.value === f.value ? undefined : f.value)}
        />
      ))}
    </NavLink>
  )
}

/** 待核对: documents the importer doubts that nobody has approved yet. */
function ToReview({ active, onPick }: { active: boolean; onPick(on: boolean): void }) {
  const n = useReviewCounts().data?.doubtfulDocuments ?? 0
  if (!n && !active) return null
  return (
    <NavLink {...ITEM} data-tree-name="待核对" label="待核对" active={active} color="red" aria-label={`待核对：${n} 件`} data-testid="nav-to-review"
      rightSection={<Badge size="sm" variant="light" color="red" aria-hidden>{n}</Badge>} onClick={() => onPick(!active)} />
  )
}

type Base = Pick<SearchFilters, 'category' | 'issuer' | 'docType'>

/** One gazette's years → 期. Only the open year's 期 are rendered: decades hold thousands. */
function GazetteYears(props: { gazette: string; years: YearFacet[]; filters: SearchFilters; base: Base; onChange(f: SearchFilters): void }) {
  const { gazette, years, filters, base, onChange } = props
  const issueYear = years.find((y) => y.issues.some((i) => i.id === filters.issueId))?.year
  const here = filters.gazette === gazette || issueYear !== undefined
  // The year chosen, the year of the 期 chosen, else the newest year.
  const openYear = (here ? (filters.year ?? issueYear) : undefined) ?? years[0]?.year
  return years.map((y) => {
    const open = y.year === openYear
    return (
      <NavLink
        {...ITEM}
        data-tree-name={`${y.year}年`}
        key={y.year}
        label={yearShown(y.year)}
        active={here && filters.year === y.year && !filters.issueId}
        rightSection={count(y.count)}
        opened={open}
        disableRightSectionRotation
        childrenOffset={16}
        aria-expanded={open}
        onClick={() => onChange({ ...base, gazette, year: y.year })}
      >
        {open &&
          y.issues.map((i) => (
            <NavLink
              {...ITEM}
              data-tree-name={`第${i.issueNo}期`}
              key={i.id}
              label={issueShown(y.year, i.issueNo)}
              aria-label={`${gazette} ${issueShown(y.year, i.issueNo)}，${i.count} 件`}
              active={filters.issueId === i.id}
              rightSection={count(i.count)}
              onClick={() => onChange({ ...base, issueId: i.id })}
            />
          ))}
      </NavLink>
    )
  })
}

export function NavPanel({ gazettes, facets, filters, onChange }: Props) {
  const total = gazettes.reduce((n, g) => n + g.count, 0)
  const onKeyDown = useTreeKeys()
  const base = { category: filters.category, issuer: filters.issuer, docType: filters.docType }
  // The gazette chosen, the gazette of the 期 chosen, else the first.
  const openGazette =
    filters.gazette ?? gazettes.find((g) => g.years.some((y) => y.issues.some((i) => i.id === filters.issueId)))?.gazette ?? gazettes[0]?.gazette
  return (
    <ScrollArea component="aside" className="nav-panel" w={280} aria-label="浏览导航" style={{ borderRight: '1px solid #e9ecef', background: '#fff' }} onKeyDown={onKeyDown}>
      <SavedSearchList />
      <Text size="xs" fw={700} c="dimmed" px="md" pt="md" pb={4}>公报 · 年份 · 期</Text>
      <NavLink {...ITEM} data-tree-name="全部文件" label="全部文件" active={!filters.gazette && !filters.year && !filters.issueId && !filters.doubtful} rightSection={count(total)} onClick={() => onChange(base)} />
      <ToReview active={!!filters.doubtful} onPick={(on) => onChange({ ...base, doubtful: on || undefined })} />
      {gazettes.map((g) => {
        const open = g.gazette === openGazette
        return (
          <NavLink
            {...ITEM}
            data-tree-name={g.gazette}
            key={g.gazette}
            label={gazetteShown(g.gazette)}
            active={filters.gazette === g.gazette && !filters.year && !filters.issueId}
            rightSection={count(g.count)}
            opened={open}
            disableRightSectionRotation
            childrenOffset={12}
            aria-expanded={open}
            onClick={() => onChange({ ...base, gazette: g.gazette })}
          >
            {open && <GazetteYears gazette={g.gazette} years={g.years} filters={filters} base={base} onChange={onChange} />}
          </NavLink>
        )
      })}
      <Text size="xs" fw={700} c="dimmed" px="md" pt="md" pb={4}>分类</Text>
      <FacetGroup label="栏目" items={facets?.categories ?? []} value={filters.category} onPick={(category) => onChange({ ...filters, category })} />
      <FacetGroup label="发文机关" items={facets?.issuers ?? []} value={filters.issuer} onPick={(issuer) => onChange({ ...filters, issuer })} />
      <FacetGroup label="文种" items={facets?.docTypes ?? []} value={filters.docType} onPick={(docType) => onChange({ ...filters, docType })} />
    </ScrollArea>
  )
}

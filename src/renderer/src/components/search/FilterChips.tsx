// The search filters in force as chips: × removes one, 清除全部 removes them all (issue 16).
import { Button, Group, Pill } from '@mantine/core'
import type { Facets, SearchFilters } from '../../../../shared/domain'
import { filterChips, withoutChip } from '../../search-filters'

export function FilterChips({ filters, facets, onChange }: { filters: SearchFilters; facets?: Facets; onChange(f: SearchFilters): void }) {
  const chips = filterChips(filters, facets)
  if (!chips.length) return null
  return (
    <Group gap={6} aria-label="已选筛选条件" role="group" data-testid="filter-chips">
      {chips.map((c) => (
        <Pill key={c.label} size="md" className="filter-chip" withRemoveButton onRemove={() => onChange(withoutChip(filters, c))}
          removeButtonProps={{ 'aria-label': `去掉筛选 ${c.label}` }}>
          {c.label}
        </Pill>
      ))}
      <Button size="compact-sm" variant="subtle" color="gray" onClick={() => onChange({})}>清除全部</Button>
    </Group>
  )
}

// The search filters in force as chips: × removes one, 清除全部 removes them all (issue 16).
import { Button, CloseButton, Group, Pill } from '@mantine/core'
import type { Facets, SearchFilters } from '../../../../shared/domain'
import { filterChips, withoutChip } from '../../search-filters'

export function FilterChips({ filters, facets, onChange }: { filters: SearchFilters; facets?: Facets; onChange(f: SearchFilters): void }) {
  const chips = filterChips(filters, facets)
  if (!chips.length) return null
  return (
    <Group gap={6} aria-label="已选筛选条件" role="group" data-testid="filter-chips">
      {chips.map((c) => (
        // Pill's own remove button is hidden from assistive technology and Tab: a real button here.
        <Pill key={c.label} size="lg" className="filter-chip">
          <Group gap={2} wrap="nowrap">
            {c.label}
            <CloseButton size="xs" aria-label={`去掉筛选 ${c.label}`} onClick={() => onChange(withoutChip(filters, c))} />
          </Group>
        </Pill>
      ))}
      <Button size="compact-sm" variant="subtle" color="gray" onClick={() => onChange({})}>清除全部</Button>
    </Group>
  )
}

// Search results as you type, with highlighted snippets and filters (年份, 栏目, 发文机关, 文种) shown
// as removable chips; the query and filters can be saved by name (the sidebar re-runs them).
import { Badge, Group, Loader, Paper, Select, Stack, Text, TextInput, Anchor } from '@mantine/core'
import { useEffect, useState } from 'react'
import type { SearchFilters, SearchHit } from '../../../shared/domain'
import { ErrorNotice } from '../components/ErrorNotice'
import { FilterChips } from '../components/search/FilterChips'
import { SaveSearchButton } from '../components/search/SaveSearchButton'
import { SearchHelp } from '../components/search/SearchHelp'
import { Snippet } from '../components/Snippet'
import { useFacets } from '../hooks/useArchive'
import { useSearch } from '../hooks/useSearch'
import { activeFilters, filtersFromParams } from '../search-filters'
import { issueShown } from '../../../shared/issue-shown'

const MATCHED_BY: Record<SearchHit['matchedBy'], string> = {
  docNumber: '文号',
  title: '标题',
  body: '正文',
  fuzzy: '近似',
  pinyin: '拼音',
  filter: '筛选',
}

function Hit({ hit }: { hit: SearchHit }) {
  return (
    <Paper withBorder p="sm" component="li" style={{ listStyle: 'none' }}>
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Anchor href={`#/doc/${hit.id}`} fw={600} className="hit-title">{hit.title}</Anchor>
        <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>{MATCHED_BY[hit.matchedBy]}</Badge>
      </Group>
      <Text size="xs" c="dimmed" mt={2}>
        {[hit.docNumber, hit.issuer, hit.date, `${hit.gazette} ${issueShown(hit.year, hit.issueNo)}`, hit.category].filter(Boolean).join('　')}
      </Text>
      <Text size="sm" mt={6} className="hit-snippet"><Snippet text={hit.snippet} /></Text>
    </Paper>
  )
}

export function SearchPage({ params }: { params: URLSearchParams }) {
  const [query, setQuery] = useState(params.get('q') ?? '')
  const [filters, setFilters] = useState<SearchFilters>(() => filtersFromParams(params))
  const facets = useFacets({})
  const { result, error, loading } = useSearch(query, activeFilters(filters), 100)
  // A new address (a saved search clicked, a link) sets both the words and the filters.
  useEffect(() => {
    setQuery(params.get('q') ?? '')
    setFilters(filtersFromParams(params))
  }, [params])

  const options = (list: { value: string; count: number }[] = []) => list.map((f) => ({ value: f.value, label: `${f.value}（${f.count}）` }))
  const years = (facets.data?.years ?? []).map((y) => ({ value: String(y.year), label: `${y.year}年（${y.count}）` }))
  const pick = (k: keyof SearchFilters) => (v: string | null) => setFilters((f) => ({ ...f, [k]: v ? (k === 'year' ? Number(v) : v) : undefined }))

  return (
    <div className="scroll-page">
      <Stack maw={960} mx="auto" p="lg" gap="md">
        <TextInput
          size="md"
          autoFocus
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          placeholder="标题、正文、文号（兴政发〔2022〕8号）或拼音（nmggz）"
          aria-label="检索词"
          rightSection={loading ? <Loader size="xs" /> : null}
        />
        <Group gap="sm" grow>
          <Select aria-label="年份" placeholder="全部年份" data={years} clearable value={filters.year ? String(filters.year) : null} onChange={pick('year')} />
          <Select aria-label="栏目" placeholder="全部栏目" data={options(facets.data?.categories)} clearable value={filters.category ?? null} onChange={pick('category')} />
          <Select aria-label="发文机关" placeholder="全部发文机关" data={options(facets.data?.issuers)} searchable clearable value={filters.issuer ?? null} onChange={pick('issuer')} />
          <Select aria-label="文种" placeholder="全部文种" data={options(facets.data?.docTypes)} clearable value={filters.docType ?? null} onChange={pick('docType')} />
        </Group>
        <Group justify="space-between" align="center" gap="sm">
          <FilterChips filters={filters} facets={facets.data} onChange={setFilters} />
          <SaveSearchButton query={query} filters={filters} />
        </Group>
        {error && <ErrorNotice error={error} />}
        {result && (
          <Text size="sm" c="dimmed" role="status" data-testid="search-summary">
            找到 {result.total} 件，用时 {Math.round(result.tookMs)} 毫秒
          </Text>
        )}
        {result && (
          <SearchHelp
            query={query}
            result={result}
            filtered={Object.keys(activeFilters(filters)).length > 0}
            onQuery={setQuery}
            onClearFilters={() => setFilters({})}
          />
        )}
        {!query.trim() && <Text c="dimmed">输入即检索：支持错别字、近似词、拼音全拼和首字母。</Text>}
        <Stack component="ol" gap="sm" p={0} m={0} aria-label="检索结果">
          {result?.hits.map((h) => <Hit key={h.id} hit={h} />)}
        </Stack>
      </Stack>
    </div>
  )
}

// Ctrl+K quick search over titles, 文号, issuers and pinyin: Enter opens the first (or chosen) hit,
// Ctrl+Enter the full results.
import { Badge, Group, Text } from '@mantine/core'
import { createSpotlight, Spotlight } from '@mantine/spotlight'
import { useState, type KeyboardEvent } from 'react'
import { useSearch } from '../hooks/useSearch'
import { hrefFor, navigate } from '../hooks/useRoute'
import { Snippet, stripMarks } from './Snippet'

const NO_FILTERS = {}
const [store, quick] = createSpotlight()

/** Opens the quick search (the header's button; Ctrl+K opens it too). */
export const openQuickSearch = quick.open

export function QuickSearch() {
  const [query, setQuery] = useState('')
  const { result, loading } = useSearch(query, NO_FILTERS, 12)
  const hits = query.trim() ? (result?.hits ?? []) : []
  const allResults = hrefFor('/search', { q: query.trim() })

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter' || !query.trim()) return
    const chosen = store.getState().selected >= 0
    if (!(e.ctrlKey || e.metaKey) && (chosen || !hits.length)) return // the list opens the chosen hit
    store.updateState((st) => ({ ...st, selected: -1 })) // …and then opens nothing
    navigate(e.ctrlKey || e.metaKey ? allResults : `#/doc/${hits[0].id}`)
    quick.close()
  }

  // Mantine clears the query when the closing fade ends; a quick search opened again before then
  // (Ctrl+Enter, then Ctrl+K at once) would lose what was typed into it. Clear only if still closed.
  const transition = { onExited: () => !store.getState().opened && setQuery('') }

  return (
    <Spotlight.Root store={store} query={query} onQueryChange={setQuery} clearQueryOnClose={false} transitionProps={transition}
      shortcut="mod + K" tagsToIgnore={[]} scrollable maxHeight={480}>
      <Spotlight.Search placeholder="输入标题、文号或拼音（如 nmggz）…" aria-label="快速检索" onKeyDown={onKeyDown} />
      <Spotlight.ActionsList aria-label="检索结果">
        {hits.map((h) => (
          <Spotlight.Action key={h.id} onClick={() => navigate(`#/doc/${h.id}`)} aria-label={`${h.title} ${h.docNumber ?? ''}`}>
            <div style={{ textAlign: 'left', width: '100%' }}>
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm" fw={600} lineClamp={1}>{h.title}</Text>
                {h.docNumber && <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>{h.docNumber}</Badge>}
              </Group>
              <Text size="xs" c="dimmed" lineClamp={1} title={stripMarks(h.snippet)}>
                <Snippet text={h.snippet} />
              </Text>
            </div>
          </Spotlight.Action>
        ))}
        {query.trim() && hits.length > 0 && (
          <Spotlight.Action onClick={() => navigate(allResults)}>
            <Text size="sm" c="red.8">查看全部 {result?.total ?? ''} 条结果 →（Ctrl+Enter）</Text>
          </Spotlight.Action>
        )}
        {query.trim() && !loading && result && hits.length === 0 && <Spotlight.Empty>没有找到匹配的文件</Spotlight.Empty>}
        {!query.trim() && <Spotlight.Empty>可按标题、文号（兴政发〔2022〕8号 或 兴政发2022-8）、发文机关或拼音检索</Spotlight.Empty>}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  )
}

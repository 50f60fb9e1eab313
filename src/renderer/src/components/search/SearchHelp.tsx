// What the search page says when the query found nothing as typed: the likeliest words of the
// archive one character away (您是不是要找…), or shorter words that do find documents, and a way out
// of the filters.
import { Button, Group, Paper, Stack, Text } from '@mantine/core'
import type { SearchResult } from '../../../../shared/domain'

interface Props {
  query: string
  result: SearchResult
  filtered: boolean
  onQuery: (q: string) => void
  onClearFilters: () => void
}

export function SearchHelp({ query, result, filtered, onQuery, onClearFilters }: Props) {
  const q = query.trim()
  if (result.suggestions?.length) {
    return (
      <Paper withBorder p="sm" bg="yellow.0" data-testid="search-suggestions">
        <Text size="sm">
          没有找到「{q}」。下面是「{result.suggestions[0]}」的结果。
        </Text>
        <Group gap="xs" mt={6}>
          <Text size="sm">您是不是要找：</Text>
          {result.suggestions.map((w) => (
            <Button key={w} size="compact-sm" variant="light" onClick={() => onQuery(w)}>{w}</Button>
          ))}
        </Group>
      </Paper>
    )
  }
  if (result.total > 0 || !q) return null
  const shorter = result.shorter ?? []
  return (
    <Paper withBorder p="md" data-testid="search-empty">
      <Stack gap="xs">
        <Text fw={600}>没有找到与「{q}」相符的文件。</Text>
        {shorter.length > 0 && (
          <Group gap="xs">
            <Text size="sm">试试更短的词：</Text>
            {shorter.map((w) => (
              <Button key={w} size="compact-sm" variant="light" onClick={() => onQuery(w)}>{w}</Button>
            ))}
          </Group>
        )}
        {filtered && (
          <Group gap="xs">
            <Text size="sm">当前设置了筛选条件，可能把结果排除在外。</Text>
            <Button size="compact-sm" variant="default" onClick={onClearFilters}>清除筛选</Button>
          </Group>
        )}
        <Text size="sm" c="dimmed">也可以输入拼音全拼或首字母（如 nmggz），或输入文号（如 兴政发〔2022〕8号）。</Text>
      </Stack>
    </Paper>
  )
}

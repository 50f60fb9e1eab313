// The shell of the UI: header with navigation and quick search, the routed page, app-wide notices.
import { AppShell, Badge, Group, Text, Button, Kbd, UnstyledButton } from '@mantine/core'
import { BackupReminder } from './components/BackupReminder'
import { EditorNamePrompt } from './components/EditorNamePrompt'
import { InboxNotices } from './components/InboxNotices'
import { openQuickSearch, QuickSearch } from './components/QuickSearch'
import { useHash, parseRoute, type Route } from './hooks/useRoute'
import { useReviewCounts } from './hooks/useStaging'
import { DocumentPage } from './pages/DocumentPage'
import { ReviewPage } from './pages/ReviewPage'
import { ImportLogPage } from './pages/ImportLogPage'
import { ImportPage } from './pages/ImportPage'
import { IssuersPage } from './pages/IssuersPage'
import { LibraryPage } from './pages/LibraryPage'
import { SearchPage } from './pages/SearchPage'
import { SeriesPage } from './pages/SeriesPage'
import { SettingsPage } from './pages/SettingsPage'

const NAV: { href: string; label: string; route: Route['name'] }[] = [
  { href: '#/', label: '文库', route: 'library' },
  { href: '#/search', label: '检索', route: 'search' },
  { href: '#/import', label: '导入', route: 'import' },
  { href: '#/review', label: '待核对', route: 'review' },
  { href: '#/import-log', label: '导入记录', route: 'importLog' },
  { href: '#/series', label: '馆藏概览', route: 'series' },
  { href: '#/issuers', label: '发文机关', route: 'issuers' },
  { href: '#/settings', label: '设置', route: 'settings' },
]

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'document':
      return <DocumentPage key={route.id} id={route.id} />
    case 'search':
      return <SearchPage params={route.params} />
    case 'import':
      return <ImportPage params={route.params} />
    case 'series':
      return <SeriesPage />
    case 'issuers':
      return <IssuersPage />
    case 'settings':
      return <SettingsPage />
    case 'importLog':
      return <ImportLogPage params={route.params} />
    case 'review':
      return <ReviewPage key={route.id ?? 'list'} id={route.id} />
    default:
      return <LibraryPage params={route.params} />
  }
}

/** 待核对 N: staged issues waiting for review (the library's filter counts the documents). */
function ReviewCount() {
  const n = useReviewCounts().data?.stagedIssues ?? 0
  return n ? <Badge size="sm" color="red" circle ml={4} aria-label={`${n} 期待核对`} data-testid="review-count">{n}</Badge> : null
}

export function App() {
  const route = parseRoute(useHash())
  return (
    <AppShell header={{ height: 56 }} padding={0}>
      <AppShell.Header className="app-header">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="lg" wrap="nowrap">
            <Text component="a" href="#/" className="app-title" aria-label="公报档案 首页">
              公报档案
            </Text>
            <Group gap={4} component="nav" aria-label="主导航" wrap="nowrap">
              {NAV.map((n) => (
                <Button
                  key={n.href}
                  component="a"
                  href={n.href}
                  variant={route.name === n.route ? 'light' : 'subtle'}
                  color={route.name === n.route ? 'red' : 'gray'}
                  aria-current={route.name === n.route ? 'page' : undefined}
                >
                  {n.label}
                  {n.route === 'review' && <ReviewCount />}
                </Button>
              ))}
            </Group>
          </Group>
          <UnstyledButton className="quick-search-trigger" onClick={openQuickSearch} aria-label="快速检索（Ctrl+K）">
            <Text size="sm" c="dimmed">快速检索：标题、文号、拼音…</Text>
            <Kbd size="xs">Ctrl</Kbd>
            <Kbd size="xs">K</Kbd>
          </UnstyledButton>
        </Group>
      </AppShell.Header>
      <AppShell.Main className="app-main">
        <BackupReminder />
        <Page route={route} />
      </AppShell.Main>
      <QuickSearch />
      <InboxNotices />
      <EditorNamePrompt />
    </AppShell>
  )
}

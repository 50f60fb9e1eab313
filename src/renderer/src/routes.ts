// Hash routes as data (#/, #/doc/12, #/search?q=…, #/import, #/review/3, #/series, #/issuers, #/settings, #/import-log): pure, so tests run in Node.
export type Route =
  | { name: 'library'; params: URLSearchParams }
  | { name: 'document'; id: number }
  | { name: 'search'; params: URLSearchParams }
  | { name: 'import'; params: URLSearchParams }
  | { name: 'series' }
  | { name: 'issuers' }
  | { name: 'settings' }
  | { name: 'review'; id: number | null }
  | { name: 'importLog'; params: URLSearchParams }

export function parseRoute(hash: string): Route {
  const [path, query = ''] = hash.replace(/^#/, '').split('?')
  const params = new URLSearchParams(query)
  const doc = /^\/doc\/(\d+)$/.exec(path)
  if (doc) return { name: 'document', id: Number(doc[1]) }
  if (path === '/search') return { name: 'search', params }
  if (path === '/import') return { name: 'import', params }
  if (path === '/series') return { name: 'series' }
  if (path === '/issuers') return { name: 'issuers' }
  if (path === '/settings') return { name: 'settings' }
  if (path === '/import-log') return { name: 'importLog', params }
  const review = /^\/review(?:\/(\d+))?$/.exec(path)
  if (review) return { name: 'review', id: review[1] ? Number(review[1]) : null }
  return { name: 'library', params }
}

export function hrefFor(path: string, params?: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params ?? {})) if (v !== undefined && v !== '') q.set(k, String(v))
  const s = q.toString()
  return `#${path}${s ? `?${s}` : ''}`
}

/** 兴县人民政府公报 2022年第3期 → 2022年第3期 (the notice names the issue, not the series). */
export function shortIssueName(issue: string): string {
  return /\d{4}年第\d+期/.exec(issue)?.[0] ?? issue
}

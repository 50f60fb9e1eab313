// Hash routes as data (#/, #/doc/12, #/search?q=…, #/import): pure, so tests run in Node.
export type Route =
  | { name: 'library'; params: URLSearchParams }
  | { name: 'document'; id: number }
  | { name: 'search'; params: URLSearchParams }
  | { name: 'import' }

export function parseRoute(hash: string): Route {
  const [path, query = ''] = hash.replace(/^#/, '').split('?')
  const params = new URLSearchParams(query)
  const doc = /^\/doc\/(\d+)$/.exec(path)
  if (doc) return { name: 'document', id: Number(doc[1]) }
  if (path === '/search') return { name: 'search', params }
  if (path === '/import') return { name: 'import' }
  return { name: 'library', params }
}

export function hrefFor(path: string, params?: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params ?? {})) if (v !== undefined && v !== '') q.set(k, String(v))
  const s = q.toString()
  return `#${path}${s ? `?${s}` : ''}`
}

// The import graph between the folders of src/main, computed from the sources, and its cycles.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'

export type FolderGraph = Map<string, Set<string>>

/** Files allowed to point against the layers (kept in step with eslint.config.mjs). */
export const EXEMPT_FILES = ['db/migrations/0002-search-index.ts']

/** The node a file belongs to: its top folder (importer's sub-folders count apart), or a root file's name. */
export function folderOf(fileInMain: string): string {
  const parts = fileInMain.split('/')
  if (parts.length === 1) return parts[0].replace(/\.tsx?$/, '')
  if (parts[0] === 'importer' && parts.length > 2) return `importer/${parts[1]}`
  return parts[0]
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name)
    if (e.isDirectory()) return sourcesUnder(p)
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : []
  })
}

const SPECIFIER = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g

/** Relative specifiers imported by `source` (static, re-exports and dynamic imports). */
export function relativeImports(source: string): string[] {
  return [...source.matchAll(SPECIFIER)].map((m) => m[1] ?? m[2]).filter((s) => s.startsWith('.'))
}

/** Folder → folders it imports, for every file under `mainDir` except EXEMPT_FILES. */
export function folderGraph(mainDir: string): FolderGraph {
  const graph: FolderGraph = new Map()
  for (const file of sourcesUnder(mainDir)) {
    const rel = relative(mainDir, file).split(sep).join('/')
    if (EXEMPT_FILES.includes(rel)) continue
    const from = folderOf(rel)
    const out = graph.get(from) ?? new Set<string>()
    graph.set(from, out)
    for (const spec of relativeImports(readFileSync(file, 'utf8'))) {
      const target = relative(mainDir, resolve(dirname(file), spec)).split(sep).join('/')
      if (target.startsWith('..')) continue // src/shared, outside the layers
      const to = folderOf(target.includes('/') ? target : `${target}.ts`)
      if (to !== from) out.add(to)
    }
  }
  return graph
}

/** Every cycle reachable in `graph`, one per back edge, as a path that ends where it starts. */
export function findCycles(graph: FolderGraph): string[][] {
  const cycles: string[][] = []
  const state = new Map<string, 'open' | 'done'>()
  const path: string[] = []
  const visit = (node: string): void => {
    state.set(node, 'open')
    path.push(node)
    for (const next of [...(graph.get(node) ?? [])].sort()) {
      if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next])
      else if (!state.has(next)) visit(next)
    }
    path.pop()
    state.set(node, 'done')
  }
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node)
  return cycles
}

/** The graph as sorted "from → a, b" lines (for a readable failure and the README). */
export function describe(graph: FolderGraph): string[] {
  return [...graph].sort(([a], [b]) => a.localeCompare(b)).map(([from, to]) => `${from} → ${[...to].sort().join(', ')}`)
}

// The folders of src/main form layers: no import cycle between folders, and lint refuses an
// import that points up a layer (eslint.config.mjs). Both are shown catching a new arrow.
import { ESLint } from 'eslint'
import { join } from 'node:path'
import { describe as group, expect, it } from 'vitest'
import { describe, findCycles, folderGraph, relativeImports, type FolderGraph } from './folder-graph'

const ROOT = join(__dirname, '../../..')
const MAIN = join(ROOT, 'src/main')

function withArrow(graph: FolderGraph, from: string, to: string): FolderGraph {
  const copy: FolderGraph = new Map([...graph].map(([k, v]) => [k, new Set(v)]))
  copy.set(from, new Set([...(copy.get(from) ?? []), to]))
  return copy
}

group('folder graph of src/main', () => {
  const graph = folderGraph(MAIN)

  it('has no cycle between folders', () => {
    expect(findCycles(graph), describe(graph).join('\n')).toEqual([])
  })

  it('keeps db/ and importer/parse at the bottom', () => {
    expect([...(graph.get('db') ?? [])]).toEqual([])
    expect([...(graph.get('importer/parse') ?? [])]).toEqual([])
  })

  it('catches one new arrow that closes a circle', () => {
    expect(findCycles(withArrow(graph, 'db', 'services'))).toContainEqual(expect.arrayContaining(['db', 'services']))
    expect(findCycles(withArrow(graph, 'db', 'search'))).toEqual([['db', 'search', 'db']])
  })

  it('reads static, type-only, re-exported and dynamic imports', () => {
    const src = "import type { A } from '../db/a'\nexport { b } from './b'\nconst c = await import('../search/c')\nimport x from 'zod'"
    expect(relativeImports(src)).toEqual(['../db/a', './b', '../search/c'])
  })
})

group('lint keeps the layers', () => {
  const eslint = new ESLint({ cwd: ROOT })
  const restricted = async (filePath: string, code: string): Promise<string[]> => {
    const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) })
    return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
  }
  const refresh = "import { refreshSearchIndex } from '../search/keys'\nexport const f = refreshSearchIndex\n"

  it('refuses db/ importing search/, the arrow that made db ↔ search', async () => {
    const messages = await restricted('src/main/db/new-table.ts', refresh)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain("'../search/keys'")
  })

  it('refuses importer/parse reaching the database or Node', async () => {
    const code = "import { getSettings } from '../../db/settings'\nimport { readFileSync } from 'node:fs'\nexport const g = [getSettings, readFileSync]\n"
    expect(await restricted('src/main/importer/parse/new-cue.ts', code)).toHaveLength(2)
  })

  it('lets derived/ refresh search, and exempts the shipped migration 0002 by name', async () => {
    expect(await restricted('src/main/derived/new-refresh.ts', refresh)).toEqual([])
    expect(await restricted('src/main/db/migrations/0002-search-index.ts', "import { refreshSearchIndex } from '../../search/keys'\nexport const f = refreshSearchIndex\n")).toEqual([])
    expect(await restricted('src/main/db/migrations/0009-next.ts', "import { refreshSearchIndex } from '../../search/keys'\nexport const f = refreshSearchIndex\n")).toHaveLength(1)
  })

  it('keeps the CLI on the service contract: db/ and search/ are refused, services/ allowed', async () => {
    const code = "import { getDocument } from '../../db/documents'\nimport { searchDocuments } from '../../search'\nexport const h = [getDocument, searchDocuments]\n"
    expect(await restricted('src/main/cli/commands/new-command.ts', code)).toHaveLength(2)
    expect(await restricted('src/main/cli/commands/new-command.ts', "import type { Services } from '../../services'\nexport type S = Services\n")).toEqual([])
  })
})

// Lint: keeps Electron out of the core, Node out of src/shared and the renderer, and the folders
// of src/main in layers (tests/unit/architecture checks the whole folder graph has no cycle).
import tseslint from 'typescript-eslint'

// Every folder (or root file) of src/main that a layer may be barred from.
const MAIN = [
  'archive', 'archive-work', 'cli', 'corrections', 'db', 'derived', 'disk-errors', 'export', 'gateway',
  'importer', 'index', 'ipc', 'log', 'maintenance', 'search', 'server', 'services', 'shell', 'window',
]
const SHELLS = ['cli', 'gateway', 'index', 'ipc', 'server', 'shell', 'window']

// '../search/keys', '../../db/open' (and './db/open' from a file at the root of src/main): another
// folder of src/main, not src/shared and not the file's own folder.
const reach = (folder, atRoot) => (atRoot ? `^\\./${folder}(/|$)` : `^(\\.\\./)+${folder}(/|$)`)

/** Files in `files` may import only the folders in `allowed` (plus src/shared and npm packages). */
function layer(files, allowed, extra = {}) {
  const why = `${files.join(', ')} may import only ${allowed.length ? allowed.join(', ') : 'src/shared'} of src/main (see README, For developers)`
  const banned = MAIN.filter((f) => !allowed.includes(f) && !allowed.some((a) => a.startsWith(`${f}/`)))
  const atRoot = files.every((f) => /^src\/main\/[^/*]+\.ts$/.test(f))
  const patterns = banned.map((f) => ({ regex: reach(f, atRoot), message: why }))
  // importer/parse may be used where importer (the pipeline) may not.
  if (allowed.includes('importer/parse') && !allowed.includes('importer')) {
    patterns.push({ regex: '^(\\.\\./)+importer/(?!parse/)', message: why })
  }
  return {
    files,
    ignores: extra.ignores ?? [],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [...(extra.electron ? [] : ['electron']), ...(extra.paths ?? [])], patterns: [...patterns, ...(extra.patterns ?? [])] },
      ],
    },
  }
}

const CLI = ['archive', 'cli', 'disk-errors', 'log', 'services']
const BELOW_SERVICES = ['archive', 'corrections', 'db', 'derived', 'disk-errors', 'export', 'importer', 'log', 'search']

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'bench/.data/**', 'test-artifacts/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/index.ts', 'src/main/window.ts', 'src/main/ipc/register.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['electron'] }] },
  },
  // Layers, lowest first. Migration 0002 shipped calling refreshSearchIndex and cannot change.
  layer(['src/main/db/**/*.ts'], [], { ignores: ['src/main/db/migrations/0002-search-index.ts'] }),
  layer(['src/main/importer/parse/**/*.ts'], [], { paths: ['better-sqlite3'], patterns: [{ group: ['node:*'], message: 'importer/parse is pure' }, { regex: '^\\.\\./[^./][^/]*$', message: 'importer/parse may not import the import pipeline' }] }),
  layer(['src/main/importer/read/**/*.ts'], ['disk-errors', 'log'], { paths: ['better-sqlite3'] }),
  layer(['src/main/export/**/*.ts'], ['disk-errors', 'log']),
  layer(['src/main/search/**/*.ts'], ['db', 'log']),
  layer(['src/main/archive/**/*.ts'], ['db', 'disk-errors', 'log']),
  layer(['src/main/derived/**/*.ts'], ['db', 'importer/parse', 'search']),
  layer(['src/main/corrections/**/*.ts'], ['db', 'derived', 'importer/parse']),
  layer(['src/main/importer/*.ts'], ['archive', 'corrections', 'db', 'derived', 'disk-errors', 'log']),
  layer(['src/main/archive-work/**/*.ts', 'src/main/maintenance/**/*.ts'], [...BELOW_SERVICES, 'archive-work', 'maintenance']),
  layer(['src/main/services.ts'], [...BELOW_SERVICES, 'archive-work', 'maintenance']),
  layer(['src/main/gateway/**/*.ts'], [...BELOW_SERVICES, 'archive-work', 'maintenance', 'services']),
  // The CLI reaches the archive through the service contract; archive/ only for verify's full
  // report and restore, which works on a closed archive (or none yet).
  layer(['src/main/cli.ts'], CLI),
  layer(['src/main/cli/**/*.ts'], CLI),
  layer(['src/main/ipc/**/*.ts'], ['gateway'], { ignores: ['src/main/ipc/register.ts'] }),
  layer(['src/main/ipc/register.ts'], ['gateway'], { electron: true }),
  layer(['src/main/server/**/*.ts'], MAIN.filter((f) => !SHELLS.includes(f)).concat('gateway', 'server', 'shell')),
  {
    files: ['src/shared/**/*.ts', 'src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['electron', 'better-sqlite3'], patterns: ['node:*', '**/main/**', 'fs', 'path', 'os', 'child_process'] },
      ],
    },
  },
)

// CI security step: runs Electronegativity over src/ and fails on any HIGH or MEDIUM finding,
// except PRELOAD_JS_CHECK ("review the use of preload scripts": ours is reviewed — sandboxed,
// contextIsolation, exposes only the typed bridge, never ipcRenderer).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const ALLOWED = new Set(['PRELOAD_JS_CHECK'])
const FAILING = new Set(['HIGH', 'MEDIUM'])
const ELECTRON = JSON.parse(readFileSync('package.json', 'utf8')).devDependencies.electron

const out = join(mkdtempSync(join(tmpdir(), 'electronegativity-')), 'findings.csv')
// -e: the version is known; without it the tool guesses v0.1.0 and judges defaults wrongly.
const input = process.argv[2] ?? 'src'
const args = ['--no-install', 'electronegativity', '-i', input, '-o', out, '-r', '-v', 'false', '-e', ELECTRON]
const run = spawnSync('npx', args, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
if (!existsSync(out)) {
  console.error(run.stdout, run.stderr)
  console.error('security: Electronegativity wrote no report')
  process.exit(1)
}

/** One finding per CSV line: issue, "severity", "confidence", "file", "line:col", … */
function parse(line) {
  const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g).map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''))
  return { id: cells[0], severity: cells[1], confidence: cells[2], file: cells[3], at: cells[4] }
}

const findings = readFileSync(out, 'utf8').split('\n').slice(1).filter(Boolean).map(parse)
const blocking = findings.filter((f) => FAILING.has(f.severity) && !ALLOWED.has(f.id))
for (const f of findings) {
  const mark = blocking.includes(f) ? '✗' : ALLOWED.has(f.id) ? '·' : '-'
  console.log(`${mark} ${f.severity.padEnd(13)} ${f.id.padEnd(28)} ${f.file}:${f.at}`)
}
console.log(`security: ${findings.length} findings, ${blocking.length} blocking (HIGH/MEDIUM)`)
process.exit(blocking.length ? 1 : 0)

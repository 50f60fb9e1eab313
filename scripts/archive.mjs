// npm run archive -- <命令> …: the command-line shell, run from the built bundle (out/main/cli.js),
// rebuilt first when any source is newer. Runs in this process: a signal sent to it reaches the CLI.
import { createRequire } from 'node:module'
import { builtCli, ensureBuilt } from './built.mjs'

ensureBuilt()
const { runCli } = createRequire(import.meta.url)(builtCli)
runCli(process.argv.slice(2)).then(
  (code) => process.stdout.write('', () => process.exit(code)),
  () => process.exit(1),
)

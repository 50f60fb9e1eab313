// Child process for archive-lock.test.ts: opens an archive as `role` (as the app, browser mode or
// a CLI import would), says "started", and keeps it open until killed or its stdin closes.
import { setProcessRole } from '../../../src/main/archive/lock'
import { openArchive } from '../../../src/main/archive/open-archive'

const [dbFile, role] = process.argv.slice(2)
setProcessRole(role)
const archive = openArchive(dbFile, { create: false })
process.stdout.write('started\n')
process.stdin.resume()
process.stdin.on('end', () => {
  archive.close()
  process.exit(0)
})

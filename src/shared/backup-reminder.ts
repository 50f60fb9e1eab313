// When to remind staff to back up: the rule is pure so the page and its tests share it.
import type { ArchiveSettings } from './archive-work-types'

const DAY_MS = 24 * 60 * 60 * 1000

export interface BackupReminder {
  /** True when the app should say so on start and offer to back up now. */
  due: boolean
  /** Whole days since the last backup, or null when none is recorded. */
  daysSince: number | null
}

/**
 * Due when reminders are on, the archive holds documents, and the last backup is at least
 * `backupReminderDays` old (or none was ever made). An empty archive has nothing to lose yet.
 */
export function backupReminder(
  settings: Pick<ArchiveSettings, 'backupReminderDays' | 'lastBackupAt'>,
  documents: number,
  now: Date,
): BackupReminder {
  const last = settings.lastBackupAt ? Date.parse(settings.lastBackupAt) : Number.NaN
  const daysSince = Number.isNaN(last) ? null : Math.max(0, Math.floor((now.getTime() - last) / DAY_MS))
  const on = settings.backupReminderDays > 0 && documents > 0
  return { due: on && (daysSince === null || daysSince >= settings.backupReminderDays), daysSince }
}

// Settings kept in the archive itself (inbox folder, staff name, backup reminder), so every shell
// sees the same.
import type { Database } from 'better-sqlite3'
import type { ArchiveSettings, SettingsChanges } from '../../shared/domain'

const TEXT_KEYS = { inboxFolder: 'inbox_folder', editorName: 'editor_name' } as const
const REMINDER_KEY = 'backup_reminder_days'
const LAST_BACKUP_KEY = 'last_backup_at'
const AUTO_SAVE_KEY = 'auto_save_confident'
export const DEFAULT_BACKUP_REMINDER_DAYS = 7

function readValue(db: Database, key: string): string | null {
  return (db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined) ?? null
}

function writeValue(db: Database, key: string, value: string | null): void {
  if (value === null) db.prepare('DELETE FROM settings WHERE key = ?').run(key)
  else
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(key, value)
}

export function getSettings(db: Database): ArchiveSettings {
  const days = Number(readValue(db, REMINDER_KEY) ?? DEFAULT_BACKUP_REMINDER_DAYS)
  return {
    inboxFolder: readValue(db, TEXT_KEYS.inboxFolder),
    editorName: readValue(db, TEXT_KEYS.editorName),
    backupReminderDays: Number.isInteger(days) && days >= 0 ? days : DEFAULT_BACKUP_REMINDER_DAYS,
    lastBackupAt: readValue(db, LAST_BACKUP_KEY),
    autoSaveConfident: readValue(db, AUTO_SAVE_KEY) !== '0',
  }
}

/** Sets the given settings; null or '' clears a text one, undefined leaves it. */
export function setSettings(db: Database, changes: SettingsChanges): ArchiveSettings {
  db.transaction(() => {
    for (const name of Object.keys(TEXT_KEYS) as (keyof typeof TEXT_KEYS)[]) {
      const v = changes[name]
      if (v === undefined) continue
      writeValue(db, TEXT_KEYS[name], v === null || v.trim() === '' ? null : v.trim())
    }
    if (changes.backupReminderDays !== undefined) writeValue(db, REMINDER_KEY, String(changes.backupReminderDays))
    if (changes.autoSaveConfident !== undefined) writeValue(db, AUTO_SAVE_KEY, changes.autoSaveConfident ? '1' : '0')
  })()
  return getSettings(db)
}

/** Notes that staff made a backup at `at`: the reminder counts from here. */
export function recordBackup(db: Database, at: Date): void {
  writeValue(db, LAST_BACKUP_KEY, at.toISOString())
}

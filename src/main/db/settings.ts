// Settings kept in the archive itself (inbox folder, staff name), so every shell sees the same.
import type { Database } from 'better-sqlite3'
import type { ArchiveSettings } from '../../shared/domain'

const KEYS = { inboxFolder: 'inbox_folder', editorName: 'editor_name' } as const

export function getSettings(db: Database): ArchiveSettings {
  const read = (key: string): string | null =>
    (db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined) ?? null
  return { inboxFolder: read(KEYS.inboxFolder), editorName: read(KEYS.editorName) }
}

/** Sets the given settings; null or '' clears one, undefined leaves it. */
export function setSettings(db: Database, changes: Partial<ArchiveSettings>): ArchiveSettings {
  const put = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
  const drop = db.prepare('DELETE FROM settings WHERE key = ?')
  db.transaction(() => {
    for (const name of Object.keys(KEYS) as (keyof ArchiveSettings)[]) {
      const v = changes[name]
      if (v === undefined) continue
      if (v === null || v.trim() === '') drop.run(KEYS[name])
      else put.run(KEYS[name], v.trim())
    }
  })()
  return getSettings(db)
}

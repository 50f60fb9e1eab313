// 件号, 保管期限 and columns of the 归档文件目录, set once per gazette and kept in the settings table.
import type { Database } from 'better-sqlite3'
import { DEFAULT_RULES, type CatalogueRules } from '../../shared/catalogue'

const keyOf = (gazette: string): string => `catalogue_rules:${gazette}`

export function getCatalogueRules(db: Database, gazette: string): CatalogueRules {
  const raw = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(keyOf(gazette)) as string | undefined
  if (!raw) return DEFAULT_RULES
  // Rules saved by an older version may lack a field added since: the default fills it.
  return { ...DEFAULT_RULES, ...(JSON.parse(raw) as Partial<CatalogueRules>) }
}

export function setCatalogueRules(db: Database, gazette: string, rules: CatalogueRules): CatalogueRules {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    .run(keyOf(gazette), JSON.stringify(rules))
  return getCatalogueRules(db, gazette)
}

/** A renamed gazette keeps its rules (inside the rename's transaction). */
export function moveCatalogueRules(db: Database, from: string, to: string): void {
  db.prepare('DELETE FROM settings WHERE key = ?').run(keyOf(to))
  db.prepare('UPDATE settings SET key = ? WHERE key = ?').run(keyOf(to), keyOf(from))
}

export function dropCatalogueRules(db: Database, gazette: string): void {
  db.prepare('DELETE FROM settings WHERE key = ?').run(keyOf(gazette))
}

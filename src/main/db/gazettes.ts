// A gazette's name corrected for all its issues at once, and the names it was printed under
// (aliases), so a later import of an issue printed with the old name joins the corrected one.
import type { Database } from 'better-sqlite3'
import type { GazetteRename } from '../../shared/catalogue'
import { AppError } from '../../shared/errors'
import { dropCatalogueRules, moveCatalogueRules } from './catalogue-rules'
import { isNameless } from '../../shared/gazette-shown'

const ALIAS = 'gazette_alias:'
const RENAMES = 'gazette_renames'


/** The name a gazette is held under now, for a name as printed (itself when never renamed). */
export function currentGazetteName(db: Database, name: string): string {
  const to = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(ALIAS + name) as string | undefined
  return to ?? name
}

function putSetting(db: Database, key: string, value: string): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value)
}

export function listGazetteRenames(db: Database): GazetteRename[] {
  const raw = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(RENAMES) as string | undefined
  return raw ? (JSON.parse(raw) as GazetteRename[]) : []
}

function collisions(db: Database, fromId: number, toId: number): string[] {
  return (
    db
      .prepare(
        `SELECT a.year || '年第' || a.issue_no || '期' FROM issues a JOIN issues b ON b.year = a.year AND b.issue_no = a.issue_no
         WHERE a.gazette_id = ? AND b.gazette_id = ? ORDER BY a.year, a.issue_no`,
      )
      .pluck()
      .all(fromId, toId) as string[]
  )
}

/**
 * Renames `from` to `to` for every issue, in one transaction: the corrections and replace snapshots
 * that name the gazette, its catalogue rules, and the alias for later imports. When `to` is held
 * already the issues join it, unless both hold the same 期 (refused, naming them).
 */
export function renameGazette(db: Database, from: string, to: string, meta: { editor: string; at: string }): GazetteRename {
  const name = to.trim()
  if (!name) throw new AppError('BAD_REQUEST', '公报名称不能为空')
  const fromId = db.prepare('SELECT id FROM gazettes WHERE name = ?').pluck().get(from) as number | undefined
  if (fromId === undefined) throw new AppError('NOT_FOUND', `档案中没有名为「${from}」的公报`)
  if (name === from) throw new AppError('BAD_REQUEST', '新名称与原名称相同')
  return db.transaction(() => {
    const toId = db.prepare('SELECT id FROM gazettes WHERE name = ?').pluck().get(name) as number | undefined
    const joined = toId === undefined ? undefined : (db.prepare('SELECT COUNT(*) FROM issues WHERE gazette_id = ?').pluck().get(fromId) as number)
    if (toId !== undefined) {
      const both = collisions(db, fromId, toId)
      if (both.length) throw new AppError('BAD_REQUEST', `「${from}」与「${name}」都有 ${both.join('、')}，不能合并为一种公报`)
      db.prepare('UPDATE issues SET gazette_id = ? WHERE gazette_id = ?').run(toId, fromId)
      db.prepare('DELETE FROM gazettes WHERE id = ?').run(fromId)
    } else db.prepare('UPDATE gazettes SET name = ? WHERE id = ?').run(name, fromId)
    const issues = db.prepare('SELECT COUNT(*) FROM issues i JOIN gazettes g ON g.id = i.gazette_id WHERE g.name = ?').pluck().get(name) as number
    db.prepare('UPDATE corrections SET gazette = ? WHERE gazette = ?').run(name, from)
    db.prepare('UPDATE replaced_issues SET gazette = ? WHERE gazette = ?').run(name, from)
    // Joining a gazette keeps that gazette's rules; the renamed one's own go with it.
    if (toId === undefined) moveCatalogueRules(db, from, name)
    else dropCatalogueRules(db, from)
    // Names printed before point at the new one; the new name itself is no longer an alias.
    db.prepare(`UPDATE settings SET value = ? WHERE key LIKE '${ALIAS}%' AND value = ?`).run(name, from)
    db.prepare('DELETE FROM settings WHERE key = ?').run(ALIAS + name)
    // An issue imported without its name (no cover, no head naming it) names no gazette: naming one
    // such issue must not send a later nameless file (of the same file name) to that gazette, nor
    // (named back, 撤销) a later issue printed with the name to the stand-in.
    if (!isNameless(from) && !isNameless(name)) putSetting(db, ALIAS + from, name)
    const entry: GazetteRename = { from, to: name, editor: meta.editor, at: meta.at, issues, ...(joined === undefined ? {} : { joined }) }
    putSetting(db, RENAMES, JSON.stringify([...listGazetteRenames(db), entry]))
    return entry
  })()
}

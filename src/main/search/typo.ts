// One wrong character in a 3–4 character word (农明工 → 农民工, 疫青防控 → 疫情防控). When the exact
// paths find nothing, the archive's own text proposes the word: for each position, documents
// holding the rest of the word are sampled, and the words they hold with one other character at
// that position are counted. Fuse covers typos in short fields; this covers bodies too.
import type { Database } from 'better-sqlite3'
import { fullTextSearch, matchExpression } from './full-text'
import { shortSearch } from './short-query'
import type { IdFilter } from './sql'

const WORD = /^[\u3400-\u9fff]{3,4}$/u
const HANZI = '[\\u3400-\\u9fff]'
/** Documents sampled per position: enough to see a word used across the archive, cheap to scan. */
const SAMPLE = 300
const MAX_CORRECTIONS = 3

export interface Correction {
  word: string
  docs: number // sampled documents that hold it
}

/** The longest run of the word's characters that does not include position `skip`. */
function anchorWithout(word: string, skip: number): string {
  const before = word.slice(0, skip)
  const after = word.slice(skip + 1)
  return before.length >= after.length ? before : after
}

function sampleIds(db: Database, anchor: string, filter: IdFilter | null): number[] {
  if (anchor.length <= 2) return shortSearch(db, anchor, filter, SAMPLE).candidates.map((c) => c.id)
  const expr = matchExpression(db, [anchor])
  return expr ? fullTextSearch(db, expr, [anchor], filter, SAMPLE).candidates.map((c) => c.id) : []
}

function textsOf(db: Database, ids: readonly number[]): [number, string][] {
  return db
    .prepare("SELECT id, title || '\n' || body_text FROM documents WHERE id IN (SELECT value FROM json_each(?))")
    .raw()
    .all(JSON.stringify(ids)) as [number, string][]
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Words of the archive one character away from `word`, the most used first; [] for other queries. */
export function typoCorrections(db: Database, word: string, filter: IdFilter | null): Correction[] {
  if (!WORD.test(word)) return []
  // Per position: the pattern with any hanzi there, and the documents holding the rest of the word.
  const positions = [...word].map((_, i) => ({
    pattern: new RegExp(`${escape(word.slice(0, i))}${HANZI}${escape(word.slice(i + 1))}`, 'gu'),
    ids: new Set(sampleIds(db, anchorWithout(word, i), filter)),
  }))
  // Each sampled text is read once, however many positions sampled it.
  const texts = textsOf(db, [...new Set(positions.flatMap((p) => [...p.ids]))])
  const holders = new Map<string, Set<number>>()
  for (const { pattern, ids } of positions) {
    for (const [id, text] of texts) {
      if (!ids.has(id)) continue
      for (const [found] of text.matchAll(pattern)) {
        if (found !== word) holders.set(found, (holders.get(found) ?? new Set<number>()).add(id))
      }
    }
  }
  return [...holders]
    .map(([w, ids]) => ({ word: w, docs: ids.size }))
    .sort((a, b) => b.docs - a.docs || a.word.localeCompare(b.word))
    .slice(0, MAX_CORRECTIONS)
}

// Issuing units as staff tidy them (issue 16, names): the alias table, merges and renames, and the
// merges the archive suggests. Types only; the engine is src/main/corrections/issuer-names.ts.

/** One issuing unit as browsing shows it, with the variants mapped onto it. */
export interface IssuerEntry {
  name: string
  /** Documents naming this unit (a jointly issued document counts for each of its units). */
  documents: number
  /** Variant spellings that import and merge map onto this name. */
  aliases: string[]
}

/** A likely variant: the same unit with and without its city or county prefix. */
export interface IssuerSuggestion {
  alias: string
  canonical: string
  reason: string
}

/** A merge or rename as recorded (it can be undone while `undoneAt` is null). */
export interface IssuerChange {
  id: number
  kind: 'merge' | 'rename'
  from: string
  to: string
  editor: string
  at: string
  note: string | null
  /** Documents whose issuers it changed. */
  documents: number
  undoneAt: string | null
  undoneBy: string | null
  summary: string
}

export interface IssuerOverview {
  issuers: IssuerEntry[]
  suggestions: IssuerSuggestion[]
  /** Merges and renames, newest first. */
  changes: IssuerChange[]
}

// Search module API: searchDocuments for the service; refreshSearchIndex / onDocumentsChanged for import.
export { searchDocuments } from './search'
export { refreshSearchIndex, refreshMissingKeys } from './keys'
export { onDocumentsChanged, warmSearchIndex, dropSearchIndex } from './memory-index'
export { explainFullText, matchExpression } from './full-text'
export { normalizeQuery } from './normalize-query'
export { rankHits } from './rank'

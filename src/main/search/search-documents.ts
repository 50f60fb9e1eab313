// The entry points services.ts imports: search, and keeping the in-memory index current after imports.
export { searchDocuments } from './search'
export { onDocumentsChanged, warmSearchIndex } from './memory-index'

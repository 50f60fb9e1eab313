// The names part of the service: 发文机关 merge / rename / undo and a paragraph's kind (段落类型).
import type { Database } from 'better-sqlite3'
import type { ArchiveApi } from '../../shared/api'
import { AppError } from '../../shared/errors'
import { correct } from '../corrections/apply'
import { issuerOverview, mergeIssuer, renameIssuer, undoIssuerChange } from '../corrections/issuer-names'
import { blocksOf, readStored } from '../db/document-edit'
import { getDocument } from '../db/documents'
import type { Mutation } from '../maintenance/mutation'

export type NameMethods = 'getIssuerOverview' | 'mergeIssuer' | 'renameIssuer' | 'undoIssuerChange' | 'setBlockKind'

export function createNamesApi(db: Database, mutation: Mutation, at: () => string): Pick<ArchiveApi, NameMethods> {
  return {
    getIssuerOverview: async () => issuerOverview(db),
    mergeIssuer: (req) => mutation('editing', () => mergeIssuer(db, req.from, req.into, { editor: req.editor, note: req.note, at: at() }).change),
    renameIssuer: (req) => mutation('editing', () => renameIssuer(db, req.from, req.to, { editor: req.editor, note: req.note, at: at() }).change),
    undoIssuerChange: (req) => mutation('editing', () => undoIssuerChange(db, req.id, { editor: req.editor, at: at() }).change),

    setBlockKind: (req) => mutation('editing', () => {
      const block = blocksOf(readStored(db, req.id))[req.atBlock]
      if (!block) throw new AppError('BAD_REQUEST', `没有第 ${req.atBlock + 1} 段`)
      if (block.kind !== req.kind) {
        correct(db, req.id, { field: 'blockKind', atBlock: req.atBlock, blockText: block.text, kind: req.kind }, { editor: req.editor, note: req.note, at: at() })
      }
      return getDocument(db, req.id)
    }),
  }
}

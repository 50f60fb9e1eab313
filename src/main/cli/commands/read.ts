// docs, show and search: reading the archive (never creating one).
import { AppError } from '../../../shared/errors'
import { getDocument, listDocuments, resolveDocumentRef } from '../../db/documents'
import { intFlag, stringFlag } from '../args'
import { docsElement } from '../docs-element'
import { formatDocs, formatDocument, formatSearch } from '../format'
import type { Command } from './context'
import { withServices } from './context'

export const docsCommand: Command = (ctx) =>
  withServices(ctx, async (s) => {
    const docs = listDocuments(s.archive.db, { sort: 'issue' }).items
    ctx.io.result(docs.map(docsElement), () => formatDocs(docs))
    return 0
  })

export const showCommand: Command = (ctx) =>
  withServices(ctx, async (s) => {
    const ref = ctx.args.positionals.join(' ').trim()
    if (!ref) throw new AppError('BAD_REQUEST', '请给出文件编号或文号，例如：show 兴政函〔2022〕28号')
    const id = resolveDocumentRef(s.archive.db, ref)
    if (id === null) throw new AppError('NOT_FOUND', `档案中找不到文件：${ref}`)
    const doc = getDocument(s.archive.db, id)
    ctx.io.result(doc, () => formatDocument(doc))
    return 0
  })

export const searchCommand: Command = (ctx) =>
  withServices(ctx, async (s) => {
    const query = ctx.args.positionals.join(' ').trim()
    if (!query) throw new AppError('BAD_REQUEST', '请给出检索词')
    const result = await s.searchDocuments({
      query,
      limit: intFlag(ctx.args, 'limit') ?? 20,
      year: intFlag(ctx.args, 'year'),
      category: stringFlag(ctx.args, 'category'),
      issuer: stringFlag(ctx.args, 'issuer'),
    })
    ctx.io.result(result, () => formatSearch(result))
    return 0
  })

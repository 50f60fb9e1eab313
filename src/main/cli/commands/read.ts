// docs, show and search: reading the archive (never creating one), through the service contract.
import type { DocumentSummary } from '../../../shared/domain'
import { AppError } from '../../../shared/errors'
import type { Services } from '../../services'
import { intFlag, stringFlag } from '../args'
import { docsElement } from '../docs-element'
import { formatDocs, formatDocument, formatSearch } from '../format'
import type { Command } from './context'
import { withServices } from './context'

/** Every document in issue order, a contract-sized page (1,000) at a time. */
async function allDocuments(s: Services): Promise<DocumentSummary[]> {
  const docs: DocumentSummary[] = []
  for (;;) {
    const page = await s.listDocuments({ sort: 'issue', offset: docs.length, limit: 1000 })
    docs.push(...page.items)
    if (page.items.length === 0 || docs.length >= page.total) return docs
  }
}

export const docsCommand: Command = (ctx) =>
  withServices(ctx, async (s) => {
    const docs = await allDocuments(s)
    ctx.io.result(docs.map(docsElement), () => formatDocs(docs))
    return 0
  })

export const showCommand: Command = (ctx) =>
  withServices(ctx, async (s) => {
    const ref = ctx.args.positionals.join(' ').trim()
    if (!ref) throw new AppError('BAD_REQUEST', '请给出文件编号或文号，例如：show 兴政函〔2022〕28号')
    const doc = await s.findDocument({ ref })
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

// issues [期编号] : the issues held, each with the originals it keeps (issue 17: the file its documents
// were read from, and further copies of the same 期 in other formats); --original N --out F saves one.
import { existsSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { IssueSummary } from '../../../shared/domain'
import { AppError } from '../../../shared/errors'
import type { IssueOriginal } from '../../../shared/original'
import type { ArchiveApi } from '../../../shared/api'
import { intFlag, requireFlag } from '../args'
import type { Command } from './context'
import { withServices } from './context'
import { issueShown } from '../../../shared/issue-shown'

type IssueWithOriginals = Pick<IssueSummary, 'id' | 'gazette' | 'year' | 'issueNo' | 'totalNo' | 'publishedOn' | 'documentCount' | 'importedAt'> & {
  originals: IssueOriginal[]
}

const kb = (n: number): string => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`)

function formatIssue(i: IssueWithOriginals): string {
  const total = i.totalNo ? `（总第${i.totalNo}期）` : ''
  const head = `${String(i.id).padStart(5)}  ${i.gazette} ${issueShown(i.year, i.issueNo)}${total}  ${i.documentCount} 件文件`
  const originals = i.originals.map((o) => {
    const role = o.ordinal === 1 ? '读取来源' : '另存原件'
    return `       原件 #${o.id}  ${o.format}  ${kb(o.size)}  ${o.importedAt.replace('T', ' ').slice(0, 16)}  ${role}  ${o.fileName}`
  })
  return [head, ...originals].join('\n')
}

async function withOriginals(s: ArchiveApi, issue: IssueSummary): Promise<IssueWithOriginals> {
  const { id, gazette, year, issueNo, totalNo, publishedOn, documentCount, importedAt } = issue
  return { id, gazette, year, issueNo, totalNo, publishedOn, documentCount, importedAt, originals: await s.listIssueOriginals({ issueId: id }) }
}

function issueId(raw: string): number {
  if (!/^\d+$/.test(raw)) throw new AppError('BAD_REQUEST', `期编号应为数字，收到“${raw}”（见 issues 列表）`)
  return Number(raw)
}

export const issuesCommand: Command = (ctx) =>
  withServices(ctx, async (s) => {
    const [one] = ctx.args.positionals
    const all = await s.listIssues({ year: intFlag(ctx.args, 'year') })
    if (one === undefined) {
      const list = await Promise.all(all.map((i) => withOriginals(s, i)))
      ctx.io.result(list, () => (list.length ? list.map(formatIssue).join('\n') : '档案中还没有公报。'))
      return 0
    }
    const found = all.find((i) => i.id === issueId(one))
    if (!found) throw new AppError('NOT_FOUND', `找不到这一期公报（编号 ${one}）`)
    const original = intFlag(ctx.args, 'original')
    if (original !== undefined) {
      const out = resolve(requireFlag(ctx.args, 'out', '文件'))
      if (existsSync(out)) throw new AppError('BAD_REQUEST', `${out} 已存在，不覆盖`)
      const f = await s.getOriginalFile({ issueId: found.id, originalId: original })
      writeFileSync(out, Buffer.from(f.bytesBase64, 'base64'), { flag: 'wx' })
      ctx.io.result({ file: out, fileName: f.fileName }, () => `已保存原件「${f.fileName}」到 ${out}`)
      return 0
    }
    const issue = await withOriginals(s, found)
    ctx.io.result(issue, () => formatIssue(issue))
    return 0
  })

// 归档文件目录 (DA/T 22): the catalogue's columns, and the rules for 件号 and 保管期限 that each
// gazette sets once. Shared by the service, the CLI and the export dialog.
import { issueShown } from './issue-shown'

export const CATALOGUE_COLUMNS = [
  'pieceNo', 'issuers', 'docNumber', 'fullTitle', 'date', 'pageRange', 'pages',
  'gazetteIssue', 'category', 'docType', 'public', 'retention', 'remarks',
  'seq', 'title', 'gazette', 'issue',
] as const
export type CatalogueColumn = (typeof CATALOGUE_COLUMNS)[number]

export const COLUMN_LABELS: Record<CatalogueColumn, string> = {
  pieceNo: '件号',
  issuers: '责任者',
  docNumber: '文号',
  fullTitle: '题名',
  date: '日期',
  pageRange: '起止页',
  pages: '页数',
  gazetteIssue: '公报名称/期',
  category: '栏目',
  docType: '文种',
  public: '公开属性',
  retention: '保管期限',
  remarks: '备注',
  seq: '序号',
  title: '标题（简）',
  gazette: '公报名称',
  issue: '期',
}

/** DA/T 22's 归档文件目录 order; 序号, the short title and the split gazette/期 are optional. */
export const DEFAULT_COLUMNS: CatalogueColumn[] = CATALOGUE_COLUMNS.slice(0, 13)

export const RETENTIONS = ['永久', '30年', '10年'] as const
export type Retention = (typeof RETENTIONS)[number]

export interface CatalogueRules {
  /** 件号 pattern: {件} the sequence within the issue, {件:3} zero-padded to 3, {年度}, {期}, {期:2}, {总期}. */
  pieceNo: string
  /** 保管期限 when the 文种 has no rule of its own. */
  retentionDefault: Retention
  /** 保管期限 by 文种 (通知, 批复, 函…). */
  retentionByDocType: Record<string, Retention>
  /** The columns this gazette's catalogue shows, in order. */
  columns: CatalogueColumn[]
}

/** Normative documents are kept permanently; replies and letters on single matters for 30 years. */
export const DEFAULT_RULES: CatalogueRules = {
  pieceNo: '{件}',
  retentionDefault: '永久',
  retentionByDocType: { 批复: '30年', 函: '30年', 通报: '30年' },
  columns: DEFAULT_COLUMNS,
}

export const PIECE_TOKENS = /\{(件|年度|期|总期)(?::(\d))?\}/g

/** 件号 from its pattern: `{年度}-{期:2}-{件:3}` → 2022-02-005. */
export function pieceNumber(pattern: string, v: { seq: number; year: number; issueNo: number; totalNo: number | null }): string {
  const values: Record<string, number | null> = { 件: v.seq, 年度: v.year, 期: v.issueNo, 总期: v.totalNo }
  return pattern.replace(PIECE_TOKENS, (_, token: string, width?: string) => {
    const n = values[token]
    return n === null ? '' : String(n).padStart(width ? Number(width) : 0, '0')
  })
}

/** 兴县人民政府公报_2022年第2期: the gazette and issue as a file name part (Windows-safe). */
export function issueFilePart(gazette: string, year: number, issueNo: number): string {
  return safeNamePart(`${gazette}_${issueShown(year, issueNo)}`)
}

/** Windows forbids \ / : * ? " < > | and control characters, and trailing dots or spaces. */
export function safeNamePart(s: string): string {
  return s
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
}

/** One correction of a gazette's name, as the rename history keeps it. */
export interface GazetteRename {
  from: string
  to: string
  editor: string
  at: string
  /** Issues the gazette holds under its new name. */
  issues: number
  /** Set when the new name was another gazette's: the issues that joined it. Renaming back
   *  would take that gazette's own issues too, so such a rename has no 撤销. */
  joined?: number
}

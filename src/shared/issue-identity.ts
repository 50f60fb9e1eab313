// An issue's own identity: its gazette, year, 期, 总期号 and date of publication. The importer reads
// them from the cover or the running heads; where an issue prints them oddly or not at all staff set
// them, on a staged issue (editStagedIssue) or on an archived one (correctIssue, kept in the issue's
// history with 撤销). The checks and their Chinese messages live here so the form, the service and
// the CLI say the same thing.
import { isNameless, UNNAMED_GAZETTE } from './gazette-shown'

export const IDENTITY_FIELDS = ['gazette', 'year', 'issueNo', 'totalNo', 'publishedOn'] as const
export type IdentityField = (typeof IDENTITY_FIELDS)[number]

export interface IssueIdentity {
  gazette: string
  /** 0: not printed anywhere the importer could read it. */
  year: number
  /** 0: not printed anywhere the importer could read it. */
  issueNo: number
  totalNo: number | null
  /** YYYY-MM-DD */
  publishedOn: string | null
}

/** The fields to change; absent ones stay. `totalNo` / `publishedOn` null clears them. */
export type IssueIdentityChanges = Partial<IssueIdentity>

export const FIELD_LABELS: Record<IdentityField, string> = {
  gazette: '公报名称',
  year: '年份',
  issueNo: '期号',
  totalNo: '总期号',
  publishedOn: '出版日期',
}

export const YEAR_MIN = 1949
export const YEAR_MAX = 2100
const ISSUE_NO_MAX = 1000
const TOTAL_NO_MAX = 100_000
const GAZETTE_MAX = 200

export type IdentityValue = string | number | null

export interface IdentityFieldChange {
  field: IdentityField
  old: IdentityValue
  new: IdentityValue
}

/** One correction of an archived issue's identity (or the 撤销 of one: `undoes`). */
export interface IssueIdentityChange {
  id: number
  issueId: number
  editor: string
  at: string
  note: string | null
  changes: IdentityFieldChange[]
  /** The correction this row takes back, when it is a 撤销. */
  undoes: number | null
  undoneAt: string | null
  undoneBy: string | null
  /** 'review': set under 待核对 before 入库 (from what the importer read); 'correction': on the archived issue. */
  origin: 'correction' | 'review'
  /** 期号：（期号未写明） → 第6期；年份：… */
  summary: string
}

function isDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const t = new Date(Date.UTC(y, mo - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && y >= YEAR_MIN && y <= YEAR_MAX
}

const whole = (n: unknown, min: number, max: number): boolean => typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max

/** What is wrong with the values to set, in Chinese (empty: nothing). */
export function identityProblems(c: IssueIdentityChanges): string[] {
  const out: string[] = []
  if (c.gazette !== undefined) {
    const name = c.gazette.trim()
    if (!name) out.push('公报名称不能为空')
    else if (name.length > GAZETTE_MAX) out.push(`公报名称不能超过 ${GAZETTE_MAX} 字`)
    else if (isNameless(name) || name.includes(UNNAMED_GAZETTE)) out.push(`请填写真正的公报名称，不要填“${UNNAMED_GAZETTE}”`)
  }
  if (c.year !== undefined && !whole(c.year, YEAR_MIN, YEAR_MAX)) out.push(`年份须为 ${YEAR_MIN}–${YEAR_MAX} 之间的整数（填的是“${shownRaw(c.year)}”）`)
  if (c.issueNo !== undefined && !whole(c.issueNo, 1, ISSUE_NO_MAX)) out.push(`期号须为正整数（1–${ISSUE_NO_MAX}，填的是“${shownRaw(c.issueNo)}”）`)
  if (c.totalNo !== undefined && c.totalNo !== null && !whole(c.totalNo, 1, TOTAL_NO_MAX)) out.push(`总期号须为正整数（填的是“${shownRaw(c.totalNo)}”），不知道时留空`)
  if (c.publishedOn !== undefined && c.publishedOn !== null && !isDate(c.publishedOn)) {
    out.push(`出版日期须为 ${YEAR_MIN}–${YEAR_MAX} 年间的有效日期，写作 2022-02-15（填的是“${c.publishedOn}”），不知道时留空`)
  }
  return out
}

function shownRaw(v: unknown): string {
  return typeof v === 'number' && Number.isNaN(v) ? '（不是数字）' : String(v)
}

/** The values as they will be kept: the name trimmed, an empty date as none. */
export function normalizeChanges(c: IssueIdentityChanges): IssueIdentityChanges {
  const out: IssueIdentityChanges = { ...c }
  if (out.gazette !== undefined) out.gazette = out.gazette.trim()
  if (out.publishedOn !== undefined) out.publishedOn = out.publishedOn?.trim() || null
  return out
}

/** The fields whose value differs from `current`, old → new, in the fields' order. */
export function changedFields(current: IssueIdentity, c: IssueIdentityChanges): IdentityFieldChange[] {
  const next = normalizeChanges(c)
  return IDENTITY_FIELDS.filter((f) => next[f] !== undefined && next[f] !== current[f]).map((f) => ({
    field: f,
    old: current[f],
    new: next[f] as IdentityValue,
  }))
}

/** One field's value as people read it: 0 and null as 未写明 / 空. */
export function valueShown(field: IdentityField, v: IdentityValue): string {
  if (field === 'year') return v ? `${v}年` : '（年份未写明）'
  if (field === 'issueNo') return v ? `第${v}期` : '（期号未写明）'
  if (field === 'totalNo') return v ? `总第${v}期` : '（空）'
  if (field === 'publishedOn') return v ? String(v) : '（空）'
  // A nameless issue's name already names its file in 「」: not quoted again.
  return isNameless(String(v)) ? String(v) : `「${String(v)}」`
}

export function changesSummary(changes: IdentityFieldChange[]): string {
  return changes.map((c) => `${FIELD_LABELS[c.field]}：${valueShown(c.field, c.old)} → ${valueShown(c.field, c.new)}`).join('；')
}

/** What an issue does not say about itself: its gazette's name, its year, its 期. */
export function identityGaps(i: { gazette: string; year: number; issueNo: number }): IdentityField[] {
  const gaps: IdentityField[] = []
  if (isNameless(i.gazette)) gaps.push('gazette')
  if (!i.year) gaps.push('year')
  if (!i.issueNo) gaps.push('issueNo')
  return gaps
}

/** 这一期没有写明公报名称、年份和期号 */
export function gapsShown(gaps: IdentityField[]): string {
  const names = gaps.map((g) => FIELD_LABELS[g])
  const list = names.length > 1 ? `${names.slice(0, -1).join('、')}和${names[names.length - 1]}` : names[0] ?? ''
  return list ? `这一期没有写明${list}` : ''
}

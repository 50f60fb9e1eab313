// Cross-checks every 公文 allows between its own fields, without the 目录 or its siblings: the
// 文号's 机关代字 names the kind of unit that issued it, and a title names one document.
import type { ParsedDocument } from '../../../shared/domain'
import { numberPrefix } from './issue-doubts'
import { isDecreeNumber } from './decree'

const flat = (s: string): string => s.replace(/\s+/g, '')

// A government's own 代字 ('兴政发', '黔府函', '国发', '国函') and its office's ('兴政办发', '国办函').
const GOVERNMENT_OFFICE = /(?:政|府|^国)办/
const GOVERNMENT = /^[\u4e00-\u9fff]{1,2}(?:政|府)[发函文字电]|^国[发函]/
// Departments whose name holds 政 (民政局, 财政局…) sign their own 代字.
const DEPARTMENT = /民政|财政|邮政|行政|市政|家政|税政/
const OFFICE_NAME = /办公[室厅]$/
const GOVERNMENT_NAME = /(?:人民政府|国务院)$/

/**
 * The 文号's 机关代字 and the first issuer name different kinds of unit: a government's office
 * ('兴政办函', '国办发') signed by no 办公室/办公厅, or a government's own ('兴政发', '国函') signed by
 * an office or by no government: the 文号 is another document's, or the signature is.
 */
export function numberVsIssuers(doc: ParsedDocument): boolean {
  const prefix = numberPrefix(doc.docNumber)
  if (!prefix || doc.issuers.length === 0 || doc.docType === '令') return false
  const first = flat(doc.issuers[0])
  if (DEPARTMENT.test(prefix)) return false
  if (GOVERNMENT_OFFICE.test(prefix)) return !OFFICE_NAME.test(first)
  if (GOVERNMENT.test(prefix)) return !GOVERNMENT_NAME.test(first)
  return false
}

// A unit's name ends so; a citing verb (or 《) before it names a document the title cites.
const UNIT_BEFORE = /(?:人民政府|国务院|办公厅|办公室|委员会|[局厅部委署])$/
const CITES = /(?:转发|批转|印发|转报|上报|报送|呈报|贯彻|落实|执行|学习|宣传|实施|按照|根据|回复|答复|办理|对|《)[^\s的（）()〔〕\d，。、《》]{2,30}$/

// A title's 文种 with a unit's name and the opening of another title after it ('…第7264号建议的答复
// 国务院办公厅对全国政协…的答复'): two 目录 entries run together where the row between was lost.
const TYPE_THEN_TITLE = /的(?:通知|通报|批复|复函|函|意见|决定|报告|请示|公告|通告|答复)[\u4e00-\u9fff]{0,20}?(?:人民政府|国务院|办公厅|办公室|委员会|[局厅部委署])(?:关于|对)/

// A 文号 in brackets before the title: the line above it (a 目录 row's tail, a 文号 line) run in.
const NUMBER_FIRST = /^[（(][^）)]{1,12}[〔［(（](?:19|20)\d{2}[〕］)）]\d{1,4}号[）)]/

/**
 * The title opens with a 文号, or holds a unit's name and 关于 again after its own 关于 ('…示范区的国务院关于同意建立…的
 * 批复', '…的通知（兴政发〔2022〕兴县人民政府关于…'): two titles (two 目录 entries, two documents'
 * heads) run together. A title citing another names its unit and 关于 after a verb ('关于转发省政府
 * 关于…', '关于贯彻落实国务院关于…', '关于上报…领导小组办公室关于…'), and stays.
 */
export function titleHoldsTwo(title: string): boolean {
  const t = flat(title)
  if (NUMBER_FIRST.test(t) || TYPE_THEN_TITLE.test(t)) return true
  const first = t.indexOf('关于')
  for (let at = t.indexOf('关于', first + 1); first >= 0 && at > 0; at = t.indexOf('关于', at + 1)) {
    const before = t.slice(0, at)
    if (UNIT_BEFORE.test(before) && !CITES.test(before)) return true
  }
  // An answer's title opens with its unit and 对 ('国务院办公厅对…提案的答复'): after a 关于 title's
  // first words, a government or its office then 对 opens the second title.
  for (let at = t.indexOf('对', first + 2); first >= 0 && at > 0; at = t.indexOf('对', at + 1)) {
    const before = t.slice(0, at)
    if (GOVERNMENT_BEFORE.test(before) && !CITES.test(before)) return true
  }
  return false
}

// A government's or its office's name, which opens an answer's title before its 对.
const GOVERNMENT_BEFORE = /(?:人民政府|国务院|人民政府办公厅|人民政府办公室|国务院办公厅)$/

// A title broken off: a word that joins (的, 和, 及…) at its end, or the 的 + 文种 it should end with
// standing inside it, lines read out of order.
const JOINS_AT_END = /[的和与及暨使对在为将]$|关于$/
const TYPE_INSIDE = /的(?:通知|通报|批复|复函|意见|决定|报告|请示|公告|通告|方案|办法)(?!$)/

/**
 * A title with no 文种 at its end that is cut, not merely unusual (a 大事记, a list's name): it ends
 * on a joining word, or holds its 的通知 inside with more after ('…四起的通报特大煤矿…'), or is a
 * 印发 title naming nothing ('关于印发兴县'): a line of it lost or read out of order.
 */
export function titleCut(title: string, docType: string | null): boolean {
  if (docType !== null) return false
  const t = flat(title)
  return JOINS_AT_END.test(t) || TYPE_INSIDE.test(t) || /^关于印发[^《]{0,6}$/.test(t)
}

const GOVERNMENT_ITSELF = /(?:人民政府|国务院)$/
/**
 * A document with a 文号 (not a decree's) whose title ends in no 文种: every 公文 an office numbers
 * names its 文种 last ('…的通知', '…的批复'), so the title lost its last line (moved, cut, or
 * replaced by a 目录 row cut short).
 */
export function numberedWithoutType(doc: Pick<ParsedDocument, 'docNumber' | 'docType'>): boolean {
  return doc.docType === null && doc.docNumber !== null && !isDecreeNumber(doc.docNumber)
}

const GOVERNMENT_OR_OFFICE = /(?:人民政府|国务院|办公[室厅])$/

/**
 * The 栏目 names the State Council ('国务院文件', '国务院办公厅函件') for a unit that is neither it nor
 * its office: the 栏目 was taken from a banner that heads another 栏目 (the other column's, read
 * first). The other way round is no clash: a city's gazette prints the State Council's 函 to it
 * under its own 栏目.
 */
function levelClash(category: string, issuer: string): boolean {
  return /^国务院/.test(category) && !/^国务院/.test(issuer)
}
const TOWN_UNIT = /(?:镇|乡|街道)(?:人民政府|办事处)?$|街道办事处$/

/**
 * The 栏目 names a kind of issuer that the document's are not: an office's 栏目 ('县政府办公室文件')
 * for a government's own document, a town's ('乡镇街道文件') for a county's, a department's for a
 * government's, a joint one ('部门联合发文') for one unit, 函件 for a 文号 of 发, a government's
 * ('县政府文件') for its office's when the issue (`sections`: its 栏目) has the office's: the 栏目 was
 * carried on from the document before (a heading read late or lost).
 */
export function categoryVsIssuers(doc: ParsedDocument, sections: readonly string[] = []): boolean {
  const c = flat(doc.category ?? '')
  if (!c || doc.issuers.length === 0 || doc.docType === '令') return false
  const first = flat(doc.issuers[0])
  if (/办公[室厅]/.test(c) && GOVERNMENT_ITSELF.test(first)) return true
  // A government's 栏目 ('国务院文件') for its office's document, while the issue has the office's own.
  const government = /^(.{1,8}?)(?:文件|函件)$/.exec(c)?.[1]
  if (government && /政府|国务院/.test(government) && !/办公/.test(government) && OFFICE_NAME.test(first)) {
    if (sections.some((s) => flat(s).startsWith(`${government}办公`))) return true
  }
  if (/乡镇|街道/.test(c) && !TOWN_UNIT.test(first)) return true
  // A government's own 栏目 ('区县政府文件', '国务院文件') for a department's document, while the issue
  // has a 栏目 for departments' documents ('部门文件', '部门联合发文'): the 栏目 was carried on.
  if (government && /政府|国务院/.test(government) && !/办公|乡镇|街道|部门|联合/.test(c) && !GOVERNMENT_OR_OFFICE.test(first)) {
    if (sections.some((s) => /部门|联合/.test(flat(s)))) return true
  }
  if (/^部门/.test(c) && (GOVERNMENT_ITSELF.test(first) || OFFICE_NAME.test(first))) return true
  if (/联合/.test(c) && doc.issuers.length < 2) return true
  if (levelClash(c, first)) return true
  const prefix = numberPrefix(doc.docNumber)
  return /函件/.test(c) && prefix !== null && /发$/.test(prefix)
}

// What one body line is on its own: heading, table row, note, date, name-list entry, caption…
import type { BlockKind } from '../../../shared/domain'
import { toHalfWidth } from '../../../shared/doc-number'
import { collapseSpaces, compact, hasInnerPunct } from './lines'
import { parseDateLine } from './dates'
import { isPublicLabel } from './public-note'

const CN = '一二三四五六七八九十百零〇'
const HEADING1 = new RegExp(`^([${CN}]+、|第[${CN}]+[章节部分篇])`)
const HEADING2 = new RegExp(`^[（(][${CN}]+[）)]`)
const HEADING3 = /^\d{1,2}\s*[.．、](?!\d)/
const HEADING4 = /^[（(]\d{1,2}[）)]/
const ARTICLE = new RegExp(`^第[${CN}\\d]+条`)
/** The posts a name list groups its members under (组长, 副组长, 成员…). */
const NAME_ROLES = '常务副组长|执行副组长|副组长|组长|常务副主任|副主任|主任|成员|委员|副秘书长|秘书长|顾问|副总指挥|总指挥|副指挥长|指挥长|办公室主任|联络员|副召集人|召集人'
const NAME_LABEL = new RegExp(`^(${NAME_ROLES})[:：]`)
const NAME_ROLE = new RegExp(`^(?:${NAME_ROLES})$`)

/** A name list's post standing alone, as a table's row across over its holders ('组长', '成　员'). */
export const isNameRole = (text: string): boolean => NAME_ROLE.test(compact(text))
const NAME_LABEL_ALONE = new RegExp(`^(?:${NAME_ROLES})[:：]$`)
/** A name list's post with its colon and nothing after it ('副组长：'): its holder was set apart. */
export const isBarePost = (text: string): boolean => NAME_LABEL_ALONE.test(compact(text))
const ENTRY = /^([\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3})[ \u3000]+(\S.{0,40})$/

/** Kind of a line by its own text; 'paragraph' when nothing more specific applies. */
export function classifyLine(text: string, bulleted: boolean): BlockKind {
  if (text.includes('\t')) return 'tableRow'
  const t = text.trim()
  const c = compact(toHalfWidth(t))
  if (/^\(?(此件|联系人|联系电话)/.test(c) || isPublicLabel(c)) return 'note'
  if (parseDateLine(t)) return 'date'
  if (/^附件[0-9一二三四五六七八九十]*[:：]?$/.test(c)) return 'attachmentHeading'
  if (/^附件\d*[:：]./.test(c)) return 'attachmentNote'
  if (NAME_LABEL.test(c)) return 'nameListEntry'
  if (bulleted) return 'listItem'
  if (/^——/.test(t)) return 'listItem'
  if (HEADING1.test(c)) return 'heading1'
  if (HEADING2.test(c)) return 'heading2'
  if (HEADING4.test(c)) return 'heading4'
  if (HEADING3.test(c)) return 'heading3'
  if (isCaption(t)) return 'caption'
  return 'paragraph'
}

/** A figure's caption whose figure was dropped: '图 1-1 规划范围示意图', '厕所立面图'. */
function isCaption(t: string): boolean {
  const c = compact(t)
  if (/^[图表]\d+([-—.．]\d+)*\S/.test(c) && c.length <= 30) return !hasInnerPunct(c)
  return c.length <= 16 && /(示意图|立面图|平面图|剖面图|分布图|效果图|流程图)$/.test(c) && !hasInnerPunct(c)
}

/** 第X条 starts a paragraph of its own even after an unfinished line. */
export function isArticle(text: string): boolean {
  return ARTICLE.test(compact(text))
}

/** A label-less member line: a 2–4 character name (maybe letter-spaced), a space, a post. */
export function isEntryShape(text: string): boolean {
  const t = text.trim()
  return ENTRY.test(t) && !/[，。；,;]/.test(t)
}

/** '组 长：刘 飞 县长' → '组长：刘飞 县长': letter-spacing collapsed, name and post kept apart. */
export function formatEntry(text: string): string {
  const t = text.trim()
  const m = /^([^:：]{1,10}?)\s*[:：]\s*(.*)$/.exec(t)
  if (m && NAME_LABEL.test(compact(m[1]) + '：')) return `${compact(m[1])}：${formatNamePost(m[2])}`
  return formatNamePost(t)
}

function formatNamePost(t: string): string {
  const m = ENTRY.exec(t.trim())
  if (!m || /[，。；,;]/.test(t)) return collapseSpaces(t)
  return `${compact(m[1])} ${collapseSpaces(m[2])}`
}

// The 附注 that says whether a document is public. Gazettes print it in several wordings:
// （此件公开发布）, （此件主动公开）, 公开属性：主动公开, 公开方式：全文公开, 信息公开选项：主动公开,
// （公开形式：主动公开）. Every reader and parser step that asks "is this line that note?" asks here.
import { compact } from './lines'

/** A labelled public line: 公开属性：…, 公开方式：…, 公开类型：…, (信息)公开选项：…, 公开形式：… (compact text). */
const LABEL = /^[（(]?(?:信息)?公开(?:属性|方式|类型|选项|形式)[:：]/

/** Whether a line opens with a public label ('公开属性：主动公开', '信息公开选项：依申请公开'). */
export function isPublicLabel(text: string): boolean {
  return LABEL.test(compact(text))
}

/**
 * A 附注 that makes the document public. 依申请公开, 不予公开 and 不公开 do not.
 */
export function marksPublic(text: string): boolean {
  const c = compact(text)
  if (/不予公开|不公开|依申请公开|非公开/.test(c)) return false
  return /此件可?(公开发布|主动公开|公开)|公开(属性|方式|类型|选项|形式)[:：](主动公开|全文公开|公开)/.test(c)
}

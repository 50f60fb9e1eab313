// A 印发 (or 转发, 批转) notice prints the plan it issues under its own closing: its title names
// that plan, in 《》 ('关于印发《政府网站集约化试点工作方案》的通知') or bare ('关于印发个人所得税
// 专项附加扣除暂行办法的通知'), and the plan's title stands right under the notice's date and 附注.
// A closing over that title is the notice's own, wherever the page's columns put it.
import { compact } from './lines'

/** What a bare 印发 title names: the words between the verb and the closing '的通知' ('的函', '的决定'). */
const BARE = /(?:印发|转发|批转)(.{4,}?)的[^的]{1,3}$/

/** The plans a document's title names (compact), quoted first; none when it prints none. */
export function plansNamed(title: string): string[] {
  const t = compact(title)
  const quoted = [...t.matchAll(/《([^》]+)》/g)].map((m) => m[1])
  if (quoted.length > 0) return quoted
  const bare = BARE.exec(t)
  return bare ? [bare[1]] : []
}

/** A title block's text opens one of the plans the document's title names (a long plan's title wraps). */
export function namesPlan(title: string, text: string): boolean {
  const head = compact(text)
  return head.length >= 4 && plansNamed(title).some((p) => p.startsWith(head))
}

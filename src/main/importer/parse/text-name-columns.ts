// A name list set as a ruled table of two columns (姓名 | 职务), which pdftotext without -layout
// writes a column at a time: the head's '姓 名', then every name of the page with the posts' row
// labels among them ('组长' / '梁文壮' / '副组长' / '刘 慧' / '成员' / '刘 伟' …), then the other
// column: its head ('单位及职务') and the posts, one a line, in the same order; on the next page
// the names again, then their posts. A person reads each name with the post on its row. Here each
// row comes together on its name's line ('梁文壮\t县委副书记、政府县长', a table's row as the PDF
// reader keeps one), a label row stays alone ('组长\t'), the posts' lines are blanked, so line
// indexes stay. Only when the posts are exactly as many as the names. Text without layout only.
import { compact, isBlank, type SourceLine } from './lines'
import { isNameRole } from './classify'

/** A person's name: two to four hanzi, a two-character one letter-spaced ('刘 慧'). */
const NAME = /^[\u4e00-\u9fff](?:[ \u3000]*[\u4e00-\u9fff]){1,3}$/
/** A post is short and no sentence. */
const MAX_POST = 40
/** Names a column without its head's '姓名' needs before it is taken for a table's. */
const MIN_ROWS = 3

const isName = (t: string): boolean => NAME.test(t.trim()) && !isNameRole(t)
const isPost = (t: string): boolean => {
  const c = compact(t)
  return c.length >= 2 && c.length <= MAX_POST && /^[\u4e00-\u9fff]/.test(c) && !/[。；：:，]/.test(c)
}

/** The non-blank lines from `i` up to the next blank one, and where the next group starts. */
function groupAt(lines: readonly SourceLine[], i: number): { at: number[]; next: number } {
  const at: number[] = []
  let k = i
  for (; k < lines.length && !isBlank(lines[k].text); k++) at.push(k)
  while (k < lines.length && isBlank(lines[k].text)) k++
  return { at, next: k }
}

/** A column of names and row labels (the head's cell first when `head`), or null. */
function namesOf(lines: readonly SourceLine[], at: number[], head: boolean): number[] | null {
  const cells = head ? at.slice(1) : at
  if (cells.some((k) => !isName(lines[k].text) && !isNameRole(lines[k].text))) return null
  const names = cells.filter((k) => isName(lines[k].text))
  return names.length > 0 ? names : null
}

/** Each two-column name table's rows on its names' lines, its posts' lines blank. */
export function joinNameColumns(lines: readonly SourceLine[], from = 0): SourceLine[] {
  if (lines.some((l) => l.layout)) return [...lines]
  let out: SourceLine[] | null = null
  const set = (k: number, text: string): void => {
    out ??= [...lines]
    out[k] = { ...out[k], text }
  }
  for (let i = from; i < lines.length; i++) {
    if (isBlank(lines[i].text) || (i > 0 && !isBlank(lines[i - 1].text))) continue
    // The head's '姓 名' over the names, or none (a list under its heading: '（一）部门委员').
    let head = compact(lines[i].text) === '姓名'
    let g = groupAt(lines, i)
    for (let first = true; ; first = false) {
      const names = namesOf(lines, g.at, head)
      if (!names || (first && !head && names.length < MIN_ROWS)) break
      const posts = groupAt(lines, g.next)
      const cells = head ? posts.at.slice(1) : posts.at
      if (posts.at.length === 0 || cells.length !== names.length || posts.at.some((k) => !isPost(lines[k].text))) break
      if (head) set(g.at[0], `${lines[g.at[0]].text.trim()}\t${lines[posts.at[0]].text.trim()}`)
      for (const k of g.at) if (isNameRole(lines[k].text)) set(k, lines[k].text.trim())
      names.forEach((k, n) => set(k, `${lines[k].text.trim()}\t${lines[cells[n]].text.trim()}`))
      for (const k of posts.at) set(k, '')
      head = false
      i = posts.next - 1
      g = groupAt(lines, posts.next)
    }
  }
  return out ?? [...lines]
}

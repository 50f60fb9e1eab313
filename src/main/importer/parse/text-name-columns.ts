// A name list set as a ruled table of two columns (姓名 | 职务), which pdftotext without -layout
// writes a column at a time: the head's '姓 名', then every name of the page with the posts' row
// labels among them ('组长' / '梁文壮' / '副组长' / '刘 慧' / '成员' / '刘 伟' …), then the other
// column: its head ('单位及职务') and the posts, one a line, in the same order; on the next page
// the names again, then their posts. A person reads each name with the post on its row. Here each
// row comes together on its name's line ('梁文壮\t县委副书记、政府县长', a table's row as the PDF
// reader keeps one), a label row stays alone ('组长\t'), the posts' lines are blanked, so line
// indexes stay. Only when the posts are as many as the names, once those that wrapped in their
// cell are joined to their rests (wrappedPosts). Text without layout only.
import { compact, isBlank, type SourceLine } from './lines'
import { isNameRole } from './classify'
import { displayWidth } from './text-flow'
import { countBigrams, type Bigrams } from './text-bigrams'

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

/** Share of the posts that may have wrapped in their cell: more extra lines are no table's wrapping. */
const MAX_WRAPPED_SHARE = 0.5

/**
 * A post column whose lines outnumber the names: posts that fill the cell wrapped onto a line of
 * their own ('县政府信息和金融' / '服务中心主任', '县委副书记、政府' / '县长'). The extra lines are
 * the rests of the posts that reach the column's widest width, each after the one whose words
 * run on into it best as the issue prints them elsewhere ('…金融' + '服务…'). Returns each post's
 * lines, or null where the count does not work out.
 */
function wrappedPosts(lines: readonly SourceLine[], at: number[], names: number, grams: () => Bigrams): number[][] | null {
  const extra = at.length - names
  if (extra === 0) return at.map((k) => [k])
  if (extra < 0 || extra > MAX_WRAPPED_SHARE * names) return null
  const width = (k: number): number => displayWidth(lines[k].text.trim())
  const cell = Math.max(...at.map(width))
  // A line that fills the cell, then a shorter one: a post and its rest.
  const joins = at.slice(0, -1).flatMap((k, j) => (width(k) === cell && width(at[j + 1]) < cell ? [{ j, score: grams().join(lines[k].text.trim(), lines[at[j + 1]].text.trim()) }] : []))
  const taken = new Set<number>()
  for (const { j, score } of joins.sort((x, y) => y.score - x.score)) {
    if (taken.size === extra) break
    if (score <= 0 || taken.has(j - 1) || taken.has(j + 1)) continue
    taken.add(j)
  }
  if (taken.size !== extra) return null
  const posts: number[][] = []
  at.forEach((k, j) => (taken.has(j - 1) ? posts[posts.length - 1].push(k) : posts.push([k])))
  return posts
}

/** Each two-column name table's rows on its names' lines, its posts' lines blank. */
export function joinNameColumns(lines: readonly SourceLine[], from = 0): SourceLine[] {
  if (lines.some((l) => l.layout)) return [...lines]
  let out: SourceLine[] | null = null
  // The pairs, counted only for a table whose posts wrapped (a pass over the whole text).
  let counted: Bigrams | null = null
  const grams = (): Bigrams => (counted ??= countBigrams(lines.slice(from).map((l) => l.text)))
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
      if (posts.at.length === 0 || posts.at.some((k) => !isPost(lines[k].text))) break
      const cells = wrappedPosts(lines, head ? posts.at.slice(1) : posts.at, names.length, grams)
      if (!cells) break
      if (head) set(g.at[0], `${lines[g.at[0]].text.trim()}\t${lines[posts.at[0]].text.trim()}`)
      for (const k of g.at) if (isNameRole(lines[k].text)) set(k, lines[k].text.trim())
      names.forEach((k, n) => set(k, `${lines[k].text.trim()}\t${cells[n].map((j) => lines[j].text.trim()).join('')}`))
      for (const k of posts.at) set(k, '')
      head = false
      i = posts.next - 1
      g = groupAt(lines, posts.next)
    }
  }
  return out ?? [...lines]
}

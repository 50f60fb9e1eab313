// Name lists set as a table of two columns (name, post), which pdftotext writes one cell a line:
// '郑泽光' / '外交部副部长' / '连维良' / '发展改革委副主任', and a letter-spaced two-character
// name as two lines, before or around its post ('黄' / '科技部副部长' / '卫'). A person reads
// each name with the post on its row; here each row comes together again on its name's line
// ('黄　卫　　科技部副部长'), its other lines blank, so line indexes stay. Text without layout only.
import { compact, isBlank, type SourceLine } from './lines'
import { docTypeOf } from './doc-type'

/** A name, maybe after its role ('副主任：陈宝生', '主 任：孙春兰'): two to four hanzi. */
const NAME = /^(?:[^：:，。；]{1,6}[：:])?[\u4e00-\u9fff](?:[ \u3000]*[\u4e00-\u9fff]){1,3}$/
const HANZI = /^[\u4e00-\u9fff]$/
/** Rows in a run before a run is a name list. */
const MIN_ROWS = 3
/** A post is short and no sentence. */
const MAX_POST = 40

const isName = (t: string): boolean => NAME.test(t.trim())
const isChar = (t: string): boolean => HANZI.test(compact(t))

/**
 * A row already whole: a name, two spaces or more, its post ('孙春兰          国务院副总理', as text
 * that keeps each line's place writes the row's two cells). It is no post of the line over it (a
 * category's label set on a row of its own: '主任' over the row of its holder).
 */
const WHOLE_ROW = /^[一-鿿](?:[ 　]*[一-鿿]){1,3} {2,}[一-鿿]/

/** A post: some hanzi, no sentence, not a name, not a heading or label of its own, not a whole row. */
function isPost(t: string): boolean {
  const c = compact(t)
  if (c.length < 2 || c.length > MAX_POST || /[。；：:]/.test(c) || isName(t) || WHOLE_ROW.test(t.trim())) return false
  // A date (the signature's), a 文号 or a title under an issuer's name is no post.
  if (/[\d〇零一二三四五六七八九十]+年[\d〇零一二三四五六七八九十]+月/.test(c) || /[〔［\[][\d]{4}[〕］\]]/.test(c) || /^关于/.test(c)) return false
  if (/^([（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|第[一二三四五六七八九十百零〇\d]+[章节条])/.test(c)) return false
  // A title's wrapped tail ('成人员的通知') ends in '的' and its 文种: no post does.
  if (/的[\u4e00-\u9fff]{1,3}$/.test(c) && docTypeOf(c) !== null) return false
  return (c.match(/[\u4e00-\u9fff]/g) ?? []).length >= 2
}

/**
 * A line whose text goes on below it (a title's first line: '国务院办公厅关于 2019 年部分节假日安排'),
 * so the short line under it is its tail ('的通知'), not a name: long, no closing mark, no label.
 */
function goesOn(t: string): boolean {
  const c = compact(t)
  // A list's heading ('部际联席会议成员名单') is whole: the names under it start the list.
  return c.length > 8 && /[\u4e00-\u9fff]$/.test(c) && !/名单$/.test(c) && !/^([（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、)/.test(c)
}

interface Row {
  /** Indexes of the name's lines, in reading order, and of the post's line. */
  names: number[]
  post: number
  /** The post's wrapped last line ('中央宣传部副部长、中央政研室副' / '主任'), when it has one. */
  tail?: number
  /** Index into the non-blank lines after the row. */
  next: number
}

/** The row starting at non-blank line `k` (indexes into `idx`), or null. */
function rowAt(lines: readonly SourceLine[], idx: number[], k: number): Row | null {
  const t = (j: number): string => (j < idx.length ? lines[idx[j]].text : '')
  if (isName(t(k)) && isPost(t(k + 1))) return { names: [idx[k]], post: idx[k + 1], next: k + 2 }
  if (!isChar(t(k))) return null
  if (isChar(t(k + 1)) && isPost(t(k + 2))) return { names: [idx[k], idx[k + 1]], post: idx[k + 2], next: k + 3 }
  if (isPost(t(k + 1)) && isChar(t(k + 2))) return { names: [idx[k], idx[k + 2]], post: idx[k + 1], next: k + 3 }
  return null
}

/** Short lines of a list a row may not take (a letter-spaced name's half '成员：孙', a post whose name went elsewhere). */
const MAX_STRAY = 2
const isStray = (t: string): boolean => isChar(t) || isPost(t) || /^[^：:，。；]{1,6}[：:][\u4e00-\u9fff]$/.test(compact(t))

/**
 * The row at non-blank line `k`; with `acrossProse`, also past a stray line or two of the list
 * (pdftotext writes a letter-spaced name's halves and its post lines apart among the prose).
 */
function nextRow(lines: readonly SourceLine[], idx: number[], k: number, acrossProse: boolean): Row | null {
  for (let s = 0; s <= (acrossProse ? MAX_STRAY : 0) && k + s < idx.length; s++) {
    const r = rowAt(lines, idx, k + s)
    if (r) return r
    if (!isStray(lines[idx[k + s]].text)) return null
  }
  return null
}

/** A post's wrapped last line is short: the rest of its last words. */
const MAX_TAIL = 12
/** A post that wraps fills its cell: this many characters or more (a column of a page in two). */
const MIN_WRAPPED_POST = 12

/**
 * The row's post goes on on the next line ('王晓晖' / '中央宣传部副部长、中央政研室副' / '主任' /
 * '丁向阳'): a short line of hanzi, no sentence, no label, that starts no row, with a row after it.
 * The row takes it, and the list goes on after it.
 */
function withTail(lines: readonly SourceLine[], idx: number[], r: Row): Row {
  if (r.next + 1 >= idx.length) return r
  const c = compact(lines[idx[r.next]].text)
  if (c.length < 2 || c.length > MAX_TAIL || !/^[\u4e00-\u9fff、]+$/.test(c) || /^[一二三四五六七八九十]+、/.test(c)) return r
  // A name of three hanzi or more is one whose post the converter wrote elsewhere ('贾高建').
  if (c.length >= 3 && isName(c)) return r
  // Only a post that fills its cell wraps ('国务院副秘书长' / '民航总局局长' are two posts).
  const post = compact(lines[r.post].text).length
  if (post < MIN_WRAPPED_POST || post < c.length || rowAt(lines, idx, r.next) || !rowAt(lines, idx, r.next + 1)) return r
  return { ...r, tail: idx[r.next], next: r.next + 1 }
}

/** A wrapped line of the other column's prose: long, or a sentence (never a name or a post). */
const PROSE_LEN = 18
const isProse = (t: string): boolean => compact(t).length >= PROSE_LEN || /[，。；]/.test(t)

/**
 * Each name list's rows on one line: 'name　　post'; the rows' other lines blank. With
 * `acrossProse`, a list set in one column beside prose in the other, which pdftotext interleaves
 * line by line ('召集人：孙春兰' / '国务院副总理' / '决策部署；统筹协调…' / '副召集人：陈宝生'),
 * is read past the prose lines, which stay where they are for the column reader.
 */
export function pairNames(lines: readonly SourceLine[], from = 0, acrossProse = false): SourceLine[] {
  const out = [...lines]
  if (lines.some((l) => l.layout)) return out
  const idx: number[] = []
  for (let i = from; i < lines.length; i++) if (!isBlank(lines[i].text) && !(acrossProse && isProse(lines[i].text))) idx.push(i)
  let k = 0
  while (k < idx.length) {
    const rows: Row[] = []
    if (!goesOn(k > 0 ? lines[idx[k - 1]].text : '')) {
      for (let r = rowAt(lines, idx, k); r; r = nextRow(lines, idx, r.next, acrossProse)) {
        r = withTail(lines, idx, r)
        rows.push(r)
      }
    }
    if (rows.length < MIN_ROWS) {
      k++
      continue
    }
    for (const r of rows) {
      const name = r.names.map((i) => lines[i].text.trim()).join('\u3000')
      const post = lines[r.post].text.trim() + (r.tail === undefined ? '' : compact(lines[r.tail].text))
      out[r.names[0]] = { ...lines[r.names[0]], text: `${name}\u3000\u3000${post}` }
      for (const i of [...r.names.slice(1), r.post, ...(r.tail === undefined ? [] : [r.tail])]) out[i] = { no: lines[i].no, text: '' }
    }
    k = rows[rows.length - 1].next
  }
  return out
}

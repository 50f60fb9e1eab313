// Name lists set as a table of two columns (name, post), which pdftotext writes one cell a line:
// '郑泽光' / '外交部副部长' / '连维良' / '发展改革委副主任', and a letter-spaced two-character
// name as two lines, before or around its post ('黄' / '科技部副部长' / '卫'). A person reads
// each name with the post on its row; here each row comes together again on its name's line
// ('黄　卫　　科技部副部长'), its other lines blank, so line indexes stay. Text without layout only.
import { compact, isBlank, type SourceLine } from './lines'
import { docTypeOf } from './doc-type'
import { PAGE_WIDE, THREE_WIDE } from './text-widths'
import { pageWidths } from './text-page-widths'

/** A name, maybe after its role ('副主任：陈宝生', '主 任：孙春兰'): two to four hanzi. */
const NAME = /^(?:[^：:，。；]{1,6}[：:])?[\u4e00-\u9fff](?:[ \u3000]*[\u4e00-\u9fff]){1,3}$/
const HANZI = /^[\u4e00-\u9fff]$/
/** Rows in a run before a run is a name list. */
const MIN_ROWS = 3
/** A post is short and no sentence. */
const MAX_POST = 40

/** A title's wrapped tail ('的通知'): no name, though as short. */
const NO_NAME = /^的/
const isName = (t: string): boolean => NAME.test(t.trim()) && !NO_NAME.test(compact(t))
const isChar = (t: string): boolean => HANZI.test(compact(t))

/**
 * A row already whole: a name, two spaces or more, its post ('孙春兰          国务院副总理', as text
 * that keeps each line's place writes the row's two cells), or a tab between them (a Word table's
 * row: '梁文壮\t县委副书记、政府县长'). It is no post of the line over it (a category's label set on
 * a row of its own: '主任', or a Word row '组长\t' with its other cell empty, over the row of its holder).
 */
const WHOLE_ROW = /^[一-鿿](?:[ 　]*[一-鿿]){1,3}(?: {2,}|\t)[一-鿿]/

/** A post: some hanzi, no sentence, not a name, not a heading or label of its own, not a whole row. */
function isPost(t: string): boolean {
  const c = compact(t)
  if (c.length < 2 || c.length > MAX_POST || /[。；：:]/.test(c) || isName(t) || WHOLE_ROW.test(t.trim())) return false
  // A date (the signature's), a 文号 or a title under an issuer's name is no post.
  if (/[\d〇零一二三四五六七八九十]+年[\d〇零一二三四五六七八九十]+月/.test(c) || /[〔［\[][\d]{4}[〕］\]]/.test(c) || /^关于/.test(c)) return false
  if (/^([（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|第[一二三四五六七八九十百零〇\d]+[章节条])/.test(c)) return false
  // A title's wrapped tail ('成人员的通知') ends in '的' and its 文种: no post does.
  if (/的[\u4e00-\u9fff]{1,3}$/.test(c) && docTypeOf(c) !== null) return false
  // Nor is the list's heading ('部际联席会议成员名单').
  if (/名单$/.test(c)) return false
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
  const fullAt = acrossProse ? pageWidths(lines, from) : null
  const twoColumns = (i: number): boolean => fullAt !== null && fullAt(i) > THREE_WIDE && fullAt(i) < PAGE_WIDE
  let k = 0
  while (k < idx.length) {
    const rows: Row[] = []
    if (!goesOn(k > 0 ? lines[idx[k - 1]].text : '')) {
      for (let r = rowAt(lines, idx, k); r; r = nextRow(lines, idx, r.next, acrossProse) ?? (acrossProse && twoColumns(idx[k]) ? resumed(lines, idx, r.next) : null)) {
        r = withTail(lines, idx, r)
        rows.push(r)
      }
    }
    if (rows.length < MIN_ROWS) {
      k++
      continue
    }
    // On a page in two columns, each column's names and posts in order (alignedRows); a column of
    // a page in three is too narrow for its posts to be told from the other columns' short lines.
    const aligned = twoColumns(rows[0].post) ? alignedRows(lines, idx, leadStart(lines, idx, k), rows[rows.length - 1].next, rows) : []
    // Taken where it reads some post with another name than the chain did, or a post the chain left.
    const byPost = new Map(rows.map((r) => [r.post, r.names[r.names.length - 1]]))
    const moves = aligned.some((r) => !r.names.includes(byPost.get(r.post) ?? -1))
    const taken = moves && aligned.length >= rows.length ? aligned : rows
    for (const r of taken) {
      const name = r.names.map((i) => lines[i].text.trim()).join('\u3000')
      const post = lines[r.post].text.trim() + (r.tail === undefined ? '' : compact(lines[r.tail].text))
      out[r.names[0]] = { ...lines[r.names[0]], text: `${name}\u3000\u3000${post}` }
      for (const i of [...r.names.slice(1), r.post, ...(r.tail === undefined ? [] : [r.tail])]) out[i] = { no: lines[i].no, text: '' }
    }
    k = rows[rows.length - 1].next
  }
  return out
}

/** Lines after a list's row its next row may stand within, past the other column's short lines. */
const MAX_GAP = 6
/** The other column's short lines (no name, no post) a list may be read past ('直属机构：'). */
const MAX_OTHER = 2

/**
 * The row that resumes a list past the other column's short lines, the two halves of a name set
 * letter-spaced among them ('倪' / '住房城乡建设部副部长' / '直属机构：' / '（国办发明电〔2018〕15 号）'
 * / '虹' / '戴东昌'): within MAX_GAP lines, at most MAX_OTHER of them neither a name's piece nor a post.
 */
function resumed(lines: readonly SourceLine[], idx: number[], k: number): Row | null {
  let other = 0
  let halves = 0
  for (let s = k; s < idx.length && s < k + MAX_GAP; s++) {
    const r = rowAt(lines, idx, s)
    if (r) return halves >= 2 ? r : null
    const kind = pieceOf(lines[idx[s]].text)
    if (kind === 'other' && ++other > MAX_OTHER) return null
    if (kind === 'char') halves++
  }
  return null
}


/** A role's label with the name's first character, its second on a line of its own ('任：尤' / '权'). */
const LABEL_CHAR = /^[^：:，。；]{1,6}[：:][\u4e00-\u9fff]$/
/** Name pieces before a list's first row that may be its first row's name ('主' / '任：尤' / '权'). */
const MAX_LEAD = 3

type Piece = 'char' | 'label' | 'name' | 'post' | 'other'

function pieceOf(t: string): Piece {
  if (isChar(t)) return 'char'
  if (LABEL_CHAR.test(compact(t))) return 'label'
  if (isName(t)) return 'name'
  return isPost(t) ? 'post' : 'other'
}

/**
 * Where a list whose first row the chain found at non-blank line `k` starts: back over the pieces
 * of a name set letter-spaced under its role ('组' / '长：韩' / '正'), which the chain cannot read
 * as a row when the converter wrote the next row's name before its post.
 */
function leadStart(lines: readonly SourceLine[], idx: number[], k: number): number {
  let s = k
  while (s > 0 && k - s < MAX_LEAD && ['char', 'label'].includes(pieceOf(lines[idx[s - 1]].text)) && !goesOn(s > 1 ? lines[idx[s - 2]].text : '')) s--
  return s
}

/** Cost of leaving a name or a post of the list without its row: two cost more than a pair a few lines apart. */
const UNPAIRED = 2
/** A pair costs a little of itself: of two readings equally near, the one with fewer rows made up. */
const PAIRED = 0.1

/**
 * The rows of a list between non-blank lines `from` and `to`, each column read in order: the names
 * (a letter-spaced name's pieces put together, its role's label with it: '组' / '长：韩' / '正')
 * and the posts (with the tails the chain gave them, `chain`), matched in order, each name with
 * the post nearest after it. pdftotext writes a row's two cells at its height, the post now after
 * the next row's name ('主' / '任：尤' / '权' / '副主任：杨元元' / '国务院副秘书长' / '民航总局局长'):
 * reading a name only with the line after it pairs each row with the next one's post.
 */
function alignedRows(lines: readonly SourceLine[], idx: number[], from: number, to: number, chain: Row[]): Row[] {
  const pos = new Map(idx.map((i, j) => [i, j]))
  const tailOf = new Map<number, number>()
  for (const r of chain) if (r.tail !== undefined) tailOf.set(pos.get(r.post) ?? -1, pos.get(r.tail) ?? -1)
  const names: number[][] = []
  const posts: number[] = []
  let pending: number[] = []
  let labelled = false
  // A name's piece alone ('汤', its '涛' written elsewhere) is a name left without its row: it
  // takes no post, yet holds its place, so that the posts after it do not move up a row.
  const flush = (): void => {
    if (pending.length) names.push([-1, ...pending])
    pending = []
    labelled = false
  }
  for (let j = from; j < to; j++) {
    const kind = pieceOf(lines[idx[j]].text)
    if (kind === 'char') {
      // A two-character name set apart ('刘' / '伟'), or the last piece of one under its role ('长：韩' / '正').
      if (pending.length) {
        names.push([...pending, j])
        pending = []
        labelled = false
      } else pending = [j]
    } else if (kind === 'label') {
      if (pending.length !== 1 || labelled) flush()
      pending.push(j)
      labelled = true
    } else if (kind === 'name') {
      // A role's first character set apart before the rest ('成' / '员：郭卫民').
      const role = pending.length === 1 && !labelled && /[：:]/.test(lines[idx[j]].text)
      if (!role) flush()
      names.push([...pending, j])
      pending = []
      labelled = false
    } else if (kind === 'post' && ![...tailOf.values()].includes(j)) posts.push(j)
  }
  flush()
  // Names and posts matched in order: each pair costs the lines between them, each left out UNPAIRED.
  const a = names.length
  const b = posts.length
  // A row's post is written after its name's first piece (the converter writes a row left to right).
  const dist = (i: number, p: number): number => (names[i][0] < 0 || names[i][0] > posts[p] ? Infinity : Math.min(...names[i].filter((j) => j < posts[p]).map((j) => posts[p] - j - 1)))
  const cost: number[][] = Array.from({ length: a + 1 }, () => new Array<number>(b + 1).fill(Infinity))
  const move: number[][] = Array.from({ length: a + 1 }, () => new Array<number>(b + 1).fill(0))
  cost[0][0] = 0
  for (let i = 0; i <= a; i++) {
    for (let p = 0; p <= b; p++) {
      const c = cost[i][p]
      if (c === Infinity) continue
      if (i < a && c + UNPAIRED < cost[i + 1][p]) [cost[i + 1][p], move[i + 1][p]] = [c + UNPAIRED, 1]
      if (p < b && c + UNPAIRED < cost[i][p + 1]) [cost[i][p + 1], move[i][p + 1]] = [c + UNPAIRED, 2]
      const d = i < a && p < b ? dist(i, p) : Infinity
      if (d < 2 * UNPAIRED && c + d + PAIRED < cost[i + 1][p + 1]) [cost[i + 1][p + 1], move[i + 1][p + 1]] = [c + d + PAIRED, 3]
    }
  }
  const rows: Row[] = []
  for (let i = a, p = b; i > 0 || p > 0; ) {
    const m = move[i][p]
    if (m === 3) {
      const tail = tailOf.get(posts[p - 1])
      rows.unshift({ names: names[i - 1].map((j) => idx[j]), post: idx[posts[p - 1]], ...(tail === undefined ? {} : { tail: idx[tail] }), next: to })
    }
    if (m !== 2) i--
    if (m !== 1) p--
  }
  return rows
}

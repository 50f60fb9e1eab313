// Name tables and name lists in a column of `-layout` text, once the page's columns are read one
// after another: each name and its post kept on one row, a name or post wrapped in its cell put back.
import { leadingBlanks } from '../parse/lines'
import { ems } from './text-layout-rows'

/** A name (two to four hanzi, maybe letter-spaced), two spaces or more, a post with no clause in it. */
const NAME_ROW = /^(\s*)([\u4e00-\u9fff](?: {0,6}[\u4e00-\u9fff]){1,3}) {2,}([^\s，。；,;：:][^，。；,;]{1,40})$/

/** A regulation's chapter or article label (第二章, 第十四条), no name. */
const LABEL = /^第[一二三四五六七八九十百零〇\d]+[章节条款编]$/

/**
 * A name list in a column keeps each name and its post on a row, the cells between them spaces:
 * two such rows or more in a row are set as text written column by column sets them
 * ('黄　卫　　科技部副部长' from text-names.ts), name and post two ideographic spaces apart.
 */
export function nameRows(given: string[]): string[] {
  const rows = joinPostTails(joinNameRests(given))
  // A chapter or article label before its text ('第七条  专利代理机构…') makes a page of a regulation.
  const entry = rows.map((r) => NAME_ROW.exec(r.trimEnd()))
  // A post wrapped in a narrow column goes on under it, at the column's edge, left of the name
  // ('马志明     院士、中科院数学与' / '系统科学研究院学术委员会主任'): an entry past such a line is a neighbour.
  const wrapped = (i: number): boolean => {
    const [m, r] = [entry[i], rows[i + 1]]
    return !!m && r !== undefined && !entry[i + 1] && r.trim() !== '' && !/ {2,}/.test(r.trim()) && leadingBlanks(r) < m[1].length
  }
  const listed = (i: number): boolean => !!entry[i - 1] || !!entry[i + 1] || (wrapped(i - 2) && i >= 2) || (wrapped(i) && !!entry[i + 2])
  return rows.map((r, i) => {
    const m = entry[i]
    if (!m || !listed(i) || entry.some((e) => e && LABEL.test(e[2].replace(/ +/g, '')))) return r
    return `${m[1]}${m[2].replace(/ +/g, '')}\u3000\u3000${m[3]}`
  })
}

/** A table row's first cell: one or two hanzi (a name's start, a post like 副组), its post after a blank. */
const NAME_HEAD = /^(\s*)([\u4e00-\u9fff]{1,2})(?: +([^\s，。；,;：:]\S*))?$/
/**
 * A name's rest wrapped under it: one or two hanzi alone, or beside its post's rest where the post
 * wrapped too ('王晋 县经济开发区管理委员会建设' / '彪 规划部部长'), hanzi alone (a 目录's '第 9页' is none).
 */
const NAME_REST = /^(\s*)([\u4e00-\u9fff]{1,2})(?: ([\u4e00-\u9fff、（）]+))?$/
/** A table's rows: this many wrapped names in a row, each pair within a line of the last. */
const MIN_WRAPPED_NAMES = 3

/**
 * A name table set in a narrow column whose name cell holds two characters a line: each name's
 * rest goes on alone under its start, the post beside its first line ('李 县政府副县长' / '茂').
 * Put back after the name, as the row reads. Only in a run of MIN_WRAPPED_NAMES such rows: a
 * paragraph's short last lines ('务副' / '院长') stand alone.
 */
function joinNameRests(rows: string[]): string[] {
  const pair = (i: number): boolean => {
    const [head, rest] = [NAME_HEAD.exec(rows[i] ?? ''), NAME_REST.exec(rows[i + 1] ?? '')]
    // A post's rest goes on only under a post.
    return !!head && !!rest && Math.abs(head[1].length - rest[1].length) <= 1 && (!rest[3] || !!head[3])
  }
  const pairs = rows.flatMap((_, i) => (pair(i) ? [i] : []))
  // Rows with a post count: a list of bare two-character names, one a line, is no table.
  const posted = (i: number): boolean => !!NAME_HEAD.exec(rows[i])?.[3]
  const inRun = (k: number): number => {
    let [a, b] = [k, k]
    while (a > 0 && pairs[a] - pairs[a - 1] <= 3) a--
    while (b + 1 < pairs.length && pairs[b + 1] - pairs[b] <= 3) b++
    return pairs.slice(a, b + 1).filter(posted).length
  }
  const join = new Set(pairs.filter((_, k) => inRun(k) >= MIN_WRAPPED_NAMES))
  const out: string[] = []
  for (let i = 0; i < rows.length; i++) {
    const head = join.has(i) ? NAME_HEAD.exec(rows[i]) : null
    if (!head) {
      out.push(rows[i])
      continue
    }
    // Name and post two blanks apart, as a name table's cells (NAME_ROW).
    const rest = NAME_REST.exec(rows[i + 1])!
    out.push(`${head[1]}${head[2]}${rest[2]}${head[3] ? `  ${head[3]}${rest[3] ?? ''}` : ''}`)
    i++
  }
  return out
}

/**
 * A name table's post wrapped in its cell goes on under the post's start, alone on its row
 * ('裴亚军        县政府信息和金融' / '              服务中心主任'): put back after the post, as the
 * table's row reads. Only after a name and a post set apart as a table's cells (NAME_ROW), a
 * rest no wider than the post's first line.
 */
function joinPostTails(rows: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < rows.length; i++) {
    const m = NAME_ROW.exec(rows[i].trimEnd())
    const next = rows[i + 1]
    const postAt = rows[i].trimEnd().length - (m?.[3].length ?? 0)
    // The rest is no wider than the cell's first line it wrapped from (no 文号 set under the table).
    const tail = next !== undefined && m !== null && !NAME_ROW.test(next.trimEnd()) && !/ {2,}/.test(next.trim()) && Math.abs(leadingBlanks(next) - postAt) <= 1 && ems(next.trim()) <= ems(m[3])
    out.push(tail ? rows[i].trimEnd() + next.trim() : rows[i])
    if (tail) i++
  }
  return out
}

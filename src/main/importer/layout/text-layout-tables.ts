// A ruled table set inside a page's column, in text that keeps each line's place on the page
// (`pdftotext -layout`): no rules, each cell's text where the cell stands, a row of short cells
// apart by wide blanks, figures among them ('交楼   946   314   422   94    47'). A narrow column
// wraps a cell's text onto the rows under it, each piece under the cell's start ('申乡   1     6':
// 交楼申乡, 9461, 3146). A person reads each cell whole and the table row by row.

/** A table's row: cells apart by two spaces or more, this many or more… */
const MIN_TABLE_CELLS = 4
/** …two of them figures, each cell this many characters at most (a narrow column's cell). */
const MAX_TABLE_CELL = 6
/** Rows that start a cell at a place for it to be the table's column. */
const MIN_TABLE_ROWS = 3

const FIGURE = /^\d[\d.,%]*$/

/** A piece of a row and the cell it starts at. */
export type Cell = { at: number; text: string }

/** A row's cells: its pieces apart by two spaces or more, each with the cell it starts at. */
export function cellsOf(row: string): Cell[] {
  return [...row.trimEnd().matchAll(/\S+(?: \S+)*/g)].map((m) => ({ at: m.index, text: m[0] }))
}

/** A row of a table's body: cells enough, figures among them, every cell short. */
function isFigureRow(cells: readonly { text: string }[]): boolean {
  return cells.length >= MIN_TABLE_CELLS && cells.filter((c) => FIGURE.test(c.text)).length >= 2
}

/**
 * Where a table's columns start, in cells: places where short cells of rows of figures start, on
 * a few rows. A row does not end its left column at such a place just before the gutter.
 */
export function tableStops(rows: readonly string[]): Set<number> {
  return new Set([...figureStops(rows), ...postStops(rows), ...narrowStops(rows)])
}

/** The places that start a table's cell on `min` rows or more: each row's places, as `placesOf` reads them. */
function placesOnRows(rows: readonly string[], placesOf: (cells: Cell[]) => number[], min: number): number[] {
  const count = new Map<number, number>()
  for (const r of rows) for (const at of placesOf(cellsOf(r))) count.set(at, (count.get(at) ?? 0) + 1)
  return [...count].filter(([, n]) => n >= min).map(([at]) => at)
}

/** Where a ruled table's columns of figures start: the places joinTableRows reads rows at. */
function figureStops(rows: readonly string[]): Set<number> {
  const figures = (cells: Cell[]): number[] => (isFigureRow(cells) ? cells.filter((c) => [...c.text].length <= MAX_TABLE_CELL).map((c) => c.at) : [])
  return new Set(placesOnRows(rows, figures, MIN_TABLE_ROWS))
}

/** A form's narrow cell on a row: a character or two, a label wrapped a character to a line. */
const NARROW_CELL = /^\S{1,2}$/
/** Cells from the page's edge a form's row starts at, at most: its first cell or its second's place. */
const NARROW_FROM = 8
/** Rows a narrow cell's place must hold one on, among others on the row, to be a form's column. */
const MIN_NARROW_ROWS = 4

/**
 * Where a form's narrow cells start: a table of labels a character or two wide (基本情况 | 姓名 |
 * 性别 | 出生年月, each wrapped a character to a line) set in the left column, each row opening
 * with two of its cells or more, near the page's edge. The last cell may stand a few cells before the gutter ('本     名
 * 别    生' beside a blank right column): it is the form's, no right column's line.
 */
function narrowStops(rows: readonly string[]): number[] {
  const narrowCells = (cells: Cell[]): number[] => {
    const lead = cells.findIndex((c) => !NARROW_CELL.test(c.text))
    const narrow = lead < 0 ? cells : cells.slice(0, lead)
    // A row of the left column's form starts at the page's edge or a cell or two in (its first
    // column blank): a form in the right column draws no gutter of its own.
    return narrow.length < 2 || narrow[0].at > NARROW_FROM ? [] : narrow.map((c) => c.at)
  }
  return placesOnRows(rows, narrowCells, MIN_NARROW_ROWS)
}

/** A person's name in a table's first cell: two to four hanzi, a two-hanzi name letter-spaced ('吕 军'). */
const NAME_CELL = /^[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,3}$/
/** Cells a name's row leaves blank before the post, at the least: a table's column, no word space. */
const NAME_GAP = 6
/** Rows that set a post at a place, after a name, for it to be a name table's column. */
const MIN_POST_ROWS = 4

/**
 * Where a name table's second column starts: a table of names and posts ('姓 名  单位及职务') set
 * inside the left column, each name at the column's edge and its post far to its right, the
 * post's rest wrapped under it ('裴亚军        县政府信息和金融' / '             服务中心主任').
 * A row whose right column is blank beside it holds the name and the post alone, and the post,
 * well before the gutter, is the left column's cell: no right column's line.
 */
function postStops(rows: readonly string[]): number[] {
  const post = (cells: Cell[]): number[] =>
    cells.length < 2 || !NAME_CELL.test(cells[0].text) || cells[1].at - cells[0].at - cells[0].text.length < NAME_GAP ? [] : [cells[1].at]
  return placesOnRows(rows, post, MIN_POST_ROWS)
}

/**
 * The rows with each table's rows read whole: a run of rows whose short cells all start at the
 * table's columns, rows of figures among them, is cut into table rows, each opened by a row that
 * fills every column (the header's first row, each body row's) and going on over the rows that
 * fill fewer (the wrapped cells' rest). Each table row becomes one line, its cells read down
 * each column and set apart by tabs, as the PDF reader keeps a table's rows.
 */
export function joinTableRows(rows: readonly string[]): string[] {
  const stops = figureStops(rows)
  if (stops.size < MIN_TABLE_CELLS) return [...rows]
  const cells = rows.map(cellsOf)
  const onGrid = (i: number): boolean => cells[i].length > 0 && cells[i].every((c) => stops.has(c.at) && [...c.text].length <= MAX_TABLE_CELL)
  const out: string[] = []
  for (let i = 0; i < rows.length; ) {
    let end = i
    while (end < rows.length && onGrid(end)) end++
    if (end === i) {
      out.push(rows[i++])
      continue
    }
    const block = cells.slice(i, end)
    if (block.filter(isFigureRow).length < MIN_TABLE_ROWS) {
      out.push(...rows.slice(i, end))
      i = end
      continue
    }
    const columns = [...new Set(block.flatMap((r) => r.map((c) => c.at)))].sort((a, b) => a - b)
    let row: string[] | null = null
    for (const r of block) {
      if (row === null || r.length === columns.length) {
        if (row) out.push(row.join('\t'))
        row = columns.map(() => '')
      }
      for (const c of r) row[columns.indexOf(c.at)] += c.text
    }
    if (row) out.push(row.join('\t'))
    i = end
  }
  return out
}

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

/** A row's cells: its pieces apart by two spaces or more, each with the cell it starts at. */
export function cellsOf(row: string): { at: number; text: string }[] {
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
  const count = new Map<number, number>()
  for (const r of rows) {
    const cells = cellsOf(r)
    if (!isFigureRow(cells)) continue
    for (const c of cells) if ([...c.text].length <= MAX_TABLE_CELL) count.set(c.at, (count.get(c.at) ?? 0) + 1)
  }
  return new Set([...count].filter(([, n]) => n >= MIN_TABLE_ROWS).map(([at]) => at))
}

/**
 * The rows with each table's rows read whole: a run of rows whose short cells all start at the
 * table's columns, rows of figures among them, is cut into table rows, each opened by a row that
 * fills every column (the header's first row, each body row's) and going on over the rows that
 * fill fewer (the wrapped cells' rest). Each table row becomes one line, its cells read down
 * each column and set apart by tabs, as the PDF reader keeps a table's rows.
 */
export function joinTableRows(rows: readonly string[]): string[] {
  const stops = tableStops(rows)
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

// Ruling lines of a page from its drawing operators (pure: the operator codes come in as numbers).
// A table's rules are drawn as stroked lines (XeLaTeX), stroked rectangles, or thin filled
// rectangles (LibreOffice, Word exports); each becomes a horizontal or vertical segment in page
// units (PDF points, y upwards), with the transforms in force applied.

/** A horizontal (y0 = y1) or vertical (x0 = x1) segment, ends ordered (x0 ≤ x1, y0 ≤ y1). */
export interface Rule {
  x0: number
  y0: number
  x1: number
  y1: number
}

/** The pdf.js operator codes this module reads (pdf.js's OPS), and its path codes (DrawOPS). */
export interface OpCodes {
  save: number
  restore: number
  transform: number
  constructPath: number
  /** Painting operators that fill (fill, eoFill, fillStroke, …) and that only stroke. */
  fills: number[]
  strokes: number[]
}

type Matrix = [number, number, number, number, number, number]

const MOVE = 0
const LINE = 1
const CURVE = 2
const QUAD = 3
const CLOSE = 4
// Coordinates each path code takes from the buffer.
const ARITY = [2, 2, 6, 4, 0]

// A filled rectangle this thin (points) is a rule, not a shaded cell.
const THIN = 2.5
// Segments shorter than this are ticks or glyph-like marks, not rules.
const MIN_LENGTH = 6
// Within this many points of a line, a segment is straight along it.
const STRAIGHT = 0.5

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ]
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]
}

/** The segment from a to b when it runs straight across or down the page and is long enough. */
export function straight(a: [number, number], b: [number, number]): Rule | null {
  const [x0, x1] = a[0] <= b[0] ? [a[0], b[0]] : [b[0], a[0]]
  const [y0, y1] = a[1] <= b[1] ? [a[1], b[1]] : [b[1], a[1]]
  if (y1 - y0 <= STRAIGHT && x1 - x0 >= MIN_LENGTH) return { x0, x1, y0: (y0 + y1) / 2, y1: (y0 + y1) / 2 }
  if (x1 - x0 <= STRAIGHT && y1 - y0 >= MIN_LENGTH) return { x0: (x0 + x1) / 2, x1: (x0 + x1) / 2, y0, y1 }
  return null
}

/** A thin filled rectangle's centre line, or null when the box is not thin and long. */
function centreLine(points: [number, number][]): Rule | null {
  const xs = points.map((p) => p[0])
  const ys = points.map((p) => p[1])
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]
  if (y1 - y0 <= THIN && x1 - x0 >= MIN_LENGTH) return { x0, x1, y0: (y0 + y1) / 2, y1: (y0 + y1) / 2 }
  if (x1 - x0 <= THIN && y1 - y0 >= MIN_LENGTH) return { x0: (x0 + x1) / 2, x1: (x0 + x1) / 2, y0, y1 }
  return null
}

/** Subpaths of a pdf.js path buffer, as page points; curves end a subpath's straight run. */
function subpaths(data: ArrayLike<number>, m: Matrix): { points: [number, number][]; closed: boolean; curved: boolean }[] {
  const out: { points: [number, number][]; closed: boolean; curved: boolean }[] = []
  let cur: (typeof out)[number] | null = null
  for (let i = 0; i < data.length; ) {
    const op = data[i]
    const n = ARITY[op] ?? 0
    if (op === MOVE) {
      cur = { points: [apply(m, data[i + 1], data[i + 2])], closed: false, curved: false }
      out.push(cur)
    } else if (op === LINE && cur) {
      cur.points.push(apply(m, data[i + 1], data[i + 2]))
    } else if ((op === CURVE || op === QUAD) && cur) {
      cur.curved = true
      cur.points.push(apply(m, data[i + n - 1], data[i + n]))
    } else if (op === CLOSE && cur) {
      cur.closed = true
    } else if (op > CLOSE) {
      break // not a path code: a buffer this module does not understand
    }
    i += 1 + n
  }
  return out
}

function pathRules(paint: number, data: ArrayLike<number>, m: Matrix, codes: OpCodes): Rule[] {
  const fill = codes.fills.includes(paint)
  if (!fill && !codes.strokes.includes(paint)) return [] // a clip or an invisible path
  const rules: Rule[] = []
  for (const sub of subpaths(data, m)) {
    if (sub.curved) continue
    if (fill) {
      const line = centreLine(sub.points)
      if (line) rules.push(line)
      // A filled box wider than a rule may still be stroked (fillStroke): its edges count below.
      if (line || !codes.strokes.includes(paint)) continue
    }
    const pts = sub.closed ? [...sub.points, sub.points[0]] : sub.points
    for (let k = 1; k < pts.length; k++) {
      const r = straight(pts[k - 1], pts[k])
      if (r) rules.push(r)
    }
  }
  return rules
}

/** Every ruling segment a page's operator list draws, in page points (y upwards). */
export function rulesFromOps(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, codes: OpCodes): Rule[] {
  let m: Matrix = [1, 0, 0, 1, 0, 0]
  const stack: Matrix[] = []
  const rules: Rule[] = []
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]
    if (fn === codes.save) stack.push(m)
    else if (fn === codes.restore) m = stack.pop() ?? m
    else if (fn === codes.transform) m = multiply(argsArray[i] as Matrix, m)
    else if (fn === codes.constructPath) {
      const [paint, buffers] = argsArray[i] as [number, (ArrayLike<number> | null)[]]
      const data = buffers?.[0]
      if (data) rules.push(...pathRules(paint, data, m, codes))
    }
  }
  return rules
}

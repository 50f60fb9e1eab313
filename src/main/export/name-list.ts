// Name lists (组 长：张三 县长): role, name and post stay in columns, posts wrap in their column.
import { BLOCK_WIDTH, BODY_SIZE, BODY_SPACING, LINE_PITCH, MARGIN_LEFT, baselineIn, cells } from './grid'
import { breakLines, lineRuns, toChars } from './line-break'
import type { Item } from './paginate'
import { dropLayoutSpaces } from './text-normalize'
import type { Measure, Run } from './types'

interface Entry {
  role: string // without the colon; '' when the entry continues the previous role
  name: string[] // characters of the name
  post: string
}

export function parseEntry(text: string): Entry {
  const t = text.replace(/^[-–•·]\s*/, '').trim()
  const m = /^([^：:\s]{0,2}(?:\s*[^：:\s]){0,8}?)\s*[：:]\s*(.*)$/.exec(t)
  const role = m ? dropLayoutSpaces(m[1]) : ''
  const rest = (m ? m[2] : t).trim()
  const tokens = rest.split(/\s+/).filter(Boolean)
  if (tokens.length < 2) return { role, name: [], post: dropLayoutSpaces(rest) }
  // 2-character names are printed spaced ("王 宇"): two 1-character tokens make one name
  const spaced = tokens[0].length === 1 && tokens[1].length === 1
  const name = spaced ? [tokens[0], tokens[1]] : [...tokens[0]]
  const post = dropLayoutSpaces(tokens.slice(spaced ? 2 : 1).join(''))
  return { role, name, post }
}

const CELL = (n: number): number => MARGIN_LEFT + cells(n)

/** Places name characters on cells; a 2-character name spreads over three cells (王　宇). */
function nameRuns(name: string[], col: number, y: number): Run[] {
  const at = name.length === 2 ? [0, 2] : name.map((_, i) => i)
  return name.map((ch, i) => ({ x: CELL(col + at[i]), y, text: ch, font: 'fang', size: BODY_SIZE, charSpacing: 0 }))
}

/** Role spread over its column (组　长：) with the colon in the last cell. */
function roleRuns(role: string, width: number, col: number, y: number): Run[] {
  if (!role) return []
  const chars = [...role]
  const span = width - 2
  const runs: Run[] = chars.map((ch, i) => {
    const cell = chars.length === 1 ? 0 : Math.round((i * span) / (chars.length - 1))
    return { x: CELL(col + cell), y, text: ch, font: 'fang', size: BODY_SIZE, charSpacing: 0 }
  })
  runs.push({ x: CELL(col + width - 1), y, text: '：', font: 'fang', size: BODY_SIZE, charSpacing: 0 })
  return runs
}

/** One item per entry, two-character indent, columns shared by the whole list. */
export function nameListItems(texts: string[], measure: Measure): Item[] {
  const entries = texts.map(parseEntry)
  const roleCells = Math.max(0, ...entries.map((e) => (e.role ? [...e.role].length + 1 : 0)))
  const nameCells = Math.max(3, ...entries.map((e) => e.name.length))
  const roleCol = 2
  const nameCol = roleCol + roleCells
  const postCol = nameCol + nameCells + 1
  return entries.map((e, i) => {
    const y = baselineIn(0, BODY_SIZE)
    const runs: Run[] = [...roleRuns(e.role, roleCells, roleCol, y), ...nameRuns(e.name, nameCol, y)]
    const col = e.name.length ? postCol : nameCol
    const chars = toChars(e.post, 'fang', BODY_SIZE, measure)
    const lines = chars.length
      ? breakLines(chars, {
          width: BLOCK_WIDTH - cells(col),
          firstIndent: 0,
          restIndent: 0,
          spacing: BODY_SPACING,
          justify: false,
        })
      : []
    lines.forEach((line, li) => {
      runs.push(...lineRuns(line, CELL(col), baselineIn(li * LINE_PITCH, BODY_SIZE), BODY_SIZE))
    })
    return { height: Math.max(1, lines.length), runs, rules: [], keepWithPrev: i === 1 || (i > 0 && i === entries.length - 1) }
  })
}

// An embedded font's name → the class of Chinese typeface it is (小标宋, 黑体, 楷体, 仿宋, 宋体).
import type { FontClass } from '../../../shared/source-line'

export interface FontFace {
  font: FontClass
  bold: boolean
  /** The name without the 6-letter subset prefix ('ABCDEF+SimHei' → 'SimHei'). */
  name: string
}

/** What pdf.js tells of a font beside its name: descriptor flags and its fallback family. */
export interface FontHints {
  bold?: boolean
  serif?: boolean
}

// Order matters: 'FZXiaoBiaoSong' is 小标宋 before it is 宋; 'FangSong' is 仿宋 before 宋.
const CLASSES: [RegExp, FontClass][] = [
  [/xiaobiao|xbs|biaosong|小标宋|标宋/i, 'biaosong'],
  [/fangsong|fang|fs_gb|仿宋/i, 'fangsong'],
  [/kai|楷/i, 'kai'],
  [/hei|黑|gothic|sans|yahei|dengxian|等线/i, 'hei'],
  [/song|宋|sun|ming|serif|mincho|stzhongs/i, 'song'],
]
const BOLD = /bold|heavy|black|demi|semibold|粗|[-_ ]b$|w[7-9]$/i

export function stripSubset(name: string): string {
  return name.replace(/^[A-Z]{6}\+/, '')
}

/** The class from the name; pdf.js's flags decide only when the name says nothing. */
export function classifyFont(rawName: string | undefined, hints: FontHints = {}): FontFace {
  const name = stripSubset(rawName ?? '')
  const bold = BOLD.test(name) || hints.bold === true
  let font: FontClass = CLASSES.find(([re]) => re.test(name))?.[1] ?? 'other'
  if (font === 'other' && hints.serif !== undefined) font = hints.serif ? 'song' : 'hei'
  if (font === 'song' && bold) font = 'song-bold'
  return { font, bold, name }
}

// An embedded font's name → the class of Chinese typeface it is (小标宋, 黑体, 楷体, 仿宋, 宋体).
import iconv from 'iconv-lite'
import type { FontClass } from '../../../shared/source-line'

export interface FontFace {
  font: FontClass
  bold: boolean
  /** The name without the 6-letter subset prefix ('ABCDEF+SimHei' → 'SimHei'), as text (decodeFontName). */
  name: string
}

/** What pdf.js tells of a font beside its name: descriptor flags and its fallback family. */
export interface FontHints {
  bold?: boolean
  serif?: boolean
}

// Order matters: 'FZXiaoBiaoSong' is 小标宋 before it is 宋; 'FangSong' is 仿宋 before 宋.
// Founder's typesetting systems (方正飞腾, 书版), in which many gazettes are made, name their
// GBK fonts by code: FZXBSK (小标宋), FZDBSK (大标宋), FZFSK (仿宋), FZKTK (楷体), FZHTK (黑体),
// FZSSK (书宋), FZBSK (报宋), each followed by '--GBK1-0'.
const CLASSES: [RegExp, FontClass][] = [
  [/xiaobiao|xbs|biaosong|小标宋|标宋|^FZ[XD]BS/i, 'biaosong'],
  [/fangsong|fang|fs_gb|仿宋|^FZFS/i, 'fangsong'],
  [/kai|楷|^FZKT/i, 'kai'],
  [/hei|黑|gothic|sans|yahei|dengxian|等线|^FZ[A-Z]{0,2}HT/i, 'hei'],
  [/song|宋|sun|ming|serif|mincho|stzhongs|^FZ[SB]S/i, 'song'],
]
const BOLD = /bold|heavy|black|demi|semibold|粗|[-_ ]b$|w[7-9]$/i

export function stripSubset(name: string): string {
  return name.replace(/^[A-Z]{6}\+/, '')
}

/**
 * A PDF name is bytes. Word and WPS on Chinese Windows write a font's Chinese name in GBK
 * ('/#B7#C2#CB#CE_GB2312' is 仿宋_GB2312), some Mac tools in UTF-8, and pdf.js hands the bytes
 * over one character each ('·ÂËÎ_GB2312'). Such a name is read as UTF-8 when it is valid UTF-8,
 * else as GB18030, which never fails; a name with any character past U+00FF is already text.
 */
export function decodeFontName(name: string): string {
  if (!/[\x80-\xff]/.test(name) || /[^\x00-\xff]/.test(name)) return name
  const bytes = Buffer.from(name, 'latin1')
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return iconv.decode(bytes, 'gb18030')
  }
}

/** The class from the name; pdf.js's flags decide only when the name says nothing. */
export function classifyFont(rawName: string | undefined, hints: FontHints = {}): FontFace {
  const name = decodeFontName(stripSubset(rawName ?? ''))
  const bold = BOLD.test(name) || hints.bold === true
  let font: FontClass = CLASSES.find(([re]) => re.test(name))?.[1] ?? 'other'
  if (font === 'other' && hints.serif !== undefined) font = hints.serif ? 'song' : 'hei'
  if (font === 'song' && bold) font = 'song-bold'
  return { font, bold, name }
}

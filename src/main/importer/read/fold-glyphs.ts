// Characters a PDF's text layer gives for a glyph that are not the character printed.
//
// A CJK font maps one glyph from several code points: 人 (U+4EBA) and the Kangxi radical ⼈
// (U+2F08), 门 and the radical supplement's ⻔ (U+2ED4), 﨑 and 崎. A writer that builds its
// ToUnicode map backwards from the font's cmap (Chromium's Skia does, and prints CFF fonts as
// Type 3) may pick the radical: the page shows 人民政府 while its text reads ⼈民政府, and no
// gazette name, date or 栏目 matches. The radicals are folded back to the ideographs they
// look like (the ideograph whose glyph they share in the usual fonts, else Unicode's
// compatibility mapping). Control characters a font maps its space glyph to become spaces.

import { foldShellBrackets } from '../../../shared/doc-number'
import { dropZeroWidth } from '../../../shared/layout-spaces'

/**
 * The CJK Radicals Supplement's forms as the ideograph that shares their glyph in the usual
 * Simplified Chinese fonts (Noto Serif / Sans CJK SC: the radical and the ideograph map to one
 * glyph), and the one Kangxi radical those fonts draw in its simplified form (⼾ is 户, where its
 * compatibility mapping gives 戶).
 */
const SHARED: Record<string, string> = {
  '\u2e82': '乛', '\u2e83': '乚', '\u2e85': '亻', '\u2e89': '刂', '\u2e8e': '兀', '\u2e8f': '尣',
  '\u2e90': '尢', '\u2e92': '巳', '\u2e93': '幺', '\u2e94': '彑', '\u2e95': '彐', '\u2e96': '忄',
  '\u2e98': '扌', '\u2e99': '攵', '\u2e9b': '旡', '\u2e9e': '歺', '\u2ea0': '民', '\u2ea1': '氵',
  '\u2ea3': '灬', '\u2ea4': '爫', '\u2ea6': '丬', '\u2ea8': '犭', '\u2eab': '罒', '\u2ead': '礻',
  '\u2eaf': '糹', '\u2eb0': '纟', '\u2eb1': '罓', '\u2eb2': '罒', '\u2eb9': '耂', '\u2eba': '肀',
  '\u2ebe': '艹', '\u2ec1': '虎', '\u2ec2': '衤', '\u2ec3': '覀', '\u2ec5': '见', '\u2ec6': '角',
  '\u2ec8': '讠', '\u2ec9': '贝', '\u2ecb': '车', '\u2ecc': '辶', '\u2ed0': '钅', '\u2ed1': '長',
  '\u2ed2': '镸', '\u2ed3': '长', '\u2ed4': '门', '\u2ed6': '阝', '\u2ed8': '青', '\u2ed9': '韦',
  '\u2eda': '页', '\u2edb': '风', '\u2edc': '飞', '\u2edd': '食', '\u2edf': '飠', '\u2ee0': '饣',
  '\u2ee2': '马', '\u2ee3': '骨', '\u2ee4': '鬼', '\u2ee5': '鱼', '\u2ee6': '鸟', '\u2ee7': '卤',
  '\u2ee8': '麦', '\u2ee9': '黄', '\u2eea': '黾', '\u2eeb': '斉', '\u2eec': '齐', '\u2eee': '齿',
  '\u2eef': '竜', '\u2ef0': '龙', '\u2ef1': '龜', '\u2ef2': '亀', '\u2f3e': '户',
}

// Radicals (Kangxi and supplement), CJK compatibility ideographs; C0 controls but tab / newline.
const FOLD = /[\u2e80-\u2fdf\uf900-\ufaff\u0000-\u0008\u000b-\u001f]/g
const IDEOGRAPHS = /[\u2e80-\u2fdf\uf900-\ufaff]/g

/**
 * A PDF text run's characters as printed: radicals as their ideographs, controls as spaces; and
 * ﹝﹞ as the 〔〕 they stand for (foldShellBrackets).
 */
export function foldGlyphs(s: string): string {
  return foldShellBrackets(s.replace(FOLD, (c) => (c.charCodeAt(0) < 0x20 ? ' ' : ideograph(c))))
}

/**
 * Text copied out of such a PDF (a converter built on pdf.js, a browser's PDF viewer) carries the
 * same radicals; its line and page breaks (\n, \f) are kept, the characters that print nothing
 * are dropped (dropZeroWidth).
 */
export function foldIdeographs(s: string): string {
  return foldShellBrackets(dropZeroWidth(s.replace(IDEOGRAPHS, ideograph)))
}

// The compatibility mapping unless the fonts share the glyph: every Kangxi radical, ⺟ and ⻳ of the
// supplement, 﨑 → 崎.
function ideograph(c: string): string {
  return SHARED[c] ?? c.normalize('NFKC')
}

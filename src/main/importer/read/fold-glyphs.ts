// Characters a PDF's text layer gives for a glyph that are not the character printed.
//
// A CJK font maps one glyph from several code points: 人 (U+4EBA) and the Kangxi radical ⼈
// (U+2F08), 门 and the radical supplement's ⻔ (U+2ED4), 﨑 and 崎. A writer that builds its
// ToUnicode map backwards from the font's cmap (Chromium's Skia does, and prints CFF fonts as
// Type 3) may pick the radical: the page shows 人民政府 while its text reads ⼈民政府, and no
// gazette name, date or 栏目 matches. The radicals are folded back to the ideographs they
// look like (Unicode's compatibility mapping, and its EquivalentUnifiedIdeograph list for the
// supplement's simplified forms). Control characters a font maps its space glyph to become spaces.

/** The CJK Radicals Supplement's simplified and common forms, as the ideograph each looks like. */
const SUPPLEMENT: Record<string, string> = {
  '\u2e8a': '卜', '\u2e90': '尢', '\u2e92': '巳', '\u2e9b': '旡', '\u2ea0': '民', '\u2ea4': '爫',
  '\u2ea6': '丬', '\u2ea8': '犭', '\u2eab': '罒', '\u2eae': '竹', '\u2eb2': '罒', '\u2eb7': '羊',
  '\u2eb9': '耂', '\u2ebb': '聿', '\u2ec1': '虎', '\u2ec2': '衤', '\u2ec3': '覀', '\u2ec4': '西',
  '\u2ec5': '见', '\u2ec6': '角', '\u2ec8': '讠', '\u2ec9': '贝', '\u2ecb': '车', '\u2ecf': '阝',
  '\u2ed0': '钅', '\u2ed1': '長', '\u2ed3': '长', '\u2ed4': '门', '\u2ed5': '門', '\u2ed6': '阝',
  '\u2ed8': '青', '\u2eda': '页', '\u2edb': '风', '\u2edc': '飞', '\u2edd': '食', '\u2ee0': '饣',
  '\u2ee2': '马', '\u2ee4': '鬼', '\u2ee5': '鱼', '\u2ee6': '鸟', '\u2ee7': '卤', '\u2ee8': '麦',
  '\u2ee9': '黄', '\u2eea': '黾', '\u2eec': '齐', '\u2eee': '齿', '\u2ef0': '龙',
}

// Kangxi radicals, the two supplement radicals with a compatibility mapping, CJK compatibility
// ideographs (NFKC gives the ideograph); the supplement's forms above; C0 controls but tab / newline.
const FOLD = /[\u2f00-\u2fdf\u2e9f\u2ef3\uf900-\ufaff]|[\u2e80-\u2eff]|[\u0000-\u0008\u000b-\u001f]/g

export function foldGlyphs(s: string): string {
  return s.replace(FOLD, (c) => {
    const code = c.charCodeAt(0)
    if (code < 0x20) return ' '
    if (code >= 0x2e80 && code <= 0x2eff && code !== 0x2e9f && code !== 0x2ef3) return SUPPLEMENT[c] ?? c
    return c.normalize('NFKC')
  })
}

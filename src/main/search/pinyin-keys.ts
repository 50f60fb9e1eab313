// Pinyin keys of a title or issuer: full syllables without tones and their initials, lower-case.
import { pinyin } from 'pinyin-pro'

export interface PinyinKeys {
  full: string // qingjiequnuan…
  initials: string // qjqn…
}

/** Per source piece: its text, its spelling in full pinyin and as initials ('' for punctuation). */
export interface PinyinPiece {
  origin: string
  full: string
  initial: string
}

export function pinyinPieces(text: string): PinyinPiece[] {
  if (!text) return []
  return pinyin(text, { toneType: 'none', type: 'all', nonZh: 'consecutive', v: true }).map((p) => {
    // Latin letters and digits (PPP, e, 2022) count as typed in both keys; punctuation drops out.
    const typed = p.isZh ? '' : p.origin.toLowerCase().replace(/[^a-z0-9]/g, '')
    return { origin: p.origin, full: p.isZh ? p.pinyin : typed, initial: p.isZh ? p.first : typed }
  })
}

export function pinyinKeys(text: string | null): PinyinKeys {
  const pieces = pinyinPieces(text ?? '')
  return { full: pieces.map((p) => p.full).join(''), initials: pieces.map((p) => p.initial).join('') }
}

/** The source span [start, end) (in UTF-16 units) whose pinyin contains `needle`, for highlighting. */
export function pinyinSpan(text: string, needle: string): [number, number] | null {
  for (const key of ['initial', 'full'] as const) {
    const pieces = pinyinPieces(text)
    const spelled = pieces.map((p) => p[key]).join('')
    const at = spelled.indexOf(needle)
    if (at < 0) continue
    let pos = 0
    let src = 0
    let start = -1
    for (const p of pieces) {
      const next = pos + p[key].length
      if (start < 0 && next > at) start = src
      src += p.origin.length
      if (next >= at + needle.length && start >= 0) return [start, src]
      pos = next
    }
  }
  return null
}

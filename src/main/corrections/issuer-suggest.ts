// Likely variants of one issuing unit: the same name once a province, city or county prefix is
// dropped (「吕梁市兴县财政局」 and 「兴县财政局」). Pure; staff decide, nothing merges by itself.
import type { IssuerSuggestion } from '../../shared/issuer-names'

// The shortest run ending in an administrative division's suffix: 山西省, 吕梁市, 兴县, 离石区…
const PREFIX = /^[\u4e00-\u9fa5]{1,7}?(?:自治区|自治州|自治县|地区|省|市|州|盟|县|区|旗)/u

/** The names left after dropping one, two… leading division prefixes (at least 3 characters remain). */
export function withoutPrefixes(name: string): string[] {
  const out: string[] = []
  let rest = name
  for (let m = PREFIX.exec(rest); m && rest.length - m[0].length >= 3; m = PREFIX.exec(rest)) {
    rest = rest.slice(m[0].length)
    out.push(rest)
  }
  return out
}

/** For each name that is another name with a prefix dropped: merge the short one into the full one. */
export function suggestAliases(names: readonly string[]): IssuerSuggestion[] {
  const held = new Set(names)
  const out: IssuerSuggestion[] = []
  const seen = new Set<string>()
  for (const full of names) {
    for (const short of withoutPrefixes(full)) {
      if (!held.has(short) || short === full || seen.has(short)) continue
      seen.add(short)
      out.push({ alias: short, canonical: full, reason: `去掉「${full.slice(0, full.length - short.length)}」后同名` })
    }
  }
  return out
}

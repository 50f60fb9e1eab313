// The one way an issuer field ('兴县人民政府、兴县财政局') becomes its units: the parser's header,
// a correction of 发文机关, a split, a catalogued scan and the CLI's docs element all use it.

/** The units of an issuer field, split at 、，, and trimmed; empty parts dropped. */
export function splitIssuers(issuer: string | null | undefined): string[] {
  return issuer ? issuer.split(/[、，,]/).map((s) => s.trim()).filter(Boolean) : []
}

// CSV as Excel on Chinese Windows opens it: UTF-8 with BOM, CRLF, RFC 4180 quoting.
const NEEDS_QUOTES = /[",\r\n]/

export function csvField(v: string | number): string {
  const s = String(v)
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function toCsv(rows: (string | number)[][]): Uint8Array {
  const text = rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n'
  return new TextEncoder().encode(`\uFEFF${text}`)
}

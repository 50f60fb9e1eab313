// CSV as Excel on Chinese Windows opens it: UTF-8 with BOM, CRLF, RFC 4180 quoting.
const NEEDS_QUOTES = /[",\r\n]/
// OWASP "CSV injection": a text cell starting with one of these is a live formula in Excel/WPS
// (=HYPERLINK(…) can send data away). A leading ' makes it plain text; the ' is not shown.
const FORMULA_START = /^[=+\-@\t\r]/

export function csvField(v: string | number): string {
  let s = String(v)
  if (typeof v === 'string' && FORMULA_START.test(s)) s = `'${s}`
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function toCsv(rows: (string | number)[][]): Uint8Array {
  const text = rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n'
  return new TextEncoder().encode(`\uFEFF${text}`)
}

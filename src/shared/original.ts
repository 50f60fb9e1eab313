// An issue's kept original as 对照原文 shows it: a PDF's bytes (pages drawn by pdf.js in the page),
// or the text of a text or Word file split into its lines (the numbers BlockSource.lineFrom and
// lineTo count, 1-based).
export type OriginalFile =
  | { kind: 'pdf'; fileName: string; bytesBase64: string }
  | { kind: 'text'; fileName: string; lines: string[] }

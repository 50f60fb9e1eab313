// An issue's kept original as 对照原文 shows it: a PDF's bytes (pages drawn by pdf.js in the page),
// or the text of a text or Word file split into its lines (the numbers BlockSource.lineFrom and
// lineTo count, 1-based).
export type OriginalFile =
  | { kind: 'pdf'; fileName: string; bytesBase64: string }
  | { kind: 'text'; fileName: string; lines: string[] }

/** One original an issue keeps: the file it was read from, or a further copy of the same 期 in
 *  another format (issue 17: the same issue as PDF and as OFD), listed on the issue's page. */
export interface IssueOriginal {
  /** Its record's id (getOriginalFile, getOriginal's originalId). */
  id: number
  fileName: string
  /** PDF, OFD, Word, 文本, 图片 (originalFormat). */
  format: string
  mediaType: string
  /** Bytes. */
  size: number
  sha256: string
  importedAt: string
  /** 1: the original the issue's documents were read from; 2, 3…: further originals kept beside it. */
  ordinal: number
}

const FORMATS: [RegExp, string][] = [
  [/^application\/pdf$/, 'PDF'],
  [/^application\/ofd$/, 'OFD'],
  [/wordprocessingml|^application\/msword$/, 'Word'],
  [/^text\//, '文本'],
  [/^image\//, '图片'],
]

/** The format staff know a file by, from its media type (the file name's extension otherwise). */
export function originalFormat(mediaType: string, fileName = ''): string {
  const known = FORMATS.find(([re]) => re.test(mediaType))
  if (known) return known[1]
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]
  return ext ? ext.toUpperCase() : '未知格式'
}

const NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

/** 第一份, 第二份 … 第十份, then 第11份. */
export function ordinalName(n: number): string {
  return n >= 1 && n <= 10 ? `第${NUMERALS[n]}份` : `第${n}份`
}

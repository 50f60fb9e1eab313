// A conformance check for our PDF/A-2b exports, for the rules that matter to an archive (no
// validator such as veraPDF installs here): pdfaid in the XMP, the sRGB output intent, every
// font embedded with a ToUnicode map, no encryption, no JavaScript or actions, no transparency,
// and the document info equal to the XMP. It reads classic-xref files (what pdfkit writes).
import { readPdfObjects, refOf, refsOf, streamData, stringOf, type PdfFile, type PdfObject } from './pdf-objects'

export interface PdfaReport {
  ok: boolean
  /** What failed, in Chinese, one line each. */
  problems: string[]
  /** pdfaid:part + conformance as declared ('2B'), when declared. */
  declared: string | null
}

type Check = (file: PdfFile, catalog: PdfObject, xmp: string, problems: string[]) => void

function catalogOf(file: PdfFile): PdfObject | undefined {
  return refOf(file, file.trailer, 'Root')
}

function checkFile(file: PdfFile, _c: PdfObject, _x: string, problems: string[]): void {
  const v = /^%PDF-1\.([0-7])$/.exec(file.header.trim())
  if (!v) problems.push(`文件头「${file.header.slice(0, 12)}」不是 PDF 1.0–1.7（PDF/A-2 要求）`)
  if (!file.binaryMarker) problems.push('文件头后缺少二进制标记注释行')
  if (/\/Encrypt\b/.test(file.trailer)) problems.push('文件已加密（PDF/A 禁止加密）')
  if (!/\/ID\s*\[/.test(file.trailer)) problems.push('文件尾缺少 /ID')
  if ([...file.objects.values()].some((o) => /\/Type\s*\/ObjStm/.test(o.dict))) problems.push('含对象流，本检查无法读取其中的对象')
}

function checkXmp(file: PdfFile, _c: PdfObject, xmp: string, problems: string[]): void {
  if (!xmp) return void problems.push('目录缺少 XMP 元数据流（/Metadata）')
  const part = /pdfaid:part(?:>|\s*=\s*")\s*(\d)/.exec(xmp)?.[1]
  const conf = /pdfaid:conformance(?:>|\s*=\s*")\s*([ABU])/i.exec(xmp)?.[1]
  if (part !== '2') problems.push(`XMP 的 pdfaid:part 为「${part ?? '缺失'}」，应为 2`)
  if (!conf || !/^[ABU]$/i.test(conf)) problems.push('XMP 缺少 pdfaid:conformance')
  const info = refOf(file, file.trailer, 'Info')
  const title = info ? stringOf(file, info.dict, 'Title') : undefined
  const xmpTitle = /<dc:title>\s*<rdf:Alt>\s*<rdf:li[^>]*>([^<]*)</.exec(xmp)?.[1]
  if (title !== undefined && unescapeXml(xmpTitle ?? '') !== title) problems.push('文档信息的标题与 XMP 的 dc:title 不一致')
  if (!xmlWellFormedEnough(xmp)) problems.push('XMP 元数据不是格式正确的 XML（含未转义的 & 或 <）')
}

function checkOutputIntent(file: PdfFile, catalog: PdfObject, _x: string, problems: string[]): void {
  const intents = refsOf(file, catalog.dict, 'OutputIntents')
  const pdfa = intents.find((o) => /\/S\s*\/GTS_PDFA1/.test(o.dict))
  if (!pdfa) return void problems.push('缺少 GTS_PDFA1 输出意图（sRGB 色彩特性文件）')
  const profile = refOf(file, pdfa.dict, 'DestOutputProfile')
  const data = profile && streamData(profile)
  if (!profile || !/\/N\s+3\b/.test(profile.dict) || !data) return void problems.push('输出意图缺少 RGB（N 3）ICC 特性文件')
  if (data.subarray(36, 40).toString('latin1') !== 'acsp') problems.push('输出意图的 ICC 特性文件无效')
}

function fontName(o: PdfObject): string {
  return /\/BaseFont\s*\/([^\s/<>[\]()]+)/.exec(o.dict)?.[1] ?? '（无名字体）'
}

function embedded(file: PdfFile, font: PdfObject): boolean {
  const desc = refOf(file, font.dict, 'FontDescriptor')
  return !!desc && /\/FontFile[23]?\s+\d+\s+\d+\s+R/.test(desc.dict)
}

function checkFonts(file: PdfFile, _c: PdfObject, _x: string, problems: string[]): void {
  for (const font of file.objects.values()) {
    if (!/\/Type\s*\/Font\b/.test(font.dict) || /\/Subtype\s*\/CIDFontType/.test(font.dict)) continue
    const name = fontName(font)
    if (/\/Subtype\s*\/Type3/.test(font.dict)) continue // glyphs drawn by the file itself
    if (!/\/ToUnicode\s+\d+\s+\d+\s+R/.test(font.dict)) problems.push(`字体 ${name} 缺少 ToUnicode 映射`)
    const faces = /\/Subtype\s*\/Type0/.test(font.dict) ? refsOf(file, font.dict, 'DescendantFonts') : [font]
    if (faces.length === 0 || !faces.every((f) => embedded(file, f))) problems.push(`字体 ${name} 未嵌入`)
  }
}

const ACTIONS: [RegExp, string][] = [
  [/\/S\s*\/JavaScript|\/JS\s*[(<\d]/, '含 JavaScript'],
  [/\/S\s*\/(Launch|ImportData|ResetForm|SubmitForm|Movie|Sound|Hide|Rendition|Trans|GoTo3DView)\b/, '含被禁止的动作'],
  [/\/AA\s*(<<|\d+\s+\d+\s+R)/, '含附加动作（/AA）'],
  [/\/Group\s*<<[^>]*\/S\s*\/Transparency/, '含透明组'],
  [/\/SMask\s*(\d+\s+\d+\s+R|\/(?!None))/, '含软蒙版（透明）'],
  [/\/(CA|ca)\s+0?\.\d+/, '含不透明度小于 1 的图形状态'],
  [/\/BM\s*\/(?!Normal|Compatible)\w+/, '含混合模式（透明）'],
  [/\/EmbeddedFiles\b/, '含嵌入文件'],
]

function checkActions(file: PdfFile, _c: PdfObject, _x: string, problems: string[]): void {
  const dicts = [...file.objects.values()].map((o) => o.dict)
  for (const [re, text] of ACTIONS) if (dicts.some((d) => re.test(d))) problems.push(text)
  const group = dicts.find((d) => /\/Group\s+\d+\s+\d+\s+R/.test(d))
  if (group && refsOf(file, group, 'Group').some((g) => /\/S\s*\/Transparency/.test(g.dict))) problems.push('含透明组')
}

const CHECKS: Check[] = [checkFile, checkXmp, checkOutputIntent, checkFonts, checkActions]

/** Checks a PDF against the PDF/A-2b rules above; `ok` when none fails. */
export function checkPdfA(bytes: Uint8Array): PdfaReport {
  const file = readPdfObjects(bytes)
  const catalog = catalogOf(file)
  if (!catalog) return { ok: false, problems: ['找不到文档目录（/Root），不是可读的 PDF'], declared: null }
  const meta = refOf(file, catalog.dict, 'Metadata')
  const xmp = meta ? (streamData(meta)?.toString('utf8') ?? '') : ''
  const problems: string[] = []
  for (const check of CHECKS) check(file, catalog, xmp, problems)
  const part = /pdfaid:part(?:>|\s*=\s*")\s*(\d)/.exec(xmp)?.[1]
  const conf = /pdfaid:conformance(?:>|\s*=\s*")\s*([ABU])/i.exec(xmp)?.[1]
  return { ok: problems.length === 0, problems: [...new Set(problems)], declared: part && conf ? `${part}${conf.toUpperCase()}` : null }
}

function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
}

// Every & starts an entity and every < a tag, comment or processing instruction.
function xmlWellFormedEnough(xml: string): boolean {
  return !/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(xml) && !/<(?![A-Za-z_/?!])/.test(xml)
}

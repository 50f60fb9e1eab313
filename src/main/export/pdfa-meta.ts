// PDF/A-2b metadata: the 公文 fields in the XMP packet (with the extension schema PDF/A asks for
// custom properties) and in the document info, escaped, the two kept equal.

/** What an archive copy says about itself beyond title and author. */
export interface ArchivalMeta {
  docNumbers: string[]
  issuers: string[]
  /** 成文日期 as printed or ISO; null when unknown. */
  date: string | null
  gazette: string | null
  /** '2022年第2期'. */
  issue: string | null
  /** Pages of the gazette the documents fill ('5-9'), or where they start. */
  pages: string | null
}

export const GW_NS = 'http://gazette-archive.local/ns/gongwen/1.0/'

/** [XMP property, document-info key, description] for each 公文 field. */
const FIELDS: [keyof ArchivalMeta, string, string, string][] = [
  ['docNumbers', 'docNumber', 'DocNumber', '文号'],
  ['issuers', 'issuers', 'Issuers', '发文机关'],
  ['date', 'date', 'DocDate', '成文日期'],
  ['gazette', 'gazette', 'Gazette', '公报名称'],
  ['issue', 'issue', 'Issue', '期'],
  ['pages', 'pages', 'Pages', '页码'],
]

export function escapeXml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

function fieldText(meta: ArchivalMeta, key: keyof ArchivalMeta): string {
  const v = meta[key]
  return Array.isArray(v) ? v.join('、') : (v ?? '')
}

/** Custom document-info entries (DocNumber, Issuers, …), only the fields that are known. */
export function archivalInfo(meta: ArchivalMeta): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, , info] of FIELDS) {
    const v = fieldText(meta, key)
    if (v) out[info] = v
  }
  return out
}

// PDF/A (ISO 19005-2 6.6.2.3) accepts a custom XMP property only when the packet describes it.
function extensionSchema(): string {
  const props = FIELDS.map(
    ([, name, , desc]) => `<rdf:li rdf:parseType="Resource"><pdfaProperty:name>${name}</pdfaProperty:name>` +
      `<pdfaProperty:valueType>Text</pdfaProperty:valueType><pdfaProperty:category>external</pdfaProperty:category>` +
      `<pdfaProperty:description>${desc}</pdfaProperty:description></rdf:li>`,
  ).join('')
  return `<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
 xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>公文元数据</pdfaSchema:schema><pdfaSchema:namespaceURI>${GW_NS}</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>gw</pdfaSchema:prefix><pdfaSchema:property><rdf:Seq>${props}</rdf:Seq></pdfaSchema:property>
</rdf:li></rdf:Bag></pdfaExtension:schemas></rdf:Description>`
}

export interface InfoForXmp {
  Title: string
  Author?: string
  Subject?: string
  Creator: string
  Producer: string
  CreationDate: Date
}

const alt = (tag: string, v: string): string =>
  `<${tag}><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(v)}</rdf:li></rdf:Alt></${tag}>`

/**
 * The XMP descriptions pdfkit's own writer would add (xmp, dc, pdf), escaped and equal to the
 * document info, plus the 公文 fields. dc:creator holds the Author string as one entry so that
 * it matches the info's Author exactly; the issuers one by one are in gw:issuers.
 */
export function archivalXmp(info: InfoForXmp, meta: ArchivalMeta): string {
  const created = info.CreationDate.toISOString().split('.')[0] + 'Z'
  const dc = [
    '<dc:format>application/pdf</dc:format>',
    alt('dc:title', info.Title),
    info.Author ? `<dc:creator><rdf:Seq><rdf:li>${escapeXml(info.Author)}</rdf:li></rdf:Seq></dc:creator>` : '',
    info.Subject ? alt('dc:description', info.Subject) : '',
  ].join('')
  const gw = FIELDS.map(([key, name]) => [name, fieldText(meta, key)])
    .filter(([, v]) => v)
    .map(([name, v]) => `<gw:${name}>${escapeXml(v)}</gw:${name}>`)
    .join('')
  return [
    `<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/"><xmp:CreateDate>${created}</xmp:CreateDate>` +
      `<xmp:CreatorTool>${escapeXml(info.Creator)}</xmp:CreatorTool></rdf:Description>`,
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">${dc}</rdf:Description>`,
    `<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"><pdf:Producer>${escapeXml(info.Producer)}</pdf:Producer></rdf:Description>`,
    `<rdf:Description rdf:about="" xmlns:gw="${GW_NS}">${gw}</rdf:Description>`,
    extensionSchema(),
  ].join('\n')
}

// A small, strict XML reader for OFD parts: elements, attributes and text, namespace prefixes
// dropped (ofd:TextCode → TextCode). No DTDs or entity definitions (refused), so no entity
// expansion; the five predefined entities and character references only. Depth is capped.

export interface XmlElement {
  name: string
  attrs: Record<string, string>
  children: XmlElement[]
  text: string
}

export class XmlError extends Error {}

const MAX_DEPTH = 256
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decode(s: string): string {
  if (!s.includes('&')) return s
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) => {
    if (e[0] !== '#') {
      const v = ENTITIES[e]
      if (v === undefined) throw new XmlError(`未知实体 ${m}`)
      return v
    }
    const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
    if (!(cp > 0 && cp <= 0x10ffff)) throw new XmlError(`无效字符引用 ${m}`)
    return String.fromCodePoint(cp)
  })
}

const local = (name: string): string => name.slice(name.indexOf(':') + 1)
const ATTR = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g

function parseAttrs(src: string): Record<string, string> {
  const attrs: Record<string, string> = {}
  for (const m of src.matchAll(ATTR)) attrs[local(m[1])] = decode(m[3] ?? m[4] ?? '')
  return attrs
}

/** Skips a comment, processing instruction or CDATA at `i`; returns where it ends, or -1. */
function skipSpecial(xml: string, i: number, top: XmlElement | undefined): number {
  if (xml.startsWith('<!--', i)) return end(xml, '-->', i)
  if (xml.startsWith('<?', i)) return end(xml, '?>', i)
  if (xml.startsWith('<![CDATA[', i)) {
    const e = end(xml, ']]>', i)
    if (top) top.text += xml.slice(i + 9, e - 3)
    return e
  }
  if (xml.startsWith('<!', i)) throw new XmlError('含 DOCTYPE 或实体定义')
  return -1
}

function end(xml: string, token: string, from: number): number {
  const k = xml.indexOf(token, from)
  if (k < 0) throw new XmlError('XML 不完整')
  return k + token.length
}

/** Parses one document; throws XmlError on anything malformed. */
export function parseXml(xml: string): XmlElement {
  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  let i = 0
  while (i < xml.length) {
    const lt = xml.indexOf('<', i)
    const top = stack[stack.length - 1]
    if (lt < 0 || lt > i) {
      const text = xml.slice(i, lt < 0 ? xml.length : lt)
      if (top) top.text += decode(text)
      else if (text.trim()) throw new XmlError('根元素外有文字')
      if (lt < 0) break
    }
    const special = skipSpecial(xml, lt, top)
    if (special >= 0) {
      i = special
      continue
    }
    const gt = end(xml, '>', lt) - 1
    const tag = xml.slice(lt + 1, gt)
    i = gt + 1
    if (tag.startsWith('/')) {
      const open = stack.pop()
      if (!open || open.name !== local(tag.slice(1).trim())) throw new XmlError('标签不匹配')
      continue
    }
    const selfClosing = tag.endsWith('/')
    const name = /^[^\s/>]+/.exec(tag)?.[0]
    if (!name) throw new XmlError('标签无效')
    const el: XmlElement = { name: local(name), attrs: parseAttrs(tag.slice(name.length)), children: [], text: '' }
    if (top) top.children.push(el)
    else if (root) throw new XmlError('有多个根元素')
    else root = el
    if (!selfClosing) stack.push(el)
    if (stack.length > MAX_DEPTH) throw new XmlError('元素嵌套过深')
  }
  if (!root || stack.length) throw new XmlError('XML 不完整')
  return root
}

/** The first child named `name`, following a path of names ('CommonData/PageArea'). */
export function child(el: XmlElement | undefined, path: string): XmlElement | undefined {
  let cur = el
  for (const n of path.split('/')) cur = cur?.children.find((c) => c.name === n)
  return cur
}

export function children(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => c.name === name) : []
}

/** Every descendant named `name`, in document order. */
export function descendants(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (c.name === name) out.push(c)
    descendants(c, name, out)
  }
  return out
}

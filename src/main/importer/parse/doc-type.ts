// 文种 (document type) from the title's ending: '…的请示的批复' is a 批复, '…承诺函' a 承诺函.

/** Longest endings first, so 承诺函 wins over 函 and 实施办法 maps to 办法. */
const TYPES: [ending: string, type: string][] = [
  ['承诺函', '承诺函'],
  ['复函', '函'],
  ['批复', '批复'],
  ['答复', '答复'],
  ['请示', '请示'],
  ['报告', '报告'],
  ['通知', '通知'],
  ['通报', '通报'],
  ['通告', '通告'],
  ['公告', '公告'],
  ['意见', '意见'],
  ['决定', '决定'],
  ['决议', '决议'],
  ['命令', '命令'],
  ['议案', '议案'],
  ['纪要', '纪要'],
  ['方案', '方案'],
  ['办法', '办法'],
  ['规定', '规定'],
  ['细则', '细则'],
  ['规则', '规则'],
  ['规划', '规划'],
  ['计划', '计划'],
  ['制度', '制度'],
  ['公报', '公报'],
  ['函', '函'],
  ['令', '令'],
]

/**
 * The 文种 of a title, or null when its ending is not one. Trailing '（试行）' is ignored. A title
 * whose last 《 is not closed has none yet: '关于印发《兴县全民健身实施计划' ends inside the name
 * of what it issues, cut at a line's end ('(2021—2025年)》通知' follows).
 */
export function docTypeOf(title: string): string | null {
  const t = title.replace(/\s+/g, '').replace(/[（(](试行|暂行|草案|修订|征求意见稿)[）)]$/, '')
  if (t.lastIndexOf('《') > t.lastIndexOf('》')) return null
  for (const [ending, type] of TYPES) if (t.endsWith(ending)) return type
  return null
}

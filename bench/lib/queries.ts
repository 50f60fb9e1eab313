// Query sets for the search bench, derived from the sample so every query has real answers.
import { formatDocNumber, parseDocNumber } from '../../src/shared/doc-number'
import { pinyinKeys } from '../../src/main/search/pinyin-keys'
import { loadSampleIssue } from './sample'

const N = 50

/** Deterministic pseudo-random numbers (a bench must ask the same questions every run). */
function rng(seed: number): () => number {
  let s = seed
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
}

/** Title cores without the 关于/印发/的通知 frame, where the distinctive words are. */
function cores(): string[] {
  return loadSampleIssue().documents.map((d) =>
    d.title.replace(/^关于(印发)?/, '').replace(/(的)?(通知|批复|报告|请示|承诺函|函|意见)$/, '').replace(/[《》“”()（）]/g, ''),
  )
}

function take<T>(list: T[], n = N): T[] {
  const out: T[] = []
  for (let i = 0; out.length < n && list.length; i++) out.push(list[i % list.length])
  return out
}

export function fullTextQueries(): string[] {
  const r = rng(1)
  const out = new Set<string>()
  for (const c of cores()) {
    for (const len of [3, 4, 6]) {
      if (c.length < len) continue
      const at = Math.floor(r() * (c.length - len + 1))
      out.add(c.slice(at, at + len))
    }
  }
  return take([...out].filter((q) => !/^\d+$/.test(q)))
}

export const SHORT_QUERIES = take([
  '煤', '禁毒', '土地', '通知', '政府', '乡村', '农田', '资金', '水', '铁路', '取暖', '殡仪', '高速', '电商',
  '厕所', '地质', '灾害', '水井', '巡察', '整改', '贷款', '规划', '复垦', '宗地', '公路', '隧道', '养护', '健身',
  '绿色', '低碳', '风貌', '矿', '盗采', '安全', '生产', '资本', '住户', '轮训', '干部', '执法', '网', '段长',
  '委员', '农民', '工资', 'e镇', 'PPP', '遗产', '传承', '债',
])

/** One character of a title core replaced by another, as a typo would. */
export function fuzzyQueries(): string[] {
  const r = rng(7)
  const out: string[] = []
  const pool = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研'
  for (const c of take(cores().filter((c) => c.length >= 6), N)) {
    const at = 1 + Math.floor(r() * 4)
    const part = c.slice(0, 7)
    out.push(part.slice(0, at) + pool[Math.floor(r() * pool.length)] + part.slice(at + 1))
  }
  return out
}
/** 3–4 character words of titles with one character replaced at any position (农明工, 疫青防控). */
export function typoWordQueries(): string[] {
  const r = rng(11)
  const out: string[] = []
  for (const c of take(cores().filter((c) => /^[\u3400-\u9fff]{6,}$/u.test(c)), N)) {
    const len = 3 + Math.floor(r() * 2)
    const start = Math.floor(r() * (c.length - len + 1))
    const word = c.slice(start, start + len)
    const at = Math.floor(r() * len)
    const other = '弄役坏方青明公'.replace(word[at], '')
    out.push(word.slice(0, at) + other[Math.floor(r() * other.length)] + word.slice(at + 1))
  }
  return out
}
export function pinyinQueries(): string[] {
  const list: string[] = []
  cores().forEach((c, i) => {
    const k = pinyinKeys(c.slice(i % 3, (i % 3) + 4))
    list.push(i % 2 ? k.initials : k.full)
  })
  return take(list.filter((q) => /^[a-z]{3,}$/.test(q)))
}

/** 文号 of generated documents in the spellings people type. */
export function docNumberQueries(prefixes: string[], years: number[]): string[] {
  const base = loadSampleIssue().documents.map((d) => parseDocNumber(d.docNumber)).filter((p) => p !== null)
  const styles = [
    (a: string, y: number, s: number) => formatDocNumber({ agency: a, year: y, serial: s }),
    (a: string, y: number, s: number) => `${a}(${y})${s}`,
    (a: string, y: number, s: number) => `${a}【${y}】${s}号`,
    (a: string, y: number, s: number) => `${a}${y}年${s}号`,
    (a: string, y: number, s: number) => `${a} ${y} ${s}`,
  ]
  return take(base).map((p, i) => {
    const agency = prefixes[i % prefixes.length] + p.agency.slice(1)
    const serial = p.serial + (i % 8) * 100
    return styles[i % styles.length](agency, years[i % years.length], serial)
  })
}

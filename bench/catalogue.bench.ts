// Browsing and cataloguing on 100,000 documents (issue 16): the tree (facets, series), the
// document lists, and the 归档文件目录 of one issue, each against a 0.5 s budget. Uses the search
// bench's cached archive (bench/.data/search-100000.db, built through the importer).
import { existsSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { createServices, type Services } from '../src/main/services'
import { catalogueTable } from '../src/main/archive-work/catalogue-rows'
import { openDb } from '../src/main/db/open'

const FILE = join(import.meta.dirname, '.data', `search-${Number(process.env.BENCH_DOCS ?? 100_000)}.db`)
const BUDGET_MS = 500
const RUNS = 5

interface Row { name: string; firstMs: number; medianMs: number; maxMs: number; cpuMs: number; note: string }

async function time<T>(name: string, fn: () => Promise<T> | T, note: (r: T) => string): Promise<Row> {
  const times: number[] = []
  let last: T | undefined
  const cpu0 = process.cpuUsage()
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now()
    last = await fn()
    times.push(performance.now() - t0)
  }
  const sorted = [...times].sort((a, b) => a - b)
  const cpu = process.cpuUsage(cpu0)
  const cpuMs = (cpu.user + cpu.system) / 1000 / RUNS
  return { name, firstMs: times[0], medianMs: sorted[Math.floor(RUNS / 2)], maxMs: sorted[RUNS - 1], cpuMs, note: note(last as T) }
}

async function figures(s: Services, db: ReturnType<typeof openDb>): Promise<Row[]> {
  const issues = await s.listIssues({})
  const issue = issues[Math.floor(issues.length / 2)]
  const gazette = issue.gazette
  const rows: Row[] = []
  const add = async <T>(name: string, fn: () => Promise<T> | T, note: (r: T) => string): Promise<void> => {
    rows.push(await time(name, fn, note))
  }
  await add('树：全部分面 getFacets({})', () => s.getFacets({}), (f) => `${f.gazettes.length} 种公报`)
  await add('树：一种公报 getFacets({gazette})', () => s.getFacets({ gazette }), (f) => `${f.years.length} 年`)
  await add('树：一年 getFacets({gazette, year})', () => s.getFacets({ gazette, year: issue.year }), (f) => `${f.categories.length} 个栏目`)
  await add('公报列表 listSeries', () => s.listSeries({}), (l) => `${l.length} 种`)
  await add('期列表 listIssues', () => s.listIssues({}), (l) => `${l.length} 期`)
  await add('文件列表 首页（默认：按期）', () => s.listDocuments({ offset: 0, limit: 100 }), (p) => `共 ${p.total} 件`)
  await add('文件列表 首页（按文号）', () => s.listDocuments({ sort: 'docNumber', offset: 0, limit: 100 }), (p) => `共 ${p.total} 件`)
  await add('文件列表 首页（按日期倒序）', () => s.listDocuments({ sort: 'date', desc: true, offset: 0, limit: 100 }), (p) => `共 ${p.total} 件`)
  await add('文件列表 首页（按日期正序）', () => s.listDocuments({ sort: 'date', offset: 0, limit: 100 }), (p) => `共 ${p.total} 件`)
  await add('文件列表 第 5 万件处', () => s.listDocuments({ sort: 'issue', offset: 50_000, limit: 100 }), (p) => `${p.items.length} 件`)
  await add('文件列表 一种公报', () => s.listDocuments({ gazette, offset: 0, limit: 100 }), (p) => `共 ${p.total} 件`)
  await add('文件列表 一期', () => s.listDocuments({ issueId: issue.id, offset: 0, limit: 100 }), (p) => `共 ${p.total} 件`)
  await add('文件列表 一个栏目+年', () => s.listDocuments({ year: issue.year, category: '县政府文件', offset: 0, limit: 100 }), (p) => `共 ${p.total} 件`)
  await add('一期的目录 行（catalogueTable）', () => catalogueTable(db, { issueId: issue.id }), (t) => `${t.rows.length} 行`)
  for (const format of ['csv', 'xlsx', 'pdf'] as const) {
    await add(`一期的目录 ${format}`, () => s.exportCatalogue({ scope: { issueId: issue.id }, format }), (f) => f.fileName)
  }
  return rows
}

export async function run(): Promise<void> {
  if (!existsSync(FILE)) {
    console.log(`跳过：没有 ${FILE}，请先运行 npm run bench -- search（约 20 分钟，生成后缓存）。`)
    return
  }
  openDb(FILE).close() // migrate in place: bench data is generated, no 2 GB pre-migration backup
  const s = createServices({ dbFile: FILE })
  const db = openDb(FILE)
  try {
    const total = (await s.listDocuments({ offset: 0, limit: 1 })).total
    console.log(`档案：${total} 件（${FILE}）；每项 ${RUNS} 次，预算 ${BUDGET_MS} ms；负载 ${loadavg()[0].toFixed(1)}（${cpus().length} 核）`)
    const rows = await figures(s, db)
    for (const r of rows) {
      const flag = r.maxMs <= BUDGET_MS ? '✓' : '✗ 超出'
      const ms = (n: number): string => `${n.toFixed(0).padStart(5)} ms`
      console.log(`${flag} ${r.name.padEnd(30)} 首次 ${ms(r.firstMs)}  中位 ${ms(r.medianMs)}  最长 ${ms(r.maxMs)}  CPU ${ms(r.cpuMs)}/次  ${r.note}`)
    }
    const over = rows.filter((r) => r.maxMs > BUDGET_MS)
    console.log(over.length ? `超出 0.5 秒：${over.map((r) => r.name).join('、')}` : '全部在 0.5 秒内')
  } finally {
    db.close()
    s.close()
  }
}

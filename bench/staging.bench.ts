// Staging bench: an issue of 50 documents staged, reviewed and saved (入库) while the archive holds
// 100,000 documents; each screen's service calls timed (the review screen's budget is 1 s each).
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { ParsedDocument, ParsedIssue } from '../src/shared/domain'
import { openDb } from '../src/main/db/open'
import { deleteIssue } from '../src/main/db/issues'
import { parseIssue } from '../src/main/importer/parse/parse-issue'
import { stageIssue } from '../src/main/importer/staging'
import { removeStored, sha256Hex } from '../src/main/archive/store-original'
import { createServices, type Services } from '../src/main/services'
import { silentLogger } from '../src/main/log'
import { doubtfulSampleText } from '../tests/support/doubtful-sample'
import { ROOT } from '../tests/e2e/harness'
import { generateArchive } from './lib/archive'

const DATA = join(ROOT, 'bench', '.data')
const FILE = join(DATA, 'staging-100k.db')
const COUNT = 100_000
const BUDGET_MS = 1000

/** The generated archive, with 1 document in 100 doubtful (as a CLI import leaves them). */
function buildArchive(): void {
  if (existsSync(FILE)) return
  mkdirSync(DATA, { recursive: true })
  const db = openDb(FILE)
  const stats = generateArchive(db, COUNT)
  db.prepare(`UPDATE documents SET confidence = 0.55, reasons_json = '[{"code":"NO_DATE","message":"未找到成文日期"}]' WHERE id % 100 = 0`).run()
  db.close()
  console.log(`生成测试档案：${stats.documents} 件，用时 ${stats.seconds.toFixed(1)} 秒 → ${FILE}`)
}

/** The doubtful sample (45 documents) and five more cut from its own documents: 50, as issue 99. */
function fiftyDocuments(): { issue: ParsedIssue; text: string } {
  const text = doubtfulSampleText()
  const parsed = parseIssue(text)
  const extra: ParsedDocument[] = parsed.documents.slice(0, 5).map((d, i) => ({
    ...d,
    seq: parsed.documents.length + i + 1,
    docNumber: d.docNumber ? d.docNumber.replace(/(\d+)号$/, (_, n) => `${Number(n) + 500}号`) : null,
  }))
  return { issue: { ...parsed, meta: { ...parsed.meta, issueNo: 99 }, documents: [...parsed.documents, ...extra] }, text }
}

async function timed<T>(rows: string[][], screen: string, calls: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now()
  const out = await fn()
  const ms = performance.now() - t0
  rows.push([screen, calls, ms.toFixed(1), ms < BUDGET_MS ? '✓' : '✗ 超过 1 秒'])
  return out
}

async function screens(api: Services, stagedId: number, rows: string[][]): Promise<number> {
  await timed(rows, '导航计数', 'countToReview', () => api.countToReview({}))
  await timed(rows, '待核对列表', 'listStagedIssues', () => api.listStagedIssues({}))
  const issue = await timed(rows, '核对页面', 'getStagedIssue', () => api.getStagedIssue({ id: stagedId }))
  const doubtful = issue.documents.find((d) => (d.confidence ?? 1) < 0.7) ?? issue.documents[0]
  await timed(rows, '核对页面：原文行', 'getStagedSource', () => api.getStagedSource({ id: stagedId, seq: doubtful.seq }))
  await timed(rows, '改标题', 'editStagedDocument', () =>
    api.editStagedDocument({ id: stagedId, seq: doubtful.seq, changes: { title: `${doubtful.title}（核对）` } }))
  await timed(rows, '核对无误', 'approveStagedDocument', () => api.approveStagedDocument({ id: stagedId, seq: doubtful.seq, editor: '测试' }))
  const saved = await timed(rows, '入库（50 件）', 'saveStagedIssue', () => api.saveStagedIssue({ id: stagedId }))
  await timed(rows, '文库“待核对”筛选', 'listDocuments + getFacets', async () => {
    await api.listDocuments({ doubtful: true, offset: 0, limit: 200 })
    await api.getFacets({ doubtful: true })
  })
  return saved.issueId
}

export async function run(): Promise<void> {
  buildArchive()
  const api = createServices({ dbFile: FILE, log: silentLogger })
  const rows: string[][] = []
  let issueId: number | null = null
  try {
    const { issue, text } = fiftyDocuments()
    const bytes = new TextEncoder().encode(`${text}\n<!-- bench ${Date.now()} -->`)
    const stagedId = await timed(rows, '暂存（不含读取解析）', 'stageIssue', async () =>
      stageIssue(api.archive, {
        file: 'bench-50.txt', name: 'bench-50.txt', sha256: sha256Hex(bytes), bytes, mediaType: 'text/plain', warnings: [],
        parsed: issue, sourceText: text, replace: false, at: new Date().toISOString(),
      }))
    issueId = await screens(api, stagedId, rows)
  } finally {
    // Bench data is generated: put the archive back as it was for the next run.
    if (issueId !== null) {
      const { db, filesDir } = api.archive
      for (const rel of db.transaction(() => deleteIssue(db, issueId as number))()) removeStored(filesDir, rel)
    }
    api.close()
  }
  const docs = openDb(FILE).prepare('SELECT COUNT(*) FROM documents').pluck().get() as number
  console.log(`档案中 ${docs} 件文件；暂存一期 50 件，每个画面的服务调用（毫秒，预算 ${BUDGET_MS}）：`)
  for (const r of rows) console.log(`  ${r[0].padEnd(14, '　')} ${r[1].padEnd(26)} ${r[2].padStart(8)}  ${r[3]}`)
  const worst = Math.max(...rows.map((r) => Number(r[2])))
  console.log(`最慢的画面 ${worst.toFixed(1)} 毫秒：${worst < BUDGET_MS ? '每个画面都在 1 秒内' : '有画面超过 1 秒'}`)
}

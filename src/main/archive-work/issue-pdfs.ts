// One GB/T 9704 file per document of an issue, named 序号-文号-标题.pdf, in 兴县人民政府公报_2022年第2期_N份.zip:
// PDF/A-2b unless asked otherwise (an issue goes out for keeping), or OFD.
import type { Database } from 'better-sqlite3'
import JSZip from 'jszip'
import { issueFilePart, safeNamePart } from '../../shared/catalogue'
import { AppError } from '../../shared/errors'
import { getDocument } from '../db/documents'
import { exportDocumentsPdf, type ExportFormat } from '../export/export-pdf'

// Each part is made safe on Windows (safeNamePart); 60 characters of title keeps the whole path
// well under MAX_PATH in a deep folder.
export function safeFileName(seq: number, docNumber: string | null, title: string, ext = 'pdf'): string {
  const t = [...safeNamePart(title)].slice(0, 60).join('')
  const base = `${String(seq).padStart(2, '0')}-${safeNamePart(docNumber ?? '无文号')}-${t}`.replace(/[. ]+$/, '')
  return `${base}.${ext}`
}

export async function exportIssuePdfs(
  db: Database,
  issueId: number,
  fontsDir?: string,
  format: ExportFormat = 'pdfa',
): Promise<{ fileName: string; bytesBase64: string }> {
  const issue = db
    .prepare('SELECT g.name, i.year, i.issue_no FROM issues i JOIN gazettes g ON g.id = i.gazette_id WHERE i.id = ?')
    .get(issueId) as
    | { name: string; year: number; issue_no: number }
    | undefined
  if (!issue) throw new AppError('NOT_FOUND', `找不到这一期公报（编号 ${issueId}）`)
  const ids = db.prepare('SELECT id FROM documents WHERE issue_id = ? ORDER BY seq').pluck().all(issueId) as number[]
  const zip = new JSZip()
  for (const id of ids) {
    const doc = getDocument(db, id)
    const file = await exportDocumentsPdf([doc], { fontsDir, format })
    zip.file(safeFileName(doc.seq, doc.docNumber, doc.title, format === 'ofd' ? 'ofd' : 'pdf'), Buffer.from(file.bytesBase64, 'base64'))
  }
  const bytes = await zip.generateAsync({ type: 'nodebuffer' })
  const fileName = `${issueFilePart(issue.name, issue.year, issue.issue_no)}_${ids.length}份.zip`
  return { fileName, bytesBase64: bytes.toString('base64') }
}

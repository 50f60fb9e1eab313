// Expands the paths given to an import into files: folders recursively, hidden files skipped,
// symlinks leading outside the chosen folder refused, unsupported types reported.
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs'
import { basename, extname, join, relative, resolve, sep } from 'node:path'

export const IMPORTABLE = ['.txt', '.pdf', '.docx', '.doc', '.ofd']

export type ScanEntry = { path: string; display: string } | { display: string; error: string }

function isInside(root: string, p: string): boolean {
  const rel = relative(root, p)
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel))
}

/** Every refusal names the file, as the readers' do: 「name」… */
const named = (display: string, text: string): string => `「${basename(display)}」${text}`

function classify(display: string, path: string, explicit: boolean): ScanEntry | null {
  const ext = extname(path).toLowerCase()
  if (IMPORTABLE.includes(ext)) return { path, display }
  // Inside a folder, other files (images, spreadsheets) are simply not gazettes; named explicitly, say so.
  const error = named(display, `的文件类型“${ext || '无扩展名'}”不受支持：只能导入 .txt、.pdf、.docx、.doc、.ofd`)
  return explicit ? { display, error } : null
}

function walk(root: string, dir: string, display: string, seen: Set<string>, out: ScanEntry[]): void {
  const names = readdirSync(dir).sort((a, b) => a.localeCompare(b, 'zh-CN'))
  for (const name of names) {
    if (name.startsWith('.')) continue
    const full = join(dir, name)
    const shown = join(display, name)
    let real: string
    try {
      real = lstatSync(full).isSymbolicLink() ? realpathSync(full) : full
    } catch {
      out.push({ display: shown, error: named(shown, '是符号链接，指向的文件不存在') })
      continue
    }
    if (!isInside(root, real)) {
      out.push({ display: shown, error: named(shown, '是符号链接，指向所选文件夹之外，已拒绝') })
      continue
    }
    const st = statSync(real)
    if (st.isDirectory()) {
      if (seen.has(real)) continue // a link back to a folder already walked
      seen.add(real)
      walk(root, real, shown, seen, out)
    } else if (st.isFile()) {
      const e = classify(shown, real, false)
      if (e) out.push(e)
    }
  }
}

/** Files to import under `paths`, in a stable order, plus refusals to report. */
export function scanSources(paths: string[]): ScanEntry[] {
  const out: ScanEntry[] = []
  for (const p of paths) {
    let st
    try {
      st = statSync(p)
    } catch {
      out.push({ display: p, error: named(p, '：找不到该文件或文件夹') })
      continue
    }
    if (st.isDirectory()) {
      const root = realpathSync(resolve(p))
      walk(root, root, p, new Set([root]), out)
    } else {
      const e = classify(p, resolve(p), true)
      if (e) out.push(e)
    }
  }
  return out
}

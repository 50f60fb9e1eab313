// verify, backup and restore: keeping an archive sound and safe. backup goes through the service
// (the same backup the app makes, recorded as the last one); verify prints the full report of
// archive/verify and restore works on a closed archive (or none yet), so both stay below it.
import { AppError } from '../../../shared/errors'
import { openArchive } from '../../archive/open-archive'
import { restoreArchive } from '../../archive/restore'
import { verifyArchive, type VerifyReport } from '../../archive/verify'
import { requireFlag } from '../args'
import { withServices, type Command } from './context'

function formatVerify(dbFile: string, r: VerifyReport): string {
  const lines = [
    `档案库：${dbFile}`,
    `  数据库完整性：${r.integrity === 'ok' ? '正常' : '有问题'}`,
    `  全文索引：${r.fts === 'ok' ? '正常' : '有问题'}`,
    `  原件：已校验 ${r.filesChecked} 个；文件 ${r.documents} 份`,
  ]
  if (r.unreferenced.length) {
    lines.push(`  未登记的原件：${r.unreferenced.length} 个（导入中断时留下，不影响档案；再次导入同一文件时会复用）`)
  }
  if (r.ok) lines.push('检查通过。')
  else lines.push(`发现 ${r.problems.length} 个问题：`, ...r.problems.map((p) => `  ✗ ${p}`))
  return lines.join('\n')
}

export const verifyCommand: Command = async (ctx) => {
  const dbFile = requireFlag(ctx.args, 'db', '档案库文件')
  const archive = openArchive(dbFile, { create: false })
  try {
    const report = verifyArchive(archive.db, archive.filesDir)
    ctx.io.result(report, () => formatVerify(dbFile, report))
    return report.ok ? 0 : 1
  } finally {
    archive.close()
  }
}

export const backupCommand: Command = (ctx) => {
  requireFlag(ctx.args, 'db', '档案库文件')
  const out = requireFlag(ctx.args, 'out', '备份文件夹')
  return withServices(ctx, async (s) => {
    const { manifest, warnings } = await s.backupArchive({ into: out })
    for (const w of warnings) ctx.io.note(`提示：${w}`)
    ctx.io.result({ out, manifest, warnings }, () =>
      [`备份完成：${out}`, `  共 ${manifest.files.length} 个文件（含数据库），校验清单 manifest.json`].join('\n'),
    )
    return 0
  })
}

export const restoreCommand: Command = async (ctx) => {
  const from = requireFlag(ctx.args, 'from', '备份文件夹')
  const dbFile = requireFlag(ctx.args, 'db', '档案库文件')
  if (ctx.args.positionals.length) {
    throw new AppError('BAD_REQUEST', `多余的参数：${ctx.args.positionals.join(' ')}`)
  }
  const r = restoreArchive(from, dbFile)
  const json = { db: dbFile, keptAs: r.keptAs, files: r.manifest.files.length, clearedInboxFolder: r.clearedInboxFolder, notes: r.notes }
  ctx.io.result(json, () =>
    [
      `恢复完成：${dbFile}（来自 ${from}，备份时间 ${r.manifest.createdAt}）`,
      r.keptAs ? `  原档案已保留在：${r.keptAs}` : '  此前没有档案，无需保留。',
      ...r.notes.map((n) => `  注意：${n}`),
    ].join('\n'),
  )
  return 0
}

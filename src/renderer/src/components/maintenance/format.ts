// How sizes, times and backup reasons read for staff.
import type { BackupInfo } from '../../../../shared/domain'

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} 字节`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`
  if (n < 1024 ** 3) return `${(n / 1024 / 1024).toFixed(1)} MB`
  return `${(n / 1024 ** 3).toFixed(2)} GB`
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** 2024-03-01 14:25 in local time; '时间不详' when unknown. */
export function formatTime(iso: string | null): string {
  if (!iso) return '时间不详'
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return '时间不详'
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** The backup as one phrase: 2024-03-01 14:25 的手动备份. */
export function backupLabel(b: Pick<BackupInfo, 'createdAt' | 'reasonText'>): string {
  return `${formatTime(b.createdAt)} 的${b.reasonText}`
}

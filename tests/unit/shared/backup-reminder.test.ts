// The backup reminder's rule: due after N days, or never backed up; off at 0 or on an empty archive.
import { describe, expect, it } from 'vitest'
import { backupReminder } from '../../../src/shared/backup-reminder'

const now = new Date('2026-12-01T09:00:00Z')
const at = (iso: string | null, days = 7) => ({ backupReminderDays: days, lastBackupAt: iso })

describe('backupReminder', () => {
  it.each([
    ['never backed up', at(null), 45, { due: true, daysSince: null }],
    ['backed up 3 days ago', at('2026-11-28T08:00:00Z'), 45, { due: false, daysSince: 3 }],
    ['exactly 7 days ago', at('2026-11-24T09:00:00Z'), 45, { due: true, daysSince: 7 }],
    ['30 days ago, 30-day period', at('2026-11-01T10:00:00Z', 30), 45, { due: false, daysSince: 29 }],
    ['reminders off', at(null, 0), 45, { due: false, daysSince: null }],
    ['empty archive', at(null), 0, { due: false, daysSince: null }],
    ['a clock set back before the backup', at('2026-12-05T00:00:00Z'), 45, { due: false, daysSince: 0 }],
    ['an unreadable time counts as none', at('昨天'), 45, { due: true, daysSince: null }],
  ])('%s', (_name, settings, documents, expected) => {
    expect(backupReminder(settings, documents, now)).toEqual(expected)
  })
})

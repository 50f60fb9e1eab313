// A 期 as shown: 2022年第6期; an issue named nowhere and with no 期 label (kept as year 0, 期 0)
// reads （年份未写明）（期号未写明）, never 0年第0期.
import { describe, expect, it } from 'vitest'
import { issueShown, yearShown } from '../../../src/shared/issue-shown'
import { issueLabel } from '../../../src/main/db/issues'

describe('a 期 as shown', () => {
  it('reads as printed, and says what is not written', () => {
    expect(issueShown(2022, 6)).toBe('2022年第6期')
    expect(issueShown(2022, 0)).toBe('2022年（期号未写明）')
    expect(issueShown(0, 0)).toBe('（年份未写明）（期号未写明）')
    expect(yearShown(0)).toBe('（年份未写明）')
  })

  it('labels an issue, named or kept under its file', () => {
    expect(issueLabel({ gazette: '兴县人民政府公报', year: 2022, issueNo: 2 })).toBe('兴县人民政府公报 2022年第2期')
    expect(issueLabel({ gazette: '', year: 2022, issueNo: 6 })).toBe('（未写明公报名称）2022年第6期')
    expect(issueLabel({ gazette: '（未写明公报名称）「无头.txt」', year: 0, issueNo: 0 })).toBe('（未写明公报名称）「无头.txt」 （期号未写明）')
  })
})

// How a 期 is shown: 2022年第6期. An issue named nowhere (importer/parse/unnamed-issue.ts) may have
// no 期 label either, kept as year 0 and 期 0: it reads （年份未写明）（期号未写明）, never 0年第0期.
export function yearShown(year: number): string {
  return year ? `${year}年` : '（年份未写明）'
}

export function issueShown(year: number, issueNo: number): string {
  return `${yearShown(year)}${issueNo ? `第${issueNo}期` : '（期号未写明）'}`
}

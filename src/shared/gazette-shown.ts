// How a gazette's name is shown: an issue whose text names its gazette nowhere is kept with an empty
// name (importer/parse/unnamed-issue.ts), shown as such until staff correct it (更正名称).
export const UNNAMED_GAZETTE = '（未写明公报名称）'

export function gazetteShown(name: string): string {
  return name === '' ? UNNAMED_GAZETTE : name
}

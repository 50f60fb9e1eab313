// Lines for the join tests (text-joins.ts): a line standing alone after a blank, and pair counts
// that say nothing, so only the lines' shapes speak.
import type { joinCost, Unit } from '../../../src/main/importer/parse/text-joins'

export const unit = (t: string): Unit => ({ line: 0, text: t, blankBefore: true, mergedRight: false })

export const noGrams = { joinEnds: () => 0, joinCodes: () => 0 } as unknown as Parameters<typeof joinCost>[0]['grams']

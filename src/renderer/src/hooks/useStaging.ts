// 待核对: staged issues and the counts shown in the navigation; all refetch after any change.
import { useApi } from '../api-context'
import { useArchiveGeneration } from './useArchive'
import { useAsync } from './useAsync'

export function useReviewCounts() {
  const gen = useArchiveGeneration()
  const { archive } = useApi()
  return useAsync(() => archive.countToReview({}), `review-counts:${gen}`)
}

export function useStagedIssues() {
  const gen = useArchiveGeneration()
  const { archive } = useApi()
  return useAsync(() => archive.listStagedIssues({}), `staged:${gen}`)
}

/** Loaded once per screen: every change to it answers with the new issue, and after 入库 or
 *  放弃 it is gone (a refetch would only fetch a 404). */
export function useStagedIssue(id: number) {
  const { archive } = useApi()
  return useAsync(() => archive.getStagedIssue({ id }), `staged:${id}`)
}

export function useStagedSource(id: number, seq: number, version: string) {
  const { archive } = useApi()
  return useAsync(() => archive.getStagedSource({ id, seq }), `staged-source:${id}:${seq}:${version}`)
}

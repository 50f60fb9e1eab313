// The issue-identity part of the service: an issue's gazette, year, 期, 总期号 and date set by staff,
// on an archived issue (a correction in its history, with 撤销) or on a staged one under 待核对.
import type { ArchiveApi } from '../../shared/api'
import type { Archive } from '../archive/open-archive'
import type { Mutation } from '../maintenance/mutation'
import { correctIssue, issueHistory, undoIssueCorrection } from './issue-identity'
import { editStagedIssue } from './staged-identity'
import { reviewerName, toStagedIssue } from './staging-api'

export type IdentityMethods = 'correctIssue' | 'getIssueHistory' | 'undoIssueCorrection' | 'editStagedIssue'

export function createIdentityApi(deps: { archive: () => Archive; mutation: Mutation; now?: () => Date }): Pick<ArchiveApi, IdentityMethods> {
  const at = (): string => (deps.now?.() ?? new Date()).toISOString()
  const db = () => deps.archive().db
  return {
    correctIssue: (req) => deps.mutation('editing', () => correctIssue(db(), req.issueId, req.changes, { editor: req.editor, note: req.note, at: at() })),
    getIssueHistory: async (req) => issueHistory(db(), req.issueId),
    undoIssueCorrection: (req) => deps.mutation('editing', () => undoIssueCorrection(db(), req.id, { editor: req.editor, note: req.note, at: at() })),
    editStagedIssue: (req) => deps.mutation('editing', () => {
      editStagedIssue(db(), req.id, req.changes, { replace: req.replace, by: reviewerName(deps.archive(), req.editor), at: at() })
      return toStagedIssue(deps.archive(), req.id)
    }),
  }
}

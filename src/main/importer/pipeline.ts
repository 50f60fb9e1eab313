// The read → parse steps the importer runs per file, injectable so tests can use a hand-built issue.
import type { ParsedIssue } from '../../shared/domain'
import { parseIssue } from './parse/parse-issue'
import { readSource } from './read/read-source'

export interface ReadResult {
  text: string
  mediaType: string
  detail?: unknown
}

export interface Pipeline {
  read(bytes: Uint8Array, fileName: string, onWarn?: (message: string) => void): Promise<ReadResult>
  parse(text: string): ParsedIssue
}

/** The real readers and parser. */
export const realPipeline: Pipeline = {
  read: (bytes, name, onWarn) => readSource(bytes, name, undefined, onWarn),
  parse: (text) => parseIssue(text),
}

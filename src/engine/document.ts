import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {applyEdits, safeEdits} from '../fix.js'
import {lintFile} from '../lint.js'
import type {CopydeskOptions} from '../processor.js'
import type {CopydeskMessageFields} from '../rule.js'

/** One document for the CLI to lint: where it came from and what to do with it. */
export interface DocumentJob {
  /** The path shown in reports (relative to `cwd`), if any. */
  path?: string
  /** The file's history (the name it was given on stdin). */
  history?: string[]
  cwd: string
  value: string
  options: CopydeskOptions
  fix: boolean
}

/** A linted document: its messages are for `text`, the fixed text when fixes were applied. */
export interface DocumentResult {
  file: VFile
  text: string
  fixed: number
}

/** Fixes are applied in passes until none is left (at most five), like ESLint: overlapping fixes wait for the next pass. */
const fixPasses = 5

function fileOf(job: DocumentJob, value: string): VFile {
  const file = new VFile({path: job.path, cwd: job.cwd, value})
  if (job.history) file.history = [...job.history]
  return file
}

/** Lint one document and, with `fix`, apply the safe fixes and lint the result again. */
export async function lintDocument(job: DocumentJob): Promise<DocumentResult> {
  let file = await lintFile(fileOf(job, job.value), job.options)
  let text = job.value
  let fixed = 0
  if (!job.fix) return withoutTrees({file, text, fixed})
  for (let pass = 0; pass < fixPasses; pass++) {
    const edits = safeEdits(file.messages)
    if (edits.length === 0) break
    text = applyEdits(text, edits)
    fixed += edits.length
    file = await lintFile(fileOf(job, text), job.options)
  }
  return withoutTrees({file, text, fixed})
}

/**
 * Messages keep the syntax tree they were found in (`ancestors`); a run over
 * thousands of files that kept every tree until the report would hold them
 * all in memory. Reports do not use them.
 */
function withoutTrees(result: DocumentResult): DocumentResult {
  for (const message of result.file.messages) message.ancestors = undefined
  return result
}

/** A message as plain data (structured-clone safe), without the syntax tree it was found in. */
export type MessageData = Pick<VFileMessage, 'reason' | 'place' | 'ruleId' | 'source' | 'fatal' | 'actual' | 'expected' | 'url' | 'note'> & CopydeskMessageFields

export function messageData(message: VFileMessage): MessageData {
  return {
    reason: message.reason,
    place: message.place,
    ruleId: message.ruleId,
    source: message.source,
    fatal: message.fatal,
    actual: message.actual,
    expected: message.expected,
    url: message.url,
    note: message.note,
    fixSafe: (message as VFileMessage & CopydeskMessageFields).fixSafe
  }
}

/** Rebuild a linted document from a worker's answer: the same messages, on a VFile of the final text. */
export function documentFromData(job: DocumentJob, text: string, messages: MessageData[]): VFile {
  const file = fileOf(job, text)
  for (const data of messages) {
    const message = new VFileMessage(data.reason, {place: data.place, ruleId: data.ruleId ?? undefined, source: data.source ?? undefined})
    message.file = file.path || ''
    message.fatal = data.fatal
    if (data.actual !== undefined) message.actual = data.actual
    if (data.expected !== undefined) message.expected = data.expected
    if (data.url !== undefined) message.url = data.url
    if (data.note !== undefined) message.note = data.note
    ;(message as VFileMessage & CopydeskMessageFields).fixSafe = data.fixSafe
    file.messages.push(message)
  }
  return file
}

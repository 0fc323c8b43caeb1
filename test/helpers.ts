import type {VFileMessage} from 'vfile-message'
import {lint} from '../dist/src/lint.js'
import type {CopydeskOptions} from '../dist/src/processor.js'

/** Lint `text` as plain text and keep the messages of one rule (any severity). */
export async function lintRule(id: string, text: string, options: CopydeskOptions = {}): Promise<VFileMessage[]> {
  const file = await lint(text, options)
  return file.messages.filter((message) => message.ruleId === id)
}

/** Start and end offsets of a message's place. */
export function offsetsOf(message: VFileMessage): [number, number] {
  const place = message.place
  if (!place || !('start' in place)) throw new Error('Message without a range: ' + message.reason)
  const start = place.start.offset
  const end = place.end.offset
  if (start === undefined || end === undefined) throw new Error('Message without offsets: ' + message.reason)
  return [start, end]
}

/**
 * Apply the first `expected` value of each message at its offsets (later
 * messages first; a message overlapping one already applied is skipped).
 */
export function applyFirst(text: string, messages: VFileMessage[]): string {
  const edits = messages
    .filter((message) => message.expected && message.expected.length > 0)
    .map((message) => {
      const [start, end] = offsetsOf(message)
      return {start, end, value: message.expected![0]}
    })
    .sort((a, b) => b.start - a.start)
  let result = text
  let floor = Infinity
  for (const edit of edits) {
    if (edit.end > floor) continue
    result = result.slice(0, edit.start) + edit.value + result.slice(edit.end)
    floor = edit.start
  }
  return result
}

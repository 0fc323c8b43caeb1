import type {VFileMessage} from 'vfile-message'
import type {CopydeskMessageFields} from './rule.js'

export interface Edit {
  start: number
  end: number
  text: string
  message: VFileMessage
}

/** Offsets of a message's place, when it has a range. */
export function rangeOf(message: VFileMessage): [number, number] | undefined {
  const place = message.place
  if (!place || !('start' in place)) return undefined
  const start = place.start.offset
  const end = place.end.offset
  if (start === undefined || end === undefined) return undefined
  return [start, end]
}

/** Is this message's first suggestion safe to apply unattended? */
export function isSafeFix(message: VFileMessage): boolean {
  return (
    (message as VFileMessage & CopydeskMessageFields).fixSafe === true &&
    message.fatal !== undefined &&
    Array.isArray(message.expected) &&
    message.expected.length > 0 &&
    rangeOf(message) !== undefined
  )
}

/** The edits `--fix` would make: first suggestions of safe messages, non-overlapping, in order. */
export function safeEdits(messages: VFileMessage[], filter: (message: VFileMessage) => boolean = isSafeFix): Edit[] {
  const edits: Edit[] = []
  for (const message of messages) {
    if (!filter(message)) continue
    const [start, end] = rangeOf(message)!
    edits.push({start, end, text: message.expected![0], message})
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end)
  const kept: Edit[] = []
  let lastEnd = -1
  for (const edit of edits) {
    if (edit.start < lastEnd || (edit.start === lastEnd && edit.start === edit.end)) continue
    kept.push(edit)
    lastEnd = edit.end
  }
  return kept
}

/** Apply edits (non-overlapping) to `text`; bytes outside the edits are untouched. */
export function applyEdits(text: string, edits: Edit[]): string {
  let result = ''
  let last = 0
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    result += text.slice(last, edit.start) + edit.text
    last = edit.end
  }
  return result + text.slice(last)
}

export {writeFileAtomic} from './util/fs.js'

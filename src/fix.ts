import fs from 'node:fs'
import path from 'node:path'
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

/** Write a file atomically: a temporary file in the same folder, then a rename. */
export function writeFileAtomic(file: string, contents: string): void {
  const dir = path.dirname(file)
  const temp = path.join(dir, '.' + path.basename(file) + '.' + process.pid + '.' + Date.now() + '.copydesk-tmp')
  let mode: number | undefined
  try {
    mode = fs.statSync(file).mode
  } catch {
    mode = undefined
  }
  const handle = fs.openSync(temp, 'w', mode)
  try {
    fs.writeFileSync(handle, contents, 'utf8')
    fs.fsyncSync(handle)
  } finally {
    fs.closeSync(handle)
  }
  try {
    fs.renameSync(temp, file)
  } catch (error) {
    fs.rmSync(temp, {force: true})
    throw error
  }
}

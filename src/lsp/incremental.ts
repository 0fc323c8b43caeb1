import type {VFileMessage} from 'vfile-message'
import type {FileType} from '../parse.js'

/**
 * Typing runs re-lint only the paragraphs an edit touched.
 *
 * Between two versions of a document, everything before the first changed
 * character and after the last one is the same text. The changed part is
 * widened to whole paragraphs (blank-line separated), linted on its own, and
 * the findings around it are kept, shifted by the length difference. A full
 * run over the whole document follows once the writer pauses, so the editor
 * ends up with exactly what the CLI reports; in between, findings that depend
 * on the rest of the article (a name written properly elsewhere) may lag.
 */
export interface ChangedRegion {
  /** Start of the first touched paragraph (the same offset in both versions). */
  start: number
  /** End of the last touched paragraph in the old and in the new version. */
  oldEnd: number
  newEnd: number
  /** The changed characters in the new version (`editStart`–`editEnd`), and where they ended in the old. */
  editStart: number
  editEnd: number
  oldEditEnd: number
  /** The sentence(s) around the change: only there do fresh findings replace the old ones. */
  zoneStart: number
  zoneEnd: number
}

const blankLine = /\n[ \t]*\n/g
const fence = /^[ \t]{0,3}(?:```|~~~)/gm

/**
 * The paragraphs of `newText` an edit from `oldText` touched, or `undefined`
 * when a whole-document run is the better (or only correct) choice: markup the
 * paragraph could not be parsed alone in (HTML, an open code fence, ignore
 * comments), or a change that spans most of the document.
 */
export function changedRegion(oldText: string, newText: string, type: FileType): ChangedRegion | undefined {
  if (type === 'html' || oldText === newText) return undefined
  const shortest = Math.min(oldText.length, newText.length)
  let prefix = 0
  while (prefix < shortest && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++
  let suffix = 0
  while (suffix < shortest - prefix && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++
  const changeEnd = newText.length - suffix

  // Widen to blank lines that lie wholly in the unchanged text.
  let start = 0
  let end = newText.length
  blankLine.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = blankLine.exec(newText))) {
    const separatorEnd = match.index + match[0].length
    if (separatorEnd <= prefix) start = separatorEnd
    else if (match.index >= changeEnd) {
      end = match.index
      break
    }
    // A blank line inside the change: keep looking for one after it.
    blankLine.lastIndex = match.index + 1
  }
  if (end - start > newText.length / 2) return undefined

  if (type === 'markdown') {
    // Inside a fenced code block the paragraph is not prose; ignore comments pair across paragraphs.
    const fences = newText.slice(0, start).match(fence)
    if (fences && fences.length % 2 === 1) return undefined
    if (/^[ \t]{0,3}(?:```|~~~)/m.test(newText.slice(start, end))) return undefined
    if (/copydesk-(?:disable|enable|ignore)/.test(newText)) return undefined
  }
  const delta = newText.length - oldText.length
  // The sentence around the change: from the last sentence end before it to the next one after it.
  let zoneStart = prefix
  while (zoneStart > start && !/^[.!?]["”’)]*\s/.test(newText.slice(zoneStart - 1, zoneStart + 2))) zoneStart--
  while (zoneStart < prefix && /\s/.test(newText.charAt(zoneStart))) zoneStart++
  const after = /[.!?]["”’)]*(?=\s|$)/g
  after.lastIndex = changeEnd
  const next = after.exec(newText)
  const zoneEnd = Math.min(end, next ? next.index + next[0].length : end)
  return {start, oldEnd: end - delta, newEnd: end, editStart: prefix, editEnd: changeEnd, oldEditEnd: changeEnd - delta, zoneStart, zoneEnd}
}

/**
 * Findings of a typing run inside the linted paragraphs: fresh ones in the
 * sentence around the change, the old ones (moved with the text) elsewhere.
 * A paragraph linted alone lacks the rest of the article, so away from the
 * change the old findings (made with the whole article) are the better guess.
 */
export function mergeRegion<T extends {start: number; end: number}>(
  region: ChangedRegion,
  previous: T[],
  fresh: T[],
  move: (finding: T, start: number, end: number) => T
): T[] {
  const inZone = (start: number, end: number) =>
    start === end ? start >= region.zoneStart && start <= region.zoneEnd : start < region.zoneEnd && end > region.zoneStart
  const result: T[] = []
  for (const finding of previous) {
    if (finding.start < region.start || finding.start >= region.oldEnd) continue
    let start = finding.start
    let end = finding.end
    if (end <= region.editStart && start < region.editStart) {
      // Before the change: same place.
    } else if (start >= region.oldEditEnd) {
      start += region.newEnd - region.oldEnd
      end += region.newEnd - region.oldEnd
    } else continue
    if (!inZone(start, end)) result.push(move(finding, start, end))
  }
  for (const finding of fresh) if (inZone(finding.start, finding.end)) result.push(finding)
  return result.sort((a, b) => a.start - b.start)
}

/** Move a message linted on a paragraph alone to its place in the document. */
export function shiftMessage(message: VFileMessage, offset: number, lines: number): void {
  const place = message.place
  if (!place) return
  const shift = (point: {line: number; column: number; offset?: number | undefined}) => {
    point.line += lines
    if (point.offset !== undefined) point.offset += offset
  }
  if ('start' in place) {
    shift(place.start)
    shift(place.end)
  } else shift(place)
  message.line = 'start' in place ? place.start.line : place.line
}
